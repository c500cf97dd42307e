/**
 * The review cycle on the real server with stock y-websocket clients: named versions,
 * comparison, restore (live for connected clients, undoable), who may do what, and the
 * adoption workflow that freezes a plan on every open socket.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { getSectionBody, sectionPlainText } from '../../shared/plan-doc.ts';
import { PlanMetaSchema } from '../../shared/schemas.ts';
import { ComparisonResultSchema, RestoreResultSchema, VersionListSchema, VersionSchema, type ComparisonResult } from '../../shared/versions.ts';
import { api, connectClient, createPlan, signUp, waitFor, waitStored, waitSynced, type Client, type Person } from '../helpers/clients.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import type { RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let owner: Person;

useServerWithOwner((s, o) => {
  server = s;
  owner = o;
});

async function connected(planId: string, person: Person): Promise<Client> {
  const client = connectClient(server.url, planId, person.cookie);
  onTestFinished(() => client.destroy());
  await waitSynced(client);
  return client;
}

async function sharedWith(planId: string, role: 'editor' | 'commenter' | 'viewer'): Promise<Person> {
  const person = await signUp(server.url, role);
  const shared = await api(server.url, 'POST', `/api/plans/${planId}/members`, owner, { email: person.me.user.email, role });
  expect(shared.status).toBe(201);
  return person;
}

/** Replaces a section's text with one paragraph, as a person typing would. */
function setParagraph(doc: Y.Doc, sectionId: string, text: string): void {
  const body = getSectionBody(doc, sectionId);
  doc.transact(() => {
    body.delete(0, body.length);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    body.insert(0, [paragraph]);
  });
}

const stored = (planId: string, seen: (doc: Y.Doc) => boolean): Promise<void> => waitStored(server.url, planId, owner.cookie, seen);

const saveVersion = async (planId: string, person: Person, label: string) => {
  const answer = await api(server.url, 'POST', `/api/plans/${planId}/versions`, person, { label });
  expect(answer.status).toBe(201);
  return VersionSchema.parse(answer.body);
};

const compare = async (planId: string, from: string, to: string): Promise<ComparisonResult> => {
  const answer = await api(server.url, 'GET', `/api/plans/${planId}/compare?from=${from}&to=${to}`, owner);
  expect(answer.status).toBe(200);
  return ComparisonResultSchema.parse(answer.body);
};

const restore = (planId: string, person: Person, versionId: string) => api(server.url, 'POST', `/api/plans/${planId}/versions/${versionId}/restore`, person, {});

/** The frozen document of a version, fetched as the binary Yjs update the server sends. */
async function versionDoc(planId: string, versionId: string, person: Person): Promise<{ status: number; type: string | null; doc: Y.Doc }> {
  const response = await fetch(`${server.url}/api/plans/${planId}/versions/${versionId}/state`, { headers: { cookie: person.cookie } });
  const doc = new Y.Doc();
  if (response.ok) Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
  else await response.body?.cancel();
  return { status: response.status, type: response.headers.get('content-type'), doc };
}

const words = (result: ComparisonResult, kind: 'added' | 'removed') =>
  result.sections.flatMap((s) => s.blocks.flatMap((b) => b.parts.filter((p) => p.kind === kind).map((p) => p.text.trim())));

const statusOf = async (planId: string, person: Person, body: unknown) => api(server.url, 'POST', `/api/plans/${planId}/status`, person, body);

