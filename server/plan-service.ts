/**
 * Creating plans: the metadata row and the document's first state, seeded from a
 * template, are stored in one transaction, so a plan never exists without content.
 */
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { seedPlanDoc } from '../shared/plan-doc.ts';
import { templateToSeed, type Template } from '../shared/templates.ts';
import type { PlanRow, PlanStore } from './storage/plans.ts';
import type { UpdateLog } from './storage/update-log.ts';

/** Writes to a plan refresh its "updated" time at most this often. */
const TOUCH_EVERY_MS = 30_000;

export class PlanService {
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly plans: PlanStore,
    private readonly log: UpdateLog,
  ) {}

  create(input: { workspaceId: string; userId: string; title: string; template: Template }): PlanRow {
    const id = randomBytes(12).toString('base64url');
    const doc = new Y.Doc();
    seedPlanDoc(doc, templateToSeed(input.template, input.title));
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return this.plans.create(
      { id, workspaceId: input.workspaceId, title: input.title, templateId: input.template.id, createdBy: input.userId },
      () => this.log.compact(id, state, 0),
    );
  }

  /**
   * The plan's document as stored now (its snapshot and every update after it), read without
   * loading the plan's room. Every update anyone has seen is stored before it is relayed, so
   * this holds all confirmed work. The caller destroys the document.
   */
  readState(planId: string): Y.Doc {
    const history = this.log.load(planId);
    const doc = new Y.Doc();
    const stored = history.snapshot ? [history.snapshot, ...history.updates] : history.updates;
    if (stored.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored));
    return doc;
  }

  /** Called after updates are stored; keeps the plan list's order by recent work. */
  touched(planId: string): void {
    const now = Date.now();
    const last = this.lastTouched.get(planId) ?? 0;
    if (now - last < TOUCH_EVERY_MS) return;
    this.lastTouched.set(planId, now);
    this.plans.markUpdated(planId, now);
  }
}
