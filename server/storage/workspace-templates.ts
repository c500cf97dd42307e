/**
 * Templates a workspace saved from its own plans. The body is template JSON; it is checked
 * with the shared template schema before it is stored (by the caller, which takes a parsed
 * Template) and again when it is read, so a row that no longer passes is never offered.
 */
import { TemplateSchema, type Template } from '../../shared/templates.ts';
import type { Db } from './database.ts';

export interface SavedTemplate {
  id: string;
  workspaceId: string;
  template: Template;
  savedBy: string;
  savedAt: number;
}

interface Row {
  id: string;
  workspace_id: string;
  body: string;
  creator_name: string;
  created_at: number;
}

export class WorkspaceTemplateStore {
  private readonly insert;
  private readonly byWorkspace;
  private readonly byId;
  private readonly countRows;
  private readonly deleteRow;

  constructor(db: Db) {
    this.insert = db.prepare<[string, string, string, string, string, number]>(
      'INSERT INTO workspace_templates (id, workspace_id, name, body, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const select = `SELECT t.id, t.workspace_id, t.body, u.name AS creator_name, t.created_at
      FROM workspace_templates t JOIN users u ON u.id = t.created_by`;
    this.byWorkspace = db.prepare<[string], Row>(`${select} WHERE t.workspace_id = ? ORDER BY t.created_at, t.id`);
    this.byId = db.prepare<[string, string], Row>(`${select} WHERE t.workspace_id = ? AND t.id = ?`);
    this.countRows = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM workspace_templates WHERE workspace_id = ?');
    this.deleteRow = db.prepare<[string, string]>('DELETE FROM workspace_templates WHERE workspace_id = ? AND id = ?');
  }

  /** Stores a template under its own id; `savedBy` is the saver's user id. */
  add(input: { workspaceId: string; template: Template; savedBy: string }): void {
    this.insert.run(input.template.id, input.workspaceId, input.template.name, JSON.stringify(input.template), input.savedBy, Date.now());
  }

  /** The workspace's saved templates, oldest first. */
  list(workspaceId: string): SavedTemplate[] {
    return this.byWorkspace.all(workspaceId).flatMap((row) => {
      const saved = parseRow(row);
      return saved ? [saved] : [];
    });
  }

  /** One saved template, only when it belongs to this workspace. */
  find(workspaceId: string, id: string): SavedTemplate | undefined {
    const row = this.byId.get(workspaceId, id);
    return row ? parseRow(row) : undefined;
  }

  count(workspaceId: string): number {
    return this.countRows.get(workspaceId)?.n ?? 0;
  }

  /** Whether a template was removed. */
  remove(workspaceId: string, id: string): boolean {
    return this.deleteRow.run(workspaceId, id).changes > 0;
  }
}

function parseRow(row: Row): SavedTemplate | undefined {
  let json: unknown;
  try {
    json = JSON.parse(row.body);
  } catch {
    return undefined;
  }
  const parsed = TemplateSchema.safeParse(json);
  // The body's id must be the row's: a template is only ever created from its own row.
  if (!parsed.success || parsed.data.id !== row.id) return undefined;
  return { id: row.id, workspaceId: row.workspace_id, template: parsed.data, savedBy: row.creator_name, savedAt: row.created_at };
}
