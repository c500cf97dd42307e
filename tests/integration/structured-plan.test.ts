/**
 * Goals, strategies and action steps co-edited through the real server by stock y-websocket
 * clients of two editors, and the list of people an action step can be given to.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import type * as Y from 'yjs';
import { PlanPeopleSchema } from '../../shared/people.ts';
import { addGoal, findAction, readPlanStructure, setTag, textField, type ActionStep } from '../../shared/plan-structure.ts';
import { api, connectClient, createPlan, signUp, waitFor, waitSynced, type Client, type Person } from '../helpers/clients.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

const SYNC_TIMEOUT_MS = 10_000;
const TECH_SUPPORT = 'iste-ec-14@1:technical-support';
const EQUITABLE_ACCESS = 'iste-ec-14@1:equitable-access';

let server: RunningServer;
let owner: Person;

useServerWithOwner((s, o) => {
  server = s;
  owner = o;
});

function client(url: string, planId: string, person: Person): Client {
  const c = connectClient(url, planId, person.cookie);
  onTestFinished(() => c.destroy());
  return c;
}

async function share(url: string, planOwner: Person, planId: string, person: Person, role: 'editor' | 'commenter' | 'viewer'): Promise<void> {
  const answer = await api(url, 'POST', `/api/plans/${planId}/members`, planOwner, { email: person.me.user.email, role });
  expect(answer.status).toBe(201);
}

interface Step {
  ids: { goalId: string; strategyId: string; actionId: string };
  map: (c: Client) => Y.Map<unknown> | undefined;
  read: (c: Client) => ActionStep | undefined;
}

/** Adds one goal with one strategy and one action step in `c`'s document. */
function addActionStep(c: Client): Step {
  const goalId = addGoal(c.doc, { title: 'Reliable devices in every classroom', strategies: [{ title: 'Student help desks', actions: [{ title: 'Train student tech leaders' }] }] });
  // Found by id: the template may seed example goals of its own.
  const strategy = readPlanStructure(c.doc).goals.find((g) => g.id === goalId)!.strategies[0]!;
  const ids = { goalId, strategyId: strategy.id, actionId: strategy.actions[0]!.id };
  return {
    ids,
    map: (other) => findAction(other.doc, ids.goalId, ids.strategyId, ids.actionId),
    read: (other) => readPlanStructure(other.doc).goals.find((g) => g.id === goalId)?.strategies[0]?.actions[0],
  };
}

/** Status, due date, a tag and words at the start of the title: the owner's half. */
function ownerEdits(step: Step, c: Client): void {
  const action = step.map(c)!;
  c.doc.transact(() => {
    action.set('status', 'at-risk');
    action.set('due', '2026-11-30');
  });
  setTag(action, 'conditions', TECH_SUPPORT, true);
  textField(action, 'title').insert(0, 'Recruit and ');
}

/** Owner, budget, another tag and words at the end of the title: the editor's half. */
function editorEdits(step: Step, c: Client, editor: Person): void {
  const action = step.map(c)!;
  c.doc.transact(() => {
    action.set('ownerId', editor.me.user.id);
    action.set('ownerName', editor.me.user.name);
    action.set('budget', 8500);
  });
  setTag(action, 'conditions', EQUITABLE_ACCESS, true);
  const title = textField(action, 'title');
  title.insert(title.length, ' each term');
}

function expectBothHalves(action: ActionStep | undefined, editor: Person): void {
  expect(action).toMatchObject({
    title: 'Recruit and Train student tech leaders each term',
    status: 'at-risk',
    due: '2026-11-30',
    ownerId: editor.me.user.id,
    ownerName: editor.me.user.name,
    budget: 8500,
    conditions: [EQUITABLE_ACCESS, TECH_SUPPORT],
  });
}

function converged(step: Step, a: Client, b: Client): boolean {
  const left = step.read(a);
  return left !== undefined && left.budget !== null && left.status !== 'not-started' && JSON.stringify(left) === JSON.stringify(step.read(b)) && left.title.includes('Recruit') && left.title.includes('term');
}

/** A plan shared with a second editor, and both of them connected and holding one action step. */
async function twoEditorsOnOneStep(url: string, planOwner: Person) {
  const editor = await signUp(url, 'Sam Ortiz');
  const plan = await createPlan(url, planOwner);
  await share(url, planOwner, plan.id, editor, 'editor');
  const a = client(url, plan.id, planOwner);
  const b = client(url, plan.id, editor);
  await Promise.all([waitSynced(a, SYNC_TIMEOUT_MS), waitSynced(b, SYNC_TIMEOUT_MS)]);
  const step = addActionStep(a);
  await waitFor(() => step.read(b) !== undefined, SYNC_TIMEOUT_MS, 'the action step to reach the editor');
  return { editor, plan, a, b, step };
}

