/**
 * Which person each Yjs client id in a plan belongs to. Yjs trusts client ids: an update
 * written under someone else's id and next clocks makes their real edits look already
 * known, and they are silently dropped. So the first person to write with an id owns it,
 * durably, and nobody else may write with it.
 */
import type { Db } from './database.ts';

export interface ClientIdOwners {
  /** Every owned client id of a plan. */
  load(planId: string): Map<number, string>;
  /** Records that `userId` owns `clientId` in the plan (first claim wins). */
  claim(planId: string, clientId: number, userId: string): void;
}

export class SqliteClientIdOwners implements ClientIdOwners {
  private readonly select;
  private readonly insert;

  constructor(db: Db) {
    this.select = db.prepare<[string], { client_id: number; user_id: string }>('SELECT client_id, user_id FROM plan_client_ids WHERE plan_id = ?');
    this.insert = db.prepare<[string, number, string]>('INSERT OR IGNORE INTO plan_client_ids (plan_id, client_id, user_id) VALUES (?, ?, ?)');
  }

  load(planId: string): Map<number, string> {
    return new Map(this.select.all(planId).map((row) => [row.client_id, row.user_id]));
  }

  claim(planId: string, clientId: number, userId: string): void {
    this.insert.run(planId, clientId, userId);
  }
}

export interface ClientIdAuthor {
  clientId: number;
  userId: string;
  name: string;
}

/** The people behind a plan's client ids, with their names: who wrote which Yjs items. */
export class PlanAuthorStore {
  private readonly select;

  constructor(db: Db) {
    this.select = db.prepare<[string], { client_id: number; user_id: string; name: string }>(
      'SELECT c.client_id, c.user_id, u.name FROM plan_client_ids c JOIN users u ON u.id = c.user_id WHERE c.plan_id = ? ORDER BY c.client_id',
    );
  }

  list(planId: string): ClientIdAuthor[] {
    return this.select.all(planId).map((row) => ({ clientId: row.client_id, userId: row.user_id, name: row.name }));
  }
}
