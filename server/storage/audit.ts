/** The workspace audit log: who shared, changed a role, locked a section, and when. */
import type { AuditAction } from '../../shared/schemas.ts';
import type { Db } from './database.ts';

export interface AuditRow {
  id: number;
  at: number;
  actor_id: string;
  actor_name: string;
  action: AuditAction;
  plan_id: string | null;
  plan_title: string | null;
  detail: string;
}

export interface AuditEntry {
  workspaceId: string;
  planId: string | null;
  actorId: string;
  action: AuditAction;
  detail: string;
}

export class AuditStore {
  private readonly insert;
  private readonly recent;

  constructor(db: Db) {
    this.insert = db.prepare<[string, string | null, string, string, string, number]>(
      'INSERT INTO audit_events (workspace_id, plan_id, actor_id, action, detail, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.recent = db.prepare<[string, number], AuditRow>(
      `SELECT e.id, e.at, e.actor_id, u.name AS actor_name, e.action, e.plan_id, p.title AS plan_title, e.detail
       FROM audit_events e JOIN users u ON u.id = e.actor_id LEFT JOIN plans p ON p.id = e.plan_id
       WHERE e.workspace_id = ? ORDER BY e.id DESC LIMIT ?`,
    );
  }

  record(entry: AuditEntry): void {
    this.insert.run(entry.workspaceId, entry.planId, entry.actorId, entry.action, entry.detail, Date.now());
  }

  list(workspaceId: string, limit = 500): AuditRow[] {
    return this.recent.all(workspaceId, limit);
  }
}
