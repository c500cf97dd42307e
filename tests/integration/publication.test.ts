/**
 * Public links to adopted plans on the real server: only an adopted plan is published, only
 * by its managers; anyone without an account reads the facts and the public copy, which holds
 * the plan's sections, text and goals and nothing that names a member, no comment and no SWOT
 * note; withdrawing or publishing again kills the old link; another district starts a plan
 * from it. Plans are adopted through the adoption route, as a facilitator would.
 */
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { anchorInText } from '../../shared/comment-anchors.ts';
import { addThread, getCommentsMap } from '../../shared/comments.ts';
import { getSectionBody, readSections, sectionPlainText } from '../../shared/plan-doc.ts';
import { addGoal, readPlanStructure } from '../../shared/plan-structure.ts';
import { CurrentPublicationSchema, PublicationSchema, PublicPlanFactsSchema, type Publication } from '../../shared/publication.ts';
import { MeSchema, PlanSummarySchema } from '../../shared/schemas.ts';
import { addSwotItem, getSwotArray } from '../../shared/swot.ts';
import { api, connectClient, createPlan, signUp, waitFor, waitSynced, type Client, type Person } from '../helpers/clients.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
useServerWithOwner((s) => {
  server = s;
});

const DISTRICT = 'Maple Valley School District';
const PUBLIC_TEXT = 'Learning comes first; every device decision follows from it.';
const GOAL = 'Every teacher coached in the first year';
const COMMENT = 'Can we really afford six coaches this year?';
const SWOT = 'Only two network engineers for forty schools';
const OTHER_PLAN_TEXT = 'A draft nobody outside the task force should read';

/** Signs up with a district name that shares nothing with the person's name, so a name found in an answer is a leak. */
async function signUpIn(district: string, name: string): Promise<Person & { email: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.org`;
  const response = await fetch(`${server.url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, email, password: 'a long enough password', district }),
  });
  expect(response.status).toBe(201);
  const me = MeSchema.parse(await response.json());
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', me, workspaceId: me.workspaces[0]!.id, email };
}

let owner: Person & { email: string };
let commenter: Person & { email: string };
let editor: Person;
let elsewhere: Person;

beforeAll(async () => {
  owner = await signUpIn(DISTRICT, 'Olive Ownerly');
  commenter = await signUpIn('Commenter Home District', 'Casey Commentwright');
  editor = await signUp(server.url, 'Eddie Editorson');
  elsewhere = await signUp(server.url, 'Riley Otherton');
  const added = await api(server.url, 'POST', `/api/workspaces/${owner.workspaceId}/members`, owner, { email: editor.me.user.email, role: 'editor' });
  expect(added.status).toBe(201);
});

async function connected(planId: string, person: Person): Promise<Client> {
  const client = connectClient(server.url, planId, person.cookie);
  onTestFinished(() => client.destroy());
  await waitSynced(client);
  return client;
}

/** A plan with public text, a goal whose action step has an owner, a SWOT note and a commenter's thread, all stored. */
async function writtenPlan(title = 'Technology plan 2027–2030', text = PUBLIC_TEXT): Promise<string> {
  const planId = (await createPlan(server.url, owner, title)).id;
  expect((await api(server.url, 'POST', `/api/plans/${planId}/members`, owner, { email: commenter.email, role: 'commenter' })).status).toBe(201);
  const writer = await connected(planId, owner);
  writer.doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    getSectionBody(writer.doc, 'mission').insert(0, [paragraph]);
    addGoal(writer.doc, {
      title: GOAL,
      strategies: [{ title: 'Instructional coaches', actions: [{ title: 'Hire six coaches', ownerId: owner.me.user.id, ownerName: owner.me.user.name, due: '2027-08-01' }] }],
      measures: [{ name: 'Teachers coached', unit: '%', baseline: 10, target: 80 }],
    });
    addSwotItem(writer.doc, 'iste-ec-14@1:technical-support', 'weaknesses', SWOT);
  });
  const reviewer = await connected(planId, commenter);
  await waitFor(() => sectionPlainText(reviewer.doc, 'mission').includes(text), 10_000, 'the text to reach the commenter');
  const quoted = getSectionBody(reviewer.doc, 'mission').get(0) as Y.XmlElement;
  addThread(reviewer.doc, { sectionId: 'mission', anchor: anchorInText(quoted.get(0) as Y.XmlText, 0, 8), quote: text.slice(0, 8), body: COMMENT });
  // Seen by a third client, so stored: the adopted version is frozen from what is stored.
  const observer = await connected(planId, owner);
  await waitFor(() => getCommentsMap(observer.doc).size === 1 && getSwotArray(observer.doc).length === 1, 10_000, 'the thread and the SWOT note to be stored');
  return planId;
}

