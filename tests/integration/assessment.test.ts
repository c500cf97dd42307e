/**
 * Self-assessment rounds over HTTP against the real server: who may open, rate, read and
 * close, and that nobody reads anyone else's ratings while a round is open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoundDetailSchema, RoundListSchema, type RoundDetail } from '../../shared/assessment.ts';
import { api, createPlan, signUp, type Person } from '../helpers/clients.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let owner: Person;
let editor: Person;
let viewer: Person;
let stranger: Person;
let planId: string;

const rounds = (plan = planId) => `/api/plans/${plan}/assessment/rounds`;

beforeAll(async () => {
  server = await startServer();
  owner = await signUp(server.url, 'Olivia Owner');
  editor = await signUp(server.url, 'Eddie Editor');
  viewer = await signUp(server.url, 'Vera Viewer');
  stranger = await signUp(server.url, 'Stan Stranger');
  planId = (await createPlan(server.url, owner)).id;
  for (const [person, role] of [[editor, 'editor'], [viewer, 'viewer']] as const) {
    const shared = await api(server.url, 'POST', `/api/plans/${planId}/members`, owner, { email: person.me.user.email, role });
    expect(shared.status).toBe(201);
  }
});
afterAll(async () => {
  await server?.stop();
  server?.cleanup();
});

async function openRound(name: string, plan = planId): Promise<RoundDetail> {
  const opened = await api(server.url, 'POST', rounds(plan), owner, { name, frameworkId: 'iste-ec-14' });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  return RoundDetailSchema.parse(opened.body);
}

async function rate(person: Person, roundId: string, ratings: Array<{ conditionId: string; level: number; evidence: string }>) {
  return api(server.url, 'PUT', `${rounds()}/${roundId}/ratings`, person, { ratings });
}

async function close(person: Person, roundId: string) {
  return api(server.url, 'POST', `${rounds()}/${roundId}/close`, person, {});
}

/** Every body a person can read about the plan's rounds, as one string. */
async function everythingVisibleTo(person: Person, roundId: string): Promise<string> {
  const list = await api(server.url, 'GET', rounds(), person);
  const one = await api(server.url, 'GET', `${rounds()}/${roundId}`, person);
  expect(list.status).toBe(200);
  expect(one.status).toBe(200);
  return JSON.stringify([list.body, one.body]);
}

