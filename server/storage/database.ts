/**
 * Opens the SQLite file and brings its schema up to date. Migrations are numbered, run in
 * order inside one transaction each, and recorded in `PRAGMA user_version`.
 */
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * `normal`: a committed transaction survives a crash of the process (the WAL is in the OS
 * page cache); a power cut or kernel crash may lose the last moments of writes.
 * `full`: every commit is fsynced before it returns; survives power loss, costs a sync per
 * group commit.
 */
export type SyncMode = 'normal' | 'full';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE workspace_members (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
  );
  CREATE INDEX workspace_members_by_user ON workspace_members(user_id);
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions(user_id);
  CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    template_id TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX plans_by_workspace ON plans(workspace_id, updated_at DESC);
  CREATE TABLE plan_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX plan_updates_by_plan ON plan_updates(plan_id, id);
  CREATE TABLE plan_snapshots (
    plan_id TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    through_id INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  `,
  `
  CREATE TABLE plan_members (
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    added_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (plan_id, user_id)
  );
  CREATE INDEX plan_members_by_user ON plan_members(user_id);
  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    email TEXT,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    used_by TEXT,
    revoked_at INTEGER
  );
  CREATE INDEX invites_by_plan ON invites(plan_id);
  CREATE TABLE section_locks (
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    section_id TEXT NOT NULL,
    editor_ids TEXT NOT NULL,
    PRIMARY KEY (plan_id, section_id)
  );
  CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id TEXT NOT NULL,
    plan_id TEXT,
    actor_id TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX audit_by_workspace ON audit_events(workspace_id, id DESC);
  `,
  `
  CREATE TABLE plan_client_ids (
    plan_id TEXT NOT NULL,
    client_id INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (plan_id, client_id)
  ) WITHOUT ROWID;
  `,
  // Self-assessment rounds. Ratings stay here, not in the plan's document, so each is
  // private to its rater until the round closes.
  `
  CREATE TABLE assessment_rounds (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    opened_by TEXT NOT NULL REFERENCES users(id),
    opened_at INTEGER NOT NULL,
    closed_at INTEGER
  );
  CREATE INDEX assessment_rounds_by_plan ON assessment_rounds(plan_id, opened_at);
  -- At most one open round per plan, whatever the application does.
  CREATE UNIQUE INDEX assessment_rounds_one_open ON assessment_rounds(plan_id) WHERE closed_at IS NULL;
  CREATE TABLE assessment_ratings (
    round_id TEXT NOT NULL REFERENCES assessment_rounds(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    condition_id TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    evidence TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (round_id, user_id, condition_id)
  ) WITHOUT ROWID;
  `,
  // Templates a workspace saved from its own plans; the body is template JSON, checked
  // with the shared template schema on the way in and on the way out.
  `
  CREATE TABLE workspace_templates (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL
  );
  CREATE INDEX workspace_templates_by_workspace ON workspace_templates(workspace_id, created_at);
  `,
  // The review cycle: a plan's status (draft → in review → adopted → archived), named
  // versions (frozen copies of the stored document), and public links to adopted plans.
  `
  ALTER TABLE plans ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
  ALTER TABLE plans ADD COLUMN adopted_on TEXT;
  ALTER TABLE plans ADD COLUMN adopted_version_id TEXT;
  ALTER TABLE plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
  CREATE TABLE plan_versions (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    kind TEXT NOT NULL,
    state BLOB NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL
  );
  CREATE INDEX plan_versions_by_plan ON plan_versions(plan_id, created_at);
  CREATE TABLE plan_publications (
    token TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL REFERENCES plan_versions(id) ON DELETE CASCADE,
    -- What the board adopted, as it stood when the link was made: the plan row moves on
    -- to later revisions, the link keeps naming the one it shows.
    adopted_on TEXT,
    revision INTEGER NOT NULL,
    published_by TEXT NOT NULL REFERENCES users(id),
    published_at INTEGER NOT NULL,
    revoked_at INTEGER
  );
  CREATE INDEX plan_publications_by_plan ON plan_publications(plan_id);
  -- Publishing again replaces the link: at most one live link per plan, whatever the application does.
  CREATE UNIQUE INDEX plan_publications_one_live ON plan_publications(plan_id) WHERE revoked_at IS NULL;
  `,
  // Stakeholder input rounds (2d). Kept out of the plan's document: participants are
  // pseudonymous to each other, and the document is readable by every member.
  `
  CREATE TABLE input_rounds (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    audience TEXT NOT NULL,
    section_ids TEXT NOT NULL,
    opened_by TEXT NOT NULL REFERENCES users(id),
    opened_at INTEGER NOT NULL,
    closed_at INTEGER
  );
  CREATE INDEX input_rounds_by_plan ON input_rounds(plan_id, opened_at);
  CREATE TABLE input_participants (
    round_id TEXT NOT NULL REFERENCES input_rounds(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    pseudonym TEXT NOT NULL,
    PRIMARY KEY (round_id, user_id),
    UNIQUE (round_id, pseudonym)
  ) WITHOUT ROWID;
  CREATE TABLE input_section_ratings (
    round_id TEXT NOT NULL REFERENCES input_rounds(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    section_id TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (round_id, user_id, section_id)
  ) WITHOUT ROWID;
  CREATE TABLE input_points (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES input_rounds(id) ON DELETE CASCADE,
    section_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    -- When a facilitator first quoted the point in the plan's text; null while unused.
    used_at INTEGER
  );
  CREATE INDEX input_points_by_round ON input_points(round_id, section_id);
  CREATE TABLE input_point_ratings (
    point_id TEXT NOT NULL REFERENCES input_points(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    PRIMARY KEY (point_id, user_id)
  ) WITHOUT ROWID;
  `,
];

export interface OpenOptions {
  file: string;
  sync: SyncMode;
}

export function openDatabase({ file, sync }: OpenOptions): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this server knows (${MIGRATIONS.length})`);
  }
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    const sql = MIGRATIONS[version]!;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