describe('the adoption workflow', () => {
  it('moves draft → in review → draft → in review → adopted → archived, and refuses other moves with 409', async () => {
    const plan = await createPlan(server.url, owner);
    const moves: Array<{ body: Record<string, string>; status: number; expected?: string }> = [
      { body: { status: 'adopted', adoptedOn: '2027-01-14' }, status: 409 },
      { body: { status: 'archived' }, status: 409 },
      { body: { status: 'draft' }, status: 409 },
      { body: { status: 'in_review' }, status: 200, expected: 'in_review' },
      { body: { status: 'draft' }, status: 200, expected: 'draft' },
      { body: { status: 'in_review' }, status: 200, expected: 'in_review' },
      { body: { status: 'archived' }, status: 409 },
      { body: { status: 'adopted', adoptedOn: '2027-01-14' }, status: 200, expected: 'adopted' },
      { body: { status: 'draft' }, status: 409 },
      { body: { status: 'in_review' }, status: 409 },
      { body: { status: 'archived' }, status: 200, expected: 'archived' },
      { body: { status: 'adopted', adoptedOn: '2027-02-01' }, status: 409 },
    ];
    for (const move of moves) {
      const answer = await statusOf(plan.id, owner, move.body);
      expect({ move: move.body, status: answer.status }).toEqual({ move: move.body, status: move.status });
      if (move.expected) expect(PlanMetaSchema.parse(answer.body).status).toBe(move.expected);
      else expect(answer.body).toMatchObject({ error: { code: 'status_conflict' } });
    }
  });

  it('refuses bad bodies with 400: adoption without a date, a date that is not one, a date on any other move, unknown fields', async () => {
    const plan = await createPlan(server.url, owner);
    await statusOf(plan.id, owner, { status: 'in_review' });
    for (const body of [
      { status: 'adopted' },
      { status: 'adopted', adoptedOn: '2027-02-30' },
      { status: 'adopted', adoptedOn: '14/01/2027' },
      { status: 'draft', adoptedOn: '2027-01-14' },
      { status: 'published' },
      { status: 'draft', extra: true },
    ]) {
      const answer = await statusOf(plan.id, owner, body);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
    }
  });

  it('only managers move a plan; an editor gets 403 and a stranger 404', async () => {
    const plan = await createPlan(server.url, owner);
    const editor = await sharedWith(plan.id, 'editor');
    const stranger = await signUp(server.url, 'Stranger');
    expect((await statusOf(plan.id, editor, { status: 'in_review' })).status).toBe(403);
    expect((await statusOf(plan.id, stranger, { status: 'in_review' })).status).toBe(404);
    expect((await api(server.url, 'POST', `/api/plans/${plan.id}/revisions`, editor, {})).status).toBe(403);
  });

  it('adoption freezes a version and the open sockets: an owner’s update is refused, a commenter’s comment is stored', async () => {
    const plan = await createPlan(server.url, owner);
    const commenter = await sharedWith(plan.id, 'commenter');
    const writer = await connected(plan.id, owner);
    const reader = await connected(plan.id, commenter);
    setParagraph(writer.doc, 'vision', 'Adopted vision text');
    await stored(plan.id, (doc) => sectionPlainText(doc, 'vision') === 'Adopted vision text');
    await statusOf(plan.id, owner, { status: 'in_review' });
    const adopted = await statusOf(plan.id, owner, { status: 'adopted', adoptedOn: '2027-01-14' });
    expect(adopted.status).toBe(200);
    const meta = PlanMetaSchema.parse(adopted.body);
    expect(meta).toMatchObject({ status: 'adopted', adoptedOn: '2027-01-14', capabilities: { edit: false, comment: true, manage: true } });
    expect(meta.adoptedVersionId).not.toBeNull();

    const versions = VersionListSchema.parse((await api(server.url, 'GET', `/api/plans/${plan.id}/versions`, owner)).body).versions;
    expect(versions[0]).toMatchObject({ id: meta.adoptedVersionId, kind: 'adopted', label: 'Adopted by the board — 2027-01-14' });

    await waitFor(() => writer.denials.includes('access-changed') && reader.denials.includes('access-changed'), 3000, 'access-changed');
    setParagraph(writer.doc, 'vision', 'Changed after adoption');
    await waitFor(() => writer.denials.includes('refused'), 3000, 'refusal');
    reader.doc.getMap('comments').set('thread-after-adoption', new Y.Map());
    await stored(plan.id, (doc) => doc.getMap('comments').has('thread-after-adoption'));
    const fresh = await connected(plan.id, owner);
    expect(sectionPlainText(fresh.doc, 'vision')).toBe('Adopted vision text');
  });

  it('a new revision unfreezes the plan, counts up and keeps the adopted version to compare against', async () => {
    const plan = await createPlan(server.url, owner);
    expect((await api(server.url, 'POST', `/api/plans/${plan.id}/revisions`, owner, {})).status).toBe(409);
    await statusOf(plan.id, owner, { status: 'in_review' });
    const adopted = PlanMetaSchema.parse((await statusOf(plan.id, owner, { status: 'adopted', adoptedOn: '2027-01-14' })).body);
    const writer = await connected(plan.id, owner);
    const started = await api(server.url, 'POST', `/api/plans/${plan.id}/revisions`, owner, {});
    expect(started.status).toBe(200);
    expect(PlanMetaSchema.parse(started.body)).toMatchObject({
      status: 'draft', revision: 2, adoptedOn: '2027-01-14', adoptedVersionId: adopted.adoptedVersionId, capabilities: { edit: true },
    });
    await waitFor(() => writer.denials.includes('access-changed'), 3000, 'access-changed');
    setParagraph(writer.doc, 'vision', 'The amended vision');
    await stored(plan.id, (doc) => sectionPlainText(doc, 'vision') === 'The amended vision');
    expect(writer.denials).not.toContain('refused');
  });
});

