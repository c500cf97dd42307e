/** People, district workspaces and who belongs to which, with what role. */
import type { WorkspaceRole } from '../../shared/schemas.ts';
import type { Db } from './database.ts';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
}

export interface MembershipRow {
  id: string;
  name: string;
  role: WorkspaceRole;
}

export class AccountStore {
  private readonly insertUser;
  private readonly insertWorkspace;
  private readonly insertMember;
  private readonly byEmail;
  private readonly byId;
  private readonly memberships;
  private readonly roleIn;
  private readonly wsName;
  private readonly upsertMember;
  private readonly deleteMember;
  private readonly wsMembers;

  constructor(private readonly db: Db) {
    this.insertUser = db.prepare<[string, string, string, string, number]>(
      'INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertWorkspace = db.prepare<[string, string, number]>('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)');
    this.insertMember = db.prepare<[string, string, string, number]>(
      'INSERT INTO workspace_members (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)',
    );
    this.byEmail = db.prepare<[string], UserRow>('SELECT id, email, name, password_hash FROM users WHERE email = ?');
    this.byId = db.prepare<[string], UserRow>('SELECT id, email, name, password_hash FROM users WHERE id = ?');
    this.memberships = db.prepare<[string], MembershipRow>(
      `SELECT w.id, w.name, m.role FROM workspace_members m JOIN workspaces w ON w.id = m.workspace_id
       WHERE m.user_id = ? ORDER BY w.name`,
    );
    this.wsMembers = db.prepare<[string], { user_id: string; name: string; email: string; role: WorkspaceRole }>(
      `SELECT m.user_id, u.name, u.email, m.role FROM workspace_members m JOIN users u ON u.id = m.user_id
       WHERE m.workspace_id = ? ORDER BY u.name`,
    );
    this.upsertMember = db.prepare<[string, string, string, number]>(
      `INSERT INTO workspace_members (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role`,
    );
    this.deleteMember = db.prepare<[string, string]>('DELETE FROM workspace_members WHERE workspace_id = ? AND user_id = ?');
    this.wsName = db.prepare<[string], { name: string }>('SELECT name FROM workspaces WHERE id = ?');
    this.roleIn = db.prepare<[string, string], { role: WorkspaceRole }>(
      'SELECT role FROM workspace_members WHERE workspace_id = ? AND user_id = ?',
    );
  }

  /**
   * Creates a user and the district workspace they own, atomically.
   * Returns false when the e-mail is taken.
   */
  createUserWithWorkspace(user: { id: string; email: string; name: string; passwordHash: string }, workspace: { id: string; name: string }): boolean {
    const now = Date.now();
    try {
      this.db.transaction(() => {
        this.insertUser.run(user.id, user.email, user.name, user.passwordHash, now);
        this.insertWorkspace.run(workspace.id, workspace.name, now);
        this.insertMember.run(workspace.id, user.id, 'owner', now);
      })();
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Creates a user with no workspace of their own (someone joining by invite). False when the e-mail is taken. */
  createUser(user: { id: string; email: string; name: string; passwordHash: string }): boolean {
    try {
      this.insertUser.run(user.id, user.email, user.name, user.passwordHash, Date.now());
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  findByEmail(email: string): UserRow | undefined {
    return this.byEmail.get(email);
  }

  findById(id: string): UserRow | undefined {
    return this.byId.get(id);
  }

  workspacesOf(userId: string): MembershipRow[] {
    return this.memberships.all(userId);
  }

  /** Adds someone to a workspace or changes their role there. */
  setWorkspaceRole(workspaceId: string, userId: string, role: WorkspaceRole): void {
    this.upsertMember.run(workspaceId, userId, role, Date.now());
  }

  removeFromWorkspace(workspaceId: string, userId: string): boolean {
    return this.deleteMember.run(workspaceId, userId).changes > 0;
  }

  workspaceMembers(workspaceId: string): Array<{ user_id: string; name: string; email: string; role: WorkspaceRole }> {
    return this.wsMembers.all(workspaceId);
  }

  workspaceName(workspaceId: string): string | undefined {
    return this.wsName.get(workspaceId)?.name;
  }

  /** The user's role in a workspace, or undefined when they are not a member. */
  roleInWorkspace(workspaceId: string, userId: string): WorkspaceRole | undefined {
    return this.roleIn.get(workspaceId, userId)?.role;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