async function adopt(planId: string, adoptedOn = '2027-05-12'): Promise<void> {
  expect((await api(server.url, 'POST', `/api/plans/${planId}/status`, owner, { status: 'in_review' })).status).toBe(200);
  const adopted = await api(server.url, 'POST', `/api/plans/${planId}/status`, owner, { status: 'adopted', adoptedOn });
  expect(adopted.status, JSON.stringify(adopted.body)).toBe(200);
}

async function publish(planId: string, person: Person = owner): Promise<Publication> {
  const answer = await api(server.url, 'POST', `/api/plans/${planId}/publication`, person);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return PublicationSchema.parse(answer.body);
}

/** What an anonymous reader gets for a token: no cookie is ever sent. */
async function read(token: string): Promise<{ facts: Response; state: Response }> {
  const [facts, state] = await Promise.all([fetch(`${server.url}/api/public/plans/${token}`), fetch(`${server.url}/api/public/plans/${token}/state`)]);
  return { facts, state };
}

async function publicDoc(token: string): Promise<{ doc: Y.Doc; raw: string; factsText: string }> {
  const { facts, state } = await read(token);
  expect(facts.status).toBe(200);
  expect(state.status).toBe(200);
  const bytes = new Uint8Array(await state.arrayBuffer());
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytes);
  return { doc, raw: Buffer.from(bytes).toString('utf8'), factsText: await facts.text() };
}

