import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { TemplateSchema, type Template } from '../../../../shared/templates.ts';
import { AccountStore } from '../../../../server/storage/accounts.ts';
import { openDatabase, type Db } from '../../../../server/storage/database.ts';
import { WorkspaceTemplateStore } from '../../../../server/storage/workspace-templates.ts';

function setup(): { store: WorkspaceTemplateStore; db: Db } {
  const dir = mkdtempSync(join(tmpdir(), 'planwright-workspace-templates-'));
  const db = openDatabase({ file: join(dir, 'db.sqlite'), sync: 'normal' });
  onTestFinished(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const accounts = new AccountStore(db);
  for (const id of ['ana', 'ben']) {
    accounts.createUserWithWorkspace({ id, email: `${id}@example.org`, name: `${id} person`, passwordHash: 'x' }, { id: `ws-${id}`, name: `${id} district` });
  }
  return { store: new WorkspaceTemplateStore(db), db };
}

function template(id: string, name = 'Saved plan'): Template {
  return TemplateSchema.parse({
    id,
    name,
    summary: '',
    frameworkId: 'iste-ec-14',
    sections: [{ id: 'mission', title: 'Mission', guidance: '', conditions: ['iste-ec-14@1:shared-vision'], standards: ['2a'], starter: ['Our words.'] }],
    vision: ['Learning first.'],
    goals: [{ title: 'A goal', visionIndex: 0, conditions: [], standards: [], strategies: [], measures: [] }],
  });
}

describe('workspace templates', () => {
  it('are listed and found only in the workspace that saved them, with who saved them', () => {
    const { store } = setup();
    store.add({ workspaceId: 'ws-ana', template: template('ws-one'), savedBy: 'ana' });
    expect(store.list('ws-ana')).toMatchObject([{ id: 'ws-one', workspaceId: 'ws-ana', savedBy: 'ana person', template: template('ws-one') }]);
    expect(store.list('ws-ben')).toEqual([]);
    expect(store.find('ws-ben', 'ws-one')).toBeUndefined();
    expect(store.count('ws-ana')).toBe(1);
    expect(store.remove('ws-ben', 'ws-one')).toBe(false);
    expect(store.remove('ws-ana', 'ws-one')).toBe(true);
    expect(store.list('ws-ana')).toEqual([]);
  });

  it('a stored body that no longer passes the template schema, or claims another id, is never offered', () => {
    const { store, db } = setup();
    store.add({ workspaceId: 'ws-ana', template: template('ws-good'), savedBy: 'ana' });
    const insert = db.prepare('INSERT INTO workspace_templates (id, workspace_id, name, body, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('ws-broken', 'ws-ana', 'Broken', '{"id": "ws-broken", "sections": 3}', 'ana', Date.now());
    insert.run('ws-not-json', 'ws-ana', 'Not JSON', '{', 'ana', Date.now());
    insert.run('ws-impostor', 'ws-ana', 'Impostor', JSON.stringify(template('district-technology-plan')), 'ana', Date.now());
    expect(store.list('ws-ana').map((t) => t.id)).toEqual(['ws-good']);
    for (const id of ['ws-broken', 'ws-not-json', 'ws-impostor']) expect(store.find('ws-ana', id), id).toBeUndefined();
  });
});
