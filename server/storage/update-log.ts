/**
 * The durable history of every plan's Y.Doc: a snapshot plus the updates since it.
 * Rooms reach storage only through the UpdateLog interface, so a PostgreSQL log can
 * replace the SQLite one without touching the sync code.
 */
import type { Db } from './database.ts';

export interface StoredUpdate {
  planId: string;
  data: Uint8Array;
}

export interface PlanHistory {
  /** The compacted state, or undefined when the plan was never compacted. */
  snapshot: Uint8Array | undefined;
  /** Updates stored after the snapshot, oldest first. */
  updates: Uint8Array[];
  /** The id of the newest update included above (snapshot or tail); 0 when empty. */
  lastId: number;
}

export interface UpdateLog {
  /** Stores a batch of updates (any plans) atomically; returns the id given to each, in order. */
  appendBatch(updates: readonly StoredUpdate[]): number[];
  /** Everything needed to rebuild a plan's document. */
  load(planId: string): PlanHistory;
  /** Replaces the snapshot and every update with id ≤ throughId by `state`. */
  compact(planId: string, state: Uint8Array, throughId: number): void;
  /** Whether a plan has any stored history. */
  exists(planId: string): boolean;
}

/** The SQLite implementation. Statements are prepared once; each call is one transaction. */
export class SqliteUpdateLog implements UpdateLog {
  private readonly insert;
  private readonly selectSnapshot;
  private readonly selectTail;
  private readonly upsertSnapshot;
  private readonly deleteThrough;
  private readonly anyRow;
  private readonly appendTx;
  private readonly compactTx;

  constructor(db: Db) {
    this.insert = db.prepare<[string, Uint8Array]>('INSERT INTO plan_updates (plan_id, data) VALUES (?, ?)');
    this.selectSnapshot = db.prepare<[string], { state: Buffer; through_id: number }>(
      'SELECT state, through_id FROM plan_snapshots WHERE plan_id = ?',
    );
    this.selectTail = db.prepare<[string, number], { id: number; data: Buffer }>(
      'SELECT id, data FROM plan_updates WHERE plan_id = ? AND id > ? ORDER BY id',
    );
    this.upsertSnapshot = db.prepare<[string, Uint8Array, number, number]>(
      `INSERT INTO plan_snapshots (plan_id, state, through_id, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (plan_id) DO UPDATE SET state = excluded.state, through_id = excluded.through_id, updated_at = excluded.updated_at`,
    );
    this.deleteThrough = db.prepare<[string, number]>('DELETE FROM plan_updates WHERE plan_id = ? AND id <= ?');
    this.anyRow = db.prepare<[string, string], { found: number }>(
      `SELECT EXISTS (SELECT 1 FROM plan_snapshots WHERE plan_id = ?)
          OR EXISTS (SELECT 1 FROM plan_updates WHERE plan_id = ?) AS found`,
    );
    this.appendTx = db.transaction((updates: readonly StoredUpdate[]) =>
      updates.map((u) => Number(this.insert.run(u.planId, u.data).lastInsertRowid)),
    );
    this.compactTx = db.transaction((planId: string, state: Uint8Array, throughId: number) => {
      this.upsertSnapshot.run(planId, state, throughId, Date.now());
      this.deleteThrough.run(planId, throughId);
    });
  }

  appendBatch(updates: readonly StoredUpdate[]): number[] {
    if (updates.length === 0) return [];
    return this.appendTx(updates);
  }

  load(planId: string): PlanHistory {
    const snapshotRow = this.selectSnapshot.get(planId);
    const throughId = snapshotRow?.through_id ?? 0;
    const tail = this.selectTail.all(planId, throughId);
    return {
      snapshot: snapshotRow ? new Uint8Array(snapshotRow.state) : undefined,
      updates: tail.map((row) => new Uint8Array(row.data)),
      lastId: tail.length > 0 ? tail[tail.length - 1]!.id : throughId,
    };
  }

  compact(planId: string, state: Uint8Array, throughId: number): void {
    this.compactTx(planId, state, throughId);
  }

  exists(planId: string): boolean {
    return this.anyRow.get(planId, planId)?.found === 1;
  }
}