describe('publishing an adopted plan', () => {
  it('a draft plan cannot be published, and only the plan’s managers may publish it or see its link', async () => {
    const planId = await writtenPlan();
    const draft = await api(server.url, 'POST', `/api/plans/${planId}/publication`, owner);
    expect(draft.status).toBe(409);
    expect(draft.body).toMatchObject({ error: { code: 'not_adopted' } });
    await adopt(planId);
    expect((await api(server.url, 'POST', `/api/plans/${planId}/publication`, editor)).status).toBe(403);
    expect((await api(server.url, 'POST', `/api/plans/${planId}/publication`, commenter)).status).toBe(403);
    expect((await api(server.url, 'POST', `/api/plans/${planId}/publication`, elsewhere)).status).toBe(403);
    expect((await api(server.url, 'POST', `/api/plans/${planId}/publication`)).status).toBe(401);
    expect((await api(server.url, 'GET', `/api/plans/${planId}/publication`, editor)).status).toBe(403);
    expect((await api(server.url, 'DELETE', `/api/plans/${planId}/publication`, editor)).status).toBe(403);
    expect(CurrentPublicationSchema.parse((await api(server.url, 'GET', `/api/plans/${planId}/publication`, owner)).body)).toBeNull();
  });

  it('an anonymous reader gets the facts and the sections, text and goals, and nothing of comments, SWOT notes or anyone’s name', async () => {
    const planId = await writtenPlan();
    await adopt(planId);
    const link = await publish(planId);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(link.url).toBe(`${server.url}/p/${link.token}`);
    expect(CurrentPublicationSchema.parse((await api(server.url, 'GET', `/api/plans/${planId}/publication`, owner)).body)?.token).toBe(link.token);

    const { doc, raw, factsText } = await publicDoc(link.token);
    expect(PublicPlanFactsSchema.parse(JSON.parse(factsText))).toEqual({
      title: 'Technology plan 2027–2030',
      district: DISTRICT,
      adoptedOn: '2027-05-12',
      revision: 1,
      publishedAt: link.publishedAt,
    });
    const member = await connected(planId, owner);
    expect(readSections(doc)).toEqual(readSections(member.doc));
    for (const section of readSections(member.doc)) expect(sectionPlainText(doc, section.id)).toBe(sectionPlainText(member.doc, section.id));
    expect(sectionPlainText(doc, 'mission')).toContain(PUBLIC_TEXT);
    const goal = readPlanStructure(doc).goals.find((g) => g.title === GOAL);
    expect(goal?.strategies[0]?.actions[0]).toMatchObject({ title: 'Hire six coaches', ownerId: '', ownerName: '', due: '2027-08-01' });
    expect(goal?.measures[0]).toMatchObject({ name: 'Teachers coached', baseline: 10, target: 80 });
    expect(getCommentsMap(doc).size).toBe(0);
    expect(getSwotArray(doc).length).toBe(0);

    const secrets = [owner.me.user.name, owner.email, owner.me.user.id, commenter.me.user.name, commenter.email, commenter.me.user.id, COMMENT, SWOT, 'Eddie Editorson'];
    for (const secret of secrets) {
      expect(raw, `state carries “${secret}”`).not.toContain(secret);
      expect(factsText, `facts carry “${secret}”`).not.toContain(secret);
    }
  });

  it('a link shows its own plan only, even when the district publishes another', async () => {
    const first = await writtenPlan('First plan');
    const second = await writtenPlan('Second plan', OTHER_PLAN_TEXT);
    await adopt(first);
    await adopt(second);
    const firstLink = await publish(first);
    const secondLink = await publish(second);
    const firstCopy = await publicDoc(firstLink.token);
    expect(firstCopy.raw).not.toContain(OTHER_PLAN_TEXT);
    expect(firstCopy.raw).not.toContain(second);
    expect(firstCopy.factsText).toContain('First plan');
    expect(firstCopy.factsText).not.toContain(second);
    expect(sectionPlainText((await publicDoc(secondLink.token)).doc, 'mission')).toContain(OTHER_PLAN_TEXT);
  });

  it('a withdrawn link answers 404 exactly like one that never existed, and stops every use', async () => {
    const planId = await writtenPlan();
    await adopt(planId);
    const link = await publish(planId);
    const withdrawn = await api(server.url, 'DELETE', `/api/plans/${planId}/publication`, owner);
    expect(withdrawn.status).toBe(204);
    const unknown = await read('A'.repeat(43));
    const gone = await read(link.token);
    for (const answer of [unknown.facts, unknown.state, gone.facts, gone.state]) expect(answer.status).toBe(404);
    expect(await gone.facts.text()).toBe(await unknown.facts.text());
    expect(await gone.state.text()).toBe(await unknown.state.text());
    const reuse = await api(server.url, 'POST', `/api/workspaces/${elsewhere.workspaceId}/plans/from-published`, elsewhere, { token: link.token, title: 'Too late' });
    expect(reuse.status).toBe(404);
    expect(CurrentPublicationSchema.parse((await api(server.url, 'GET', `/api/plans/${planId}/publication`, owner)).body)).toBeNull();
  });

  it('publishing again replaces the link: the old token answers 404 and the new one works, and both moves are in the audit log', async () => {
    const planId = await writtenPlan();
    await adopt(planId);
    const old = await publish(planId);
    const renewed = await publish(planId);
    expect(renewed.token).not.toBe(old.token);
    expect((await read(old.token)).facts.status).toBe(404);
    expect((await read(renewed.token)).facts.status).toBe(200);
    await api(server.url, 'DELETE', `/api/plans/${planId}/publication`, owner);
    const audit = await api(server.url, 'GET', `/api/workspaces/${owner.workspaceId}/audit`, owner);
    const actions = (audit.body as { events: Array<{ action: string; plan: { id: string } | null }> }).events.filter((e) => e.plan?.id === planId).map((e) => e.action);
    expect(actions.filter((a) => a === 'plan.published')).toHaveLength(2);
    expect(actions).toContain('plan.unpublished');
  });
});

