/** Plan metadata rows. A plan's content lives in the update log, not here. */
import type { Db } from './database.ts';

/** Where a plan is in its review cycle. */
export type PlanStatus = 'draft' | 'in_review' | 'adopted' | 'archived';

export interface PlanRow {
  id: string;
  workspace_id: string;
  title: string;
  template_id: string;
  created_at: number;
  updated_at: number;
  status: PlanStatus;
  /** The board's adoption date (YYYY-MM-DD), kept when a new revision starts. */
  adopted_on: string | null;
  /** The version frozen when the board adopted the plan. */
  adopted_version_id: string | null;
  /** 1 for the first plan; each revision started after an adoption adds one. */
  revision: number;
}

const COLUMNS = 'id, workspace_id, title, template_id, created_at, updated_at, status, adopted_on, adopted_version_id, revision';

export class PlanStore {
  private readonly insert;
  private readonly byId;
  private readonly byWorkspace;
  private readonly touch;
  private readonly shared;
  private readonly updateStatus;

  constructor(private readonly db: Db) {
    this.insert = db.prepare<[string, string, string, string, string, number, number]>(
      'INSERT INTO plans (id, workspace_id, title, template_id, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.byId = db.prepare<[string], PlanRow>(`SELECT ${COLUMNS} FROM plans WHERE id = ?`);
    this.byWorkspace = db.prepare<[string], PlanRow>(`SELECT ${COLUMNS} FROM plans WHERE workspace_id = ? ORDER BY updated_at DESC`);
    this.shared = db.prepare<[string], PlanRow>(
      `SELECT ${COLUMNS.split(', ').map((c) => `p.${c}`).join(', ')} FROM plans p JOIN plan_members m ON m.plan_id = p.id
       WHERE m.user_id = ? ORDER BY p.updated_at DESC`,
    );
    this.touch = db.prepare<[number, string]>('UPDATE plans SET updated_at = ? WHERE id = ?');
    this.updateStatus = db.prepare<[string, string | null, string | null, number, string]>(
      'UPDATE plans SET status = ?, adopted_on = ?, adopted_version_id = ?, revision = ? WHERE id = ?',
    );
  }

  /** Inserts the plan row and runs `alsoInside` (e.g. storing its first state) in the same transaction. */
  create(plan: { id: string; workspaceId: string; title: string; templateId: string; createdBy: string }, alsoInside: () => void): PlanRow {
    const now = Date.now();
    this.db.transaction(() => {
      this.insert.run(plan.id, plan.workspaceId, plan.title, plan.templateId, plan.createdBy, now, now);
      alsoInside();
    })();
    return {
      id: plan.id,
      workspace_id: plan.workspaceId,
      title: plan.title,
      template_id: plan.templateId,
      created_at: now,
      updated_at: now,
      status: 'draft',
      adopted_on: null,
      adopted_version_id: null,
      revision: 1,
    };
  }

  find(id: string): PlanRow | undefined {
    return this.byId.get(id);
  }

  listForWorkspace(workspaceId: string): PlanRow[] {
    return this.byWorkspace.all(workspaceId);
  }

  /** Plans shared with a person one by one (not through their workspaces). */
  sharedWith(userId: string): PlanRow[] {
    return this.shared.all(userId);
  }

  markUpdated(id: string, at: number): void {
    this.touch.run(at, id);
  }

  /** Moves a plan in its review cycle; the caller has checked the move is allowed. */
  setStatus(id: string, change: { status: PlanStatus; adoptedOn?: string | null; adoptedVersionId?: string | null; revision?: number }): void {
    const current = this.find(id);
    if (!current) return;
    this.updateStatus.run(
      change.status,
      change.adoptedOn === undefined ? current.adopted_on : change.adoptedOn,
      change.adoptedVersionId === undefined ? current.adopted_version_id : change.adoptedVersionId,
      change.revision ?? current.revision,
      id,
    );
  }
}