describe('two editors changing one action step', () => {
  it('keeps both editors’ changes to different fields made at the same moment, and a fresh client reads them all', async () => {
    const { editor, plan, a, b, step } = await twoEditorsOnOneStep(server.url, owner);
    // Same tick: neither document has received the other's changes when it makes its own.
    ownerEdits(step, a);
    editorEdits(step, b, editor);
    await waitFor(() => converged(step, a, b), SYNC_TIMEOUT_MS, 'both documents to converge');
    expectBothHalves(step.read(a), editor);
    expect(readPlanStructure(b.doc)).toEqual(readPlanStructure(a.doc));
    expect([...a.denials, ...b.denials]).toEqual([]);

    const fresh = client(server.url, plan.id, editor);
    await waitSynced(fresh, SYNC_TIMEOUT_MS);
    await waitFor(() => step.read(fresh)?.budget === 8500, SYNC_TIMEOUT_MS, 'a fresh client to read the edits');
    expect(readPlanStructure(fresh.doc)).toEqual(readPlanStructure(a.doc));
  });

  it('merges the changes an editor made while disconnected with those made online meanwhile', async () => {
    const { editor, a, b, step } = await twoEditorsOnOneStep(server.url, owner);
    b.provider.disconnect();
    await waitFor(() => !b.provider.wsconnected, SYNC_TIMEOUT_MS, 'the editor to go offline');
    editorEdits(step, b, editor);
    ownerEdits(step, a);
    await waitFor(() => step.read(a)?.status === 'at-risk', SYNC_TIMEOUT_MS, 'the owner’s change');
    // Offline for real: nothing of the owner's reaches the editor until it reconnects.
    expect(step.read(b)).toMatchObject({ status: 'not-started', budget: 8500 });
    b.provider.connect();
    await waitFor(() => converged(step, a, b), SYNC_TIMEOUT_MS, 'both documents to converge after reconnecting');
    expectBothHalves(step.read(b), editor);
    expect(readPlanStructure(b.doc)).toEqual(readPlanStructure(a.doc));
  });
});

describe('action step edits across a server restart', () => {
  it('a client that connects after the server restarted reads both editors’ changes', async () => {
    const first = await startServer();
    const restarted: RunningServer[] = [];
    onTestFinished(async () => {
      for (const s of restarted) await s.stop();
      await first.stop();
      first.cleanup();
    });
    const planOwner = await signUp(first.url, 'Dana Lee');
    const { editor, plan, a, b, step } = await twoEditorsOnOneStep(first.url, planOwner);
    ownerEdits(step, a);
    editorEdits(step, b, editor);
    await waitFor(() => converged(step, a, b), SYNC_TIMEOUT_MS, 'both documents to converge');
    a.destroy();
    b.destroy();
    expect(await first.stop()).toBe(0);

    const second = await startServer({ dataDir: first.dataDir });
    restarted.push(second);
    const after = client(second.url, plan.id, planOwner);
    await waitSynced(after, SYNC_TIMEOUT_MS);
    expectBothHalves(step.read(after), editor);
  });
});

describe('GET /api/plans/:id/people', () => {
  async function people(planId: string, person?: Person) {
    return api(server.url, 'GET', `/api/plans/${planId}/people`, person);
  }

  it('lists everyone with access once, by name, with their effective role and no e-mail address', async () => {
    const plan = await createPlan(server.url, owner);
    const editor = await signUp(server.url, 'Bea Editor');
    const viewer = await signUp(server.url, 'Cy Viewer');
    const both = await signUp(server.url, 'Ari Both');
    await share(server.url, owner, plan.id, editor, 'editor');
    await share(server.url, owner, plan.id, viewer, 'viewer');
    // A workspace viewer the plan is shared with as an editor is listed once, as an editor.
    const added = await api(server.url, 'POST', `/api/workspaces/${owner.workspaceId}/members`, owner, { email: both.me.user.email, role: 'viewer' });
    expect(added.status).toBe(201);
    await share(server.url, owner, plan.id, both, 'editor');

    const answer = await people(plan.id, viewer);
    expect(answer.status).toBe(200);
    const list = PlanPeopleSchema.parse(answer.body).people;
    expect(list).toEqual([
      { id: both.me.user.id, name: 'Ari Both', role: 'editor' },
      { id: editor.me.user.id, name: 'Bea Editor', role: 'editor' },
      { id: viewer.me.user.id, name: 'Cy Viewer', role: 'viewer' },
      { id: owner.me.user.id, name: 'Owner', role: 'owner' },
    ]);
    expect(JSON.stringify(answer.body)).not.toContain('@example.org');
  });

  it('is readable by a commenter, refused to a stranger and the signed-out, and unknown plans are not found', async () => {
    const plan = await createPlan(server.url, owner);
    const commenter = await signUp(server.url, 'Commenter');
    const stranger = await signUp(server.url, 'Stranger');
    await share(server.url, owner, plan.id, commenter, 'commenter');
    expect((await people(plan.id, commenter)).status).toBe(200);
    // The same answers GET /api/plans/:id gives each of them.
    expect(await people(plan.id, stranger)).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await people(plan.id)).toMatchObject({ status: 401, body: { error: { code: 'not_signed_in' } } });
    expect(await people('no-such-plan', owner)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });
});