describe('named versions', () => {
  it('compares a version with the plan as edited since, word for word, and a version with itself as unchanged', async () => {
    const plan = await createPlan(server.url, owner);
    const writer = await connected(plan.id, owner);
    setParagraph(writer.doc, 'vision', 'Every student learns with a device and a coach.');
    await stored(plan.id, (doc) => sectionPlainText(doc, 'vision') === 'Every student learns with a device and a coach.');
    const version = await saveVersion(plan.id, owner, 'Draft for the cabinet');

    const text = (getSectionBody(writer.doc, 'vision').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert('Every student learns with a '.length, 'brand new ');
    text.delete('Every student learns with a brand new device'.length, ' and a coach'.length);
    await stored(plan.id, (doc) => sectionPlainText(doc, 'vision') === 'Every student learns with a brand new device.');

    const result = await compare(plan.id, version.id, 'current');
    expect(result.from).toEqual({ id: version.id, label: 'Draft for the cabinet' });
    expect(result.to.id).toBe('current');
    expect(words(result, 'added')).toEqual(['brand new']);
    expect(words(result, 'removed')).toEqual(['and a coach']);
    expect(result.sections.filter((s) => s.change !== 'unchanged').map((s) => s.id)).toEqual(['vision']);
    expect(result.totals).toEqual({ wordsAdded: 2, wordsRemoved: 3, sectionsChanged: 1, itemsChanged: 0 });

    const same = await compare(plan.id, version.id, version.id);
    expect(same.totals).toEqual({ wordsAdded: 0, wordsRemoved: 0, sectionsChanged: 0, itemsChanged: 0 });
    const backwards = await compare(plan.id, 'current', version.id);
    expect([words(backwards, 'added'), words(backwards, 'removed')]).toEqual([['and a coach'], ['brand new']]);
  });

  it('restoring is a new change a connected client sees live and a fresh client reads; comments stay; restoring the set-aside version undoes it', async () => {
    const plan = await createPlan(server.url, owner);
    const writer = await connected(plan.id, owner);
    const watcher = await connected(plan.id, owner);
    setParagraph(writer.doc, 'vision', 'The vision the cabinet read.');
    await stored(plan.id, (doc) => sectionPlainText(doc, 'vision') === 'The vision the cabinet read.');
    const version = await saveVersion(plan.id, owner, 'Cabinet draft');
    setParagraph(writer.doc, 'vision', 'A vision rewritten since.');
    writer.doc.getMap('comments').set('thread-later', new Y.Map());
    await stored(plan.id, (doc) => sectionPlainText(doc, 'vision') === 'A vision rewritten since.' && doc.getMap('comments').has('thread-later'));

    const restored = await restore(plan.id, owner, version.id);
    expect(restored.status).toBe(200);
    const result = RestoreResultSchema.parse(restored.body);
    expect(result.restored.id).toBe(version.id);
    expect(result.beforeRestore).toMatchObject({ kind: 'before-restore', label: 'Before restoring “Cabinet draft”' });
    await waitFor(() => sectionPlainText(watcher.doc, 'vision') === 'The vision the cabinet read.', 5000, 'the restore, live');
    const fresh = await connected(plan.id, owner);
    expect(sectionPlainText(fresh.doc, 'vision')).toBe('The vision the cabinet read.');
    expect(fresh.doc.getMap('comments').has('thread-later')).toBe(true);

    const versions = VersionListSchema.parse((await api(server.url, 'GET', `/api/plans/${plan.id}/versions`, owner)).body).versions;
    expect(versions.map((v) => v.label)).toEqual(['Before restoring “Cabinet draft”', 'Cabinet draft']);
    const undone = RestoreResultSchema.parse((await restore(plan.id, owner, result.beforeRestore.id)).body);
    expect(undone.restored.id).toBe(result.beforeRestore.id);
    expect(undone.beforeRestore.label).toBe('Before undoing the restore of “Cabinet draft”');
    await waitFor(() => sectionPlainText(watcher.doc, 'vision') === 'A vision rewritten since.', 5000, 'the undo, live');
    expect(sectionPlainText(writer.doc, 'vision')).toBe('A vision rewritten since.');
  });

  it('restores a plan nobody has open', async () => {
    const plan = await createPlan(server.url, owner);
    const version = await saveVersion(plan.id, owner, 'As created');
    const writer = connectClient(server.url, plan.id, owner.cookie);
    await waitSynced(writer);
    setParagraph(writer.doc, 'vision', 'Written, then the window closed.');
    await stored(plan.id, (doc) => sectionPlainText(doc, 'vision') === 'Written, then the window closed.');
    writer.destroy();
    expect((await restore(plan.id, owner, version.id)).status).toBe(200);
    const fresh = await connected(plan.id, owner);
    const original = await versionDoc(plan.id, version.id, owner);
    expect(sectionPlainText(fresh.doc, 'vision')).toBe(sectionPlainText(original.doc, 'vision'));
    expect(sectionPlainText(fresh.doc, 'vision')).not.toContain('window closed');
  });

  it('lets a viewer list and read versions but not save one, an editor save but not restore, and a stranger nothing', async () => {
    const plan = await createPlan(server.url, owner);
    const viewer = await sharedWith(plan.id, 'viewer');
    const editor = await sharedWith(plan.id, 'editor');
    const stranger = await signUp(server.url, 'Stranger');
    const version = await saveVersion(plan.id, editor, 'The editor’s version');
    expect(version).toMatchObject({ kind: 'named', createdBy: 'editor' });

    const listed = await api(server.url, 'GET', `/api/plans/${plan.id}/versions`, viewer);
    expect(VersionListSchema.parse(listed.body).versions.map((v) => v.id)).toEqual([version.id]);
    const read = await versionDoc(plan.id, version.id, viewer);
    expect(read).toMatchObject({ status: 200, type: 'application/octet-stream' });
    expect(sectionPlainText(read.doc, 'vision').length).toBeGreaterThan(0);
    expect((await api(server.url, 'GET', `/api/plans/${plan.id}/compare?from=${version.id}&to=current`, viewer)).status).toBe(200);
    expect((await api(server.url, 'POST', `/api/plans/${plan.id}/versions`, viewer, { label: 'Mine' })).status).toBe(403);
    expect((await restore(plan.id, editor, version.id)).status).toBe(403);

    expect((await api(server.url, 'GET', `/api/plans/${plan.id}/versions`, stranger)).status).toBe(404);
    expect((await versionDoc(plan.id, version.id, stranger)).status).toBe(404);
    expect((await api(server.url, 'POST', `/api/plans/${plan.id}/versions`, stranger, { label: 'Mine' })).status).toBe(404);
    expect((await restore(plan.id, stranger, version.id)).status).toBe(404);
    expect((await api(server.url, 'GET', `/api/plans/${plan.id}/versions`)).status).toBe(401);
  });

  it('answers 404 for another plan’s version id, everywhere a version id is taken', async () => {
    const plan = await createPlan(server.url, owner);
    const other = await createPlan(server.url, owner, 'Another plan');
    const foreign = await saveVersion(other.id, owner, 'Not this plan’s');
    expect((await versionDoc(plan.id, foreign.id, owner)).status).toBe(404);
    expect((await api(server.url, 'GET', `/api/plans/${plan.id}/compare?from=${foreign.id}&to=current`, owner)).status).toBe(404);
    expect((await api(server.url, 'GET', `/api/plans/${plan.id}/compare?from=current&to=${foreign.id}`, owner)).status).toBe(404);
    expect((await restore(plan.id, owner, foreign.id)).status).toBe(404);
  });

  it('refuses bad bodies and queries with 400 and saves nothing', async () => {
    const plan = await createPlan(server.url, owner);
    for (const body of [{}, { label: '' }, { label: '   ' }, { label: 'x'.repeat(121) }, { label: 42 }, { label: 'ok', kind: 'adopted' }]) {
      const answer = await api(server.url, 'POST', `/api/plans/${plan.id}/versions`, owner, body);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
    }
    expect(VersionListSchema.parse((await api(server.url, 'GET', `/api/plans/${plan.id}/versions`, owner)).body).versions).toEqual([]);
    expect((await api(server.url, 'GET', `/api/plans/${plan.id}/compare?from=current`, owner)).status).toBe(400);
    const version = await saveVersion(plan.id, owner, 'x'.repeat(120));
    expect((await api(server.url, 'POST', `/api/plans/${plan.id}/versions/${version.id}/restore`, owner, { force: true })).status).toBe(400);
  });

  it('refuses to restore into an adopted plan with 409, until a new revision starts', async () => {
    const plan = await createPlan(server.url, owner);
    const version = await saveVersion(plan.id, owner, 'Early draft');
    await statusOf(plan.id, owner, { status: 'in_review' });
    await statusOf(plan.id, owner, { status: 'adopted', adoptedOn: '2027-01-14' });
    const refused = await restore(plan.id, owner, version.id);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'plan_frozen' } } });
    await api(server.url, 'POST', `/api/plans/${plan.id}/revisions`, owner, {});
    expect((await restore(plan.id, owner, version.id)).status).toBe(200);
  });
});
