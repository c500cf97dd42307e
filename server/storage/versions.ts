/**
 * Named versions: frozen copies of a plan's stored document, one Yjs update each. A version
 * never changes after it is written; restoring one writes a new change to the plan instead.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from './database.ts';

/** Why a version exists: someone named it, the board adopted it, or a restore set it aside. */
export type VersionKind = 'named' | 'adopted' | 'before-restore';

export interface VersionRow {
  id: string;
  plan_id: string;
  label: string;
  kind: VersionKind;
  created_by: string;
  created_by_name: string;
  created_at: number;
}

const COLUMNS = 'v.id, v.plan_id, v.label, v.kind, v.created_by, u.name AS created_by_name, v.created_at';

export class VersionStore {
  private readonly insert;
  private readonly byPlan;
  private readonly one;
  private readonly stateOf;

  constructor(db: Db) {
    this.insert = db.prepare<[string, string, string, string, Uint8Array, string, number]>(
      'INSERT INTO plan_versions (id, plan_id, label, kind, state, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.byPlan = db.prepare<[string], VersionRow>(
      `SELECT ${COLUMNS} FROM plan_versions v JOIN users u ON u.id = v.created_by WHERE v.plan_id = ? ORDER BY v.created_at DESC, v.rowid DESC`,
    );
    this.one = db.prepare<[string, string], VersionRow>(`SELECT ${COLUMNS} FROM plan_versions v JOIN users u ON u.id = v.created_by WHERE v.plan_id = ? AND v.id = ?`);
    this.stateOf = db.prepare<[string, string], { state: Buffer }>('SELECT state FROM plan_versions WHERE plan_id = ? AND id = ?');
  }

  /** Freezes `state` (the whole document as one update) under a label; returns the new row. */
  create(input: { planId: string; label: string; kind: VersionKind; state: Uint8Array; createdBy: string }): VersionRow {
    const id = randomBytes(9).toString('base64url');
    this.insert.run(id, input.planId, input.label, input.kind, input.state, input.createdBy, Date.now());
    const row = this.find(input.planId, id);
    if (!row) throw new Error('a version just written could not be read back');
    return row;
  }

  /** A plan's versions, newest first. */
  list(planId: string): VersionRow[] {
    return this.byPlan.all(planId);
  }

  /** One version of a plan (never another plan's, whatever the id). */
  find(planId: string, versionId: string): VersionRow | undefined {
    return this.one.get(planId, versionId);
  }

  /** The frozen document of a version, as one Yjs update. */
  state(planId: string, versionId: string): Uint8Array | undefined {
    const row = this.stateOf.get(planId, versionId);
    return row ? new Uint8Array(row.state) : undefined;
  }
}