describe('a self-assessment round', () => {
  it('keeps each rating private to its rater while open, then shows exact aggregates to everyone after close', async () => {
    const round = await openRound('Autumn 2026');
    expect(round).toMatchObject({ status: 'open', frameworkId: 'iste-ec-14', raters: 0, eligible: 2, results: null, mine: [], openedBy: 'Olivia Owner' });

    const byEditor = await rate(editor, round.id, [
      { conditionId: 'technical-support', level: 2, evidence: 'EDITOR-NOTE tickets wait a week' },
      { conditionId: 'shared-vision', level: 1, evidence: '' },
    ]);
    expect(byEditor.status, JSON.stringify(byEditor.body)).toBe(200);
    const byOwner = await rate(owner, round.id, [
      { conditionId: 'technical-support', level: 4, evidence: 'OWNER-NOTE new help desk' },
      { conditionId: 'shared-vision', level: 3, evidence: '' },
    ]);
    expect(byOwner.status).toBe(200);

    const seenByOwner = await everythingVisibleTo(owner, round.id);
    const seenByEditor = await everythingVisibleTo(editor, round.id);
    const seenByViewer = await everythingVisibleTo(viewer, round.id);
    expect(seenByOwner).toContain('OWNER-NOTE');
    expect(seenByOwner).not.toMatch(/EDITOR-NOTE|Eddie|level":2|level":1/);
    expect(seenByEditor).toContain('EDITOR-NOTE');
    expect(seenByEditor).not.toMatch(/OWNER-NOTE|level":4|level":3/);
    expect(seenByViewer).not.toMatch(/NOTE|Eddie|"level"/);
    const detail = RoundDetailSchema.parse((await api(server.url, 'GET', `${rounds()}/${round.id}`, viewer)).body);
    expect(detail).toMatchObject({ raters: 2, eligible: 2, results: null, mine: [] });

    const closed = await close(owner, round.id);
    expect(closed.status).toBe(200);
    const list = RoundListSchema.parse((await api(server.url, 'GET', rounds(), viewer)).body);
    const results = list.rounds.find((r) => r.id === round.id)?.results ?? [];
    expect(results.map((r) => r.conditionId)).toHaveLength(14);
    expect(results.find((r) => r.conditionId === 'technical-support')).toEqual({
      conditionId: 'technical-support', n: 2, mean: 3, sd: 1, min: 2, max: 4, counts: [0, 1, 0, 1],
      notes: ['EDITOR-NOTE tickets wait a week', 'OWNER-NOTE new help desk'],
    });
    expect(results.find((r) => r.conditionId === 'shared-vision')).toMatchObject({ n: 2, mean: 2, sd: 1, min: 1, max: 3 });
    expect(results.find((r) => r.conditionId === 'equitable-access')).toMatchObject({ n: 0, mean: null, counts: [0, 0, 0, 0] });
    expect(JSON.stringify(list)).not.toMatch(/Eddie|userId|rater"/);

    const late = await rate(editor, round.id, [{ conditionId: 'technical-support', level: 3, evidence: '' }]);
    expect(late.status).toBe(409);
    expect((late.body as { error: { code: string } }).error.code).toBe('round_closed');
    expect((await close(owner, round.id)).status).toBe(409);
  });

  it('allows one open round at a time', async () => {
    const round = await openRound('Winter 2026');
    const second = await api(server.url, 'POST', rounds(), owner, { name: 'Another', frameworkId: 'iste-ec-14' });
    expect(second.status).toBe(409);
    expect((second.body as { error: { code: string } }).error.code).toBe('round_open');
    expect((await close(owner, round.id)).status).toBe(200);
  });

  it('records opening and closing a round in the workspace audit log', async () => {
    const round = await openRound('Audit check');
    expect((await close(owner, round.id)).status).toBe(200);
    const audit = await api(server.url, 'GET', `/api/workspaces/${owner.workspaceId}/audit`, owner);
    expect(audit.status).toBe(200);
    const events = (audit.body as { events: Array<{ action: string; detail: string }> }).events;
    expect(events.filter((e) => e.detail === '“Audit check”').map((e) => e.action)).toEqual(['assessment.closed', 'assessment.opened']);
  });
});

describe('who may do what with rounds', () => {
  it('lets a viewer read but not rate, and an editor rate but not open or close', async () => {
    const round = await openRound('Permissions');
    expect((await rate(viewer, round.id, [{ conditionId: 'shared-vision', level: 2, evidence: '' }])).status).toBe(403);
    expect((await api(server.url, 'POST', rounds(), editor, { name: 'Mine', frameworkId: 'iste-ec-14' })).status).toBe(403);
    expect((await close(editor, round.id)).status).toBe(403);
    expect((await close(viewer, round.id)).status).toBe(403);
    const after = RoundDetailSchema.parse((await api(server.url, 'GET', `${rounds()}/${round.id}`, owner)).body);
    expect(after).toMatchObject({ status: 'open', raters: 0 });
    expect((await close(owner, round.id)).status).toBe(200);
  });

  it('tells a stranger and the signed-out nothing about the plan', async () => {
    const round = await openRound('Strangers');
    for (const [method, path, body] of [
      ['GET', rounds(), undefined],
      ['GET', `${rounds()}/${round.id}`, undefined],
      ['POST', rounds(), { name: 'x', frameworkId: 'iste-ec-14' }],
      ['PUT', `${rounds()}/${round.id}/ratings`, { ratings: [] }],
      ['POST', `${rounds()}/${round.id}/close`, {}],
    ] as const) {
      expect((await api(server.url, method, path, stranger, body)).status, `${method} ${path}`).toBe(404);
      expect((await api(server.url, method, path, undefined, body)).status, `${method} ${path}`).toBe(401);
    }
    expect((await close(owner, round.id)).status).toBe(200);
  });

  it('answers 404 for a round of another plan', async () => {
    const otherPlan = (await createPlan(server.url, owner, 'Another plan')).id;
    const elsewhere = await openRound('Elsewhere', otherPlan);
    expect((await api(server.url, 'GET', `${rounds()}/${elsewhere.id}`, editor)).status).toBe(404);
    expect((await rate(editor, elsewhere.id, [])).status).toBe(404);
  });
});

describe('bad requests', () => {
  const BAD_RATINGS: Array<{ name: string; body: unknown; code: string }> = [
    { name: 'a level of 5', body: { ratings: [{ conditionId: 'shared-vision', level: 5, evidence: '' }] }, code: 'invalid_request' },
    { name: 'a missing evidence field', body: { ratings: [{ conditionId: 'shared-vision', level: 2 }] }, code: 'invalid_request' },
    { name: 'a condition rated twice', body: { ratings: [{ conditionId: 'shared-vision', level: 2, evidence: '' }, { conditionId: 'shared-vision', level: 3, evidence: '' }] }, code: 'invalid_request' },
    { name: 'a condition of no lens', body: { ratings: [{ conditionId: 'shared-vision', level: 2, evidence: '' }, { conditionId: 'made-up', level: 2, evidence: '' }] }, code: 'unknown_condition' },
    { name: 'a condition of another lens', body: { ratings: [{ conditionId: 'prepared-educators', level: 2, evidence: '' }] }, code: 'unknown_condition' },
    { name: 'no ratings list', body: { levels: [] }, code: 'invalid_request' },
  ];

  it.each(BAD_RATINGS)('ratings with $name answer 400 and change nothing', async ({ body, code }) => {
    const list = RoundListSchema.parse((await api(server.url, 'GET', rounds(), owner)).body);
    const open = list.rounds.find((r) => r.status === 'open') ?? (await openRound('Bad bodies'));
    const good = await rate(editor, open.id, [{ conditionId: 'equitable-access', level: 3, evidence: 'kept' }]);
    expect(good.status).toBe(200);
    const response = await api(server.url, 'PUT', `${rounds()}/${open.id}/ratings`, editor, body);
    expect(response.status).toBe(400);
    expect((response.body as { error: { code: string } }).error.code).toBe(code);
    const after = RoundDetailSchema.parse((await api(server.url, 'GET', `${rounds()}/${open.id}`, editor)).body);
    expect(after.mine).toEqual([{ conditionId: 'equitable-access', level: 3, evidence: 'kept' }]);
  });

  it.each([
    { name: 'an empty name', body: { name: '  ', frameworkId: 'iste-ec-14' } },
    { name: 'an unknown lens', body: { name: 'Round', frameworkId: 'no-such-lens' } },
    { name: 'an extra field', body: { name: 'Round', frameworkId: 'iste-ec-14', status: 'closed' } },
  ])('opening a round with $name answers 400 and opens nothing', async ({ body }) => {
    const before = RoundListSchema.parse((await api(server.url, 'GET', rounds(), owner)).body).rounds.length;
    const response = await api(server.url, 'POST', rounds(), owner, body);
    expect(response.status).toBe(400);
    expect(RoundListSchema.parse((await api(server.url, 'GET', rounds(), owner)).body).rounds).toHaveLength(before);
  });
});
