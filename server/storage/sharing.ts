/** Per-plan sharing: members added to one plan, invite links, and section locks. */
import { createHash, randomBytes } from 'node:crypto';
import type { PlanRole } from '../../shared/schemas.ts';
import type { Db } from './database.ts';

export interface PlanMemberRow {
  user_id: string;
  name: string;
  email: string;
  role: PlanRole;
}

export interface InviteRow {
  id: string;
  plan_id: string;
  role: PlanRole;
  email: string | null;
  created_by: string;
  creator_name: string;
  expires_at: number;
  used_at: number | null;
  revoked_at: number | null;
}

const INVITE_COLUMNS = `i.id, i.plan_id, i.role, i.email, i.created_by, u.name AS creator_name, i.expires_at, i.used_at, i.revoked_at`;

export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class SharingStore {
  private readonly memberRole;
  private readonly members;
  private readonly upsertMember;
  private readonly deleteMember;
  private readonly insertInvite;
  private readonly inviteByHash;
  private readonly inviteById;
  private readonly openInvites;
  private readonly markUsed;
  private readonly markRevoked;
  private readonly locks;
  private readonly upsertLock;
  private readonly deleteLock;

  constructor(private readonly db: Db) {
    this.memberRole = db.prepare<[string, string], { role: PlanRole }>('SELECT role FROM plan_members WHERE plan_id = ? AND user_id = ?');
    this.members = db.prepare<[string], PlanMemberRow>(
      `SELECT m.user_id, u.name, u.email, m.role FROM plan_members m JOIN users u ON u.id = m.user_id WHERE m.plan_id = ? ORDER BY u.name`,
    );
    this.upsertMember = db.prepare<[string, string, string, string, number]>(
      `INSERT INTO plan_members (plan_id, user_id, role, added_by, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (plan_id, user_id) DO UPDATE SET role = excluded.role`,
    );
    this.deleteMember = db.prepare<[string, string]>('DELETE FROM plan_members WHERE plan_id = ? AND user_id = ?');
    this.insertInvite = db.prepare<[string, string, string, string, string | null, string, number, number]>(
      `INSERT INTO invites (id, token_hash, plan_id, role, email, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.inviteByHash = db.prepare<[string], InviteRow>(
      `SELECT ${INVITE_COLUMNS} FROM invites i JOIN users u ON u.id = i.created_by WHERE i.token_hash = ?`,
    );
    this.inviteById = db.prepare<[string, string], InviteRow>(
      `SELECT ${INVITE_COLUMNS} FROM invites i JOIN users u ON u.id = i.created_by WHERE i.id = ? AND i.plan_id = ?`,
    );
    this.openInvites = db.prepare<[string, number], InviteRow>(
      `SELECT ${INVITE_COLUMNS} FROM invites i JOIN users u ON u.id = i.created_by
       WHERE i.plan_id = ? AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ? ORDER BY i.created_at`,
    );
    this.markUsed = db.prepare<[number, string, string]>('UPDATE invites SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL');
    this.markRevoked = db.prepare<[number, string]>('UPDATE invites SET revoked_at = ? WHERE id = ?');
    this.locks = db.prepare<[string], { section_id: string; editor_ids: string }>('SELECT section_id, editor_ids FROM section_locks WHERE plan_id = ?');
    this.upsertLock = db.prepare<[string, string, string]>(
      `INSERT INTO section_locks (plan_id, section_id, editor_ids) VALUES (?, ?, ?)
       ON CONFLICT (plan_id, section_id) DO UPDATE SET editor_ids = excluded.editor_ids`,
    );
    this.deleteLock = db.prepare<[string, string]>('DELETE FROM section_locks WHERE plan_id = ? AND section_id = ?');
  }

  planRole(planId: string, userId: string): PlanRole | undefined {
    return this.memberRole.get(planId, userId)?.role;
  }

  planMembers(planId: string): PlanMemberRow[] {
    return this.members.all(planId);
  }

  setPlanRole(planId: string, userId: string, role: PlanRole, addedBy: string): void {
    this.upsertMember.run(planId, userId, role, addedBy, Date.now());
  }

  /** Returns whether someone was removed. */
  removePlanMember(planId: string, userId: string): boolean {
    return this.deleteMember.run(planId, userId).changes > 0;
  }

  /** Creates an invite; returns its id and the secret token for the link (stored only as a hash). */
  createInvite(input: { planId: string; role: PlanRole; email: string | null; createdBy: string; ttlMs: number }): { id: string; token: string; expiresAt: number } {
    const id = randomBytes(9).toString('base64url');
    const token = randomBytes(24).toString('base64url');
    const now = Date.now();
    const expiresAt = now + input.ttlMs;
    this.insertInvite.run(id, hashInviteToken(token), input.planId, input.role, input.email, input.createdBy, now, expiresAt);
    return { id, token, expiresAt };
  }

  inviteByToken(token: string): InviteRow | undefined {
    return this.inviteByHash.get(hashInviteToken(token));
  }

  invite(planId: string, inviteId: string): InviteRow | undefined {
    return this.inviteById.get(inviteId, planId);
  }

  pendingInvites(planId: string): InviteRow[] {
    return this.openInvites.all(planId, Date.now());
  }

  /**
   * Uses an invite and grants its role, atomically: of two people racing for one link,
   * exactly one gets it. Returns false when it was already used.
   */
  redeemInvite(invite: InviteRow, userId: string): boolean {
    return this.db.transaction(() => {
      if (this.markUsed.run(Date.now(), userId, invite.id).changes === 0) return false;
      const current = this.planRole(invite.plan_id, userId);
      // An invite never lowers a role someone already has in the plan.
      if (!current || roleRank(invite.role) > roleRank(current)) this.setPlanRole(invite.plan_id, userId, invite.role, invite.created_by);
      return true;
    })();
  }

  revokeInvite(inviteId: string): void {
    this.markRevoked.run(Date.now(), inviteId);
  }

  sectionLocks(planId: string): Map<string, string[]> {
    const locks = new Map<string, string[]>();
    for (const row of this.locks.all(planId)) locks.set(row.section_id, parseIds(row.editor_ids));
    return locks;
  }

  setSectionLock(planId: string, sectionId: string, editorIds: readonly string[]): void {
    if (editorIds.length === 0) this.deleteLock.run(planId, sectionId);
    else this.upsertLock.run(planId, sectionId, JSON.stringify([...new Set(editorIds)]));
  }
}

const PLAN_ROLE_RANK: Record<PlanRole, number> = { viewer: 0, commenter: 1, editor: 2 };

function roleRank(role: PlanRole): number {
  return PLAN_ROLE_RANK[role];
}

function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