describe('starting a plan from a published plan', () => {
  it('a signed-in person of another workspace gets the sections and goals in their own workspace, without owners', async () => {
    const planId = await writtenPlan();
    await adopt(planId);
    const link = await publish(planId);
    const answer = await api(server.url, 'POST', `/api/workspaces/${elsewhere.workspaceId}/plans/from-published`, elsewhere, { token: link.token, title: 'Our plan, after Maple Valley' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const created = PlanSummarySchema.parse(answer.body);
    expect(created).toMatchObject({ workspaceId: elsewhere.workspaceId, title: 'Our plan, after Maple Valley', status: 'draft' });
    const copy = await connected(created.id, elsewhere);
    const source = await connected(planId, owner);
    expect(readSections(copy.doc).map((s) => s.title)).toEqual(readSections(source.doc).map((s) => s.title));
    expect(sectionPlainText(copy.doc, 'mission')).toContain(PUBLIC_TEXT);
    const goal = readPlanStructure(copy.doc).goals.find((g) => g.title === GOAL);
    expect(goal?.strategies[0]?.actions[0]).toMatchObject({ title: 'Hire six coaches', ownerId: '', ownerName: '' });
    expect(getCommentsMap(copy.doc).size).toBe(0);
    expect(getSwotArray(copy.doc).length).toBe(0);
    // The new plan is the copier's alone: the publishing district cannot open it.
    expect((await api(server.url, 'GET', `/api/plans/${created.id}`, owner)).status).toBe(403);
    expect((await api(server.url, 'POST', `/api/workspaces/${owner.workspaceId}/plans/from-published`, elsewhere, { token: link.token, title: 'x' })).status).toBe(404);
    expect((await api(server.url, 'POST', `/api/workspaces/${elsewhere.workspaceId}/plans/from-published`, undefined, { token: link.token, title: 'x' })).status).toBe(401);
  });

  it('bad bodies are refused with 400 and change nothing', async () => {
    const path = `/api/workspaces/${elsewhere.workspaceId}/plans/from-published`;
    const before = (await api(server.url, 'GET', `/api/workspaces/${elsewhere.workspaceId}/plans`, elsewhere)).body as { plans: unknown[] };
    const bodies: unknown[] = [{}, { title: 'No token' }, { token: 'short', title: 'x' }, { token: 'A'.repeat(43), title: '' }, { token: 'A'.repeat(43), title: 'x', extra: true }, { token: 'not base64url!'.repeat(4), title: 'x' }];
    for (const body of bodies) {
      const answer = await api(server.url, 'POST', path, elsewhere, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body).toMatchObject({ error: { code: 'invalid_request' } });
    }
    const after = (await api(server.url, 'GET', `/api/workspaces/${elsewhere.workspaceId}/plans`, elsewhere)).body as { plans: unknown[] };
    expect(after.plans).toHaveLength(before.plans.length);
  });
});

describe('the public routes under load from one address', () => {
  it('one address that reads public links too often is slowed down with 429, each public route counted on its own', async () => {
    // 1 a minute for sign-in makes the public read limit 4 a minute.
    const limited = await startServer({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '1' } });
    onTestFinished(async () => {
      await limited.stop();
      limited.cleanup();
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await fetch(`${limited.url}/api/public/plans/${'B'.repeat(43)}`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 429]);
    const slowed = await fetch(`${limited.url}/api/public/plans/${'B'.repeat(43)}/state`);
    expect(slowed.status).toBe(404);
  });
});
