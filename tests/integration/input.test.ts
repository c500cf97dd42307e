/**
 * Stakeholder input rounds over HTTP against the real server: who may open, take part, read
 * results and close; that participants stay pseudonymous to everyone; and that the results
 * are exact for known ratings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputResultsSchema, InputRoundListSchema, InputRoundSummarySchema, ParticipantViewSchema, type InputRoundSummary, type ParticipantView } from '../../shared/input.ts';
import { api, createPlan, signUp, type Person } from '../helpers/clients.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let owner: Person;
let pat: Person;
let rosa: Person;
let editor: Person;
let viewer: Person;
let stranger: Person;
let planId: string;

const rounds = (plan = planId) => `/api/plans/${plan}/input/rounds`;
const round = (roundId: string, plan = planId) => `${rounds(plan)}/${roundId}`;

beforeAll(async () => {
  server = await startServer();
  owner = await signUp(server.url, 'Olivia Owner');
  pat = await signUp(server.url, 'Pat Parent');
  rosa = await signUp(server.url, 'Rosa Resident');
  editor = await signUp(server.url, 'Eddie Editor');
  viewer = await signUp(server.url, 'Vera Viewer');
  stranger = await signUp(server.url, 'Stan Stranger');
  planId = (await createPlan(server.url, owner)).id;
  for (const [person, role] of [[pat, 'commenter'], [rosa, 'commenter'], [editor, 'editor'], [viewer, 'viewer']] as const) {
    const shared = await api(server.url, 'POST', `/api/plans/${planId}/members`, owner, { email: person.me.user.email, role });
    expect(shared.status).toBe(201);
  }
});
afterAll(async () => {
  await server?.stop();
  server?.cleanup();
});

async function openRound(name: string, plan = planId): Promise<InputRoundSummary> {
  const opened = await api(server.url, 'POST', rounds(plan), owner, { name, audience: 'Parents', sectionIds: ['vision', 'budget'] });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  return InputRoundSummarySchema.parse(opened.body);
}

/** A person's write, with every body they got back kept in `seen` for the privacy checks. */
async function send(seen: Map<Person, string[]>, person: Person, method: string, path: string, body: unknown, status: number): Promise<ParticipantView> {
  const response = await api(server.url, method, path, person, body);
  seen.set(person, [...(seen.get(person) ?? []), JSON.stringify(response.body)]);
  expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(status);
  return ParticipantViewSchema.parse(response.body);
}

function identities(person: Person): string[] {
  return [person.me.user.id, person.me.user.name, person.me.user.email];
}

describe('an input round', () => {
  it('keeps participants pseudonymous to each other and to the facilitator, and gives exact results', async () => {
    const opened = await openRound('Spring 2027');
    expect(opened).toMatchObject({ audience: 'Parents', sectionIds: ['vision', 'budget'], status: 'open', participants: 0, openedBy: 'Olivia Owner' });
    const seen = new Map<Person, string[]>();
    const at = round(opened.id);

    await send(seen, pat, 'PUT', `${at}/section-ratings`, { sectionId: 'vision', rating: 4 }, 200);
    await send(seen, pat, 'PUT', `${at}/section-ratings`, { sectionId: 'budget', rating: 2 }, 200);
    const patView = await send(seen, pat, 'POST', `${at}/points`, { sectionId: 'vision', body: 'PAT-POINT Say what learning is for first' }, 201);
    await send(seen, rosa, 'PUT', `${at}/section-ratings`, { sectionId: 'vision', rating: 2 }, 200);
    const rosaView = await send(seen, rosa, 'POST', `${at}/points`, { sectionId: 'vision', body: 'ROSA-POINT Families need device help at home' }, 201);
    const patsPoint = rosaView.points.find((p) => p.body.startsWith('PAT-POINT'))!;
    const rosasPoint = rosaView.points.find((p) => p.body.startsWith('ROSA-POINT'))!;
    const rated = await send(seen, rosa, 'PUT', `${at}/points/${patsPoint.id}/rating`, { rating: 5 }, 200);
    expect(rated.points.find((p) => p.id === patsPoint.id)).toMatchObject({ mine: false, myRating: 5 });
    await send(seen, pat, 'PUT', `${at}/points/${rosasPoint.id}/rating`, { rating: 1 }, 200);
    await send(seen, editor, 'PUT', `${at}/points/${patsPoint.id}/rating`, { rating: 3 }, 200);
    await send(seen, editor, 'PUT', `${at}/points/${rosasPoint.id}/rating`, { rating: 4 }, 200);

    // Each participant sees their own pseudonym on their own point, and another on the other's.
    expect(patView.pseudonym).toMatch(/^\w+ \w+$/);
    expect(patView.points.find((p) => p.mine)?.pseudonym).toBe(patView.pseudonym);
    expect(rosasPoint).toMatchObject({ mine: true, myRating: null, pseudonym: rosaView.pseudonym });
    expect(rosaView.pseudonym).not.toBe(patView.pseudonym);
    expect(patsPoint.pseudonym).toBe(patView.pseudonym);

    // Nobody's own point is theirs to rate; the refusal changes nothing.
    const own = await api(server.url, 'PUT', `${at}/points/${patsPoint.id}/rating`, pat, { rating: 5 });
    expect(own.status).toBe(409);
    expect((own.body as { error: { code: string } }).error.code).toBe('own_point');

    // Results while open: the facilitator only.
    for (const person of [pat, rosa, editor, viewer]) expect((await api(server.url, 'GET', `${at}/results`, person)).status).toBe(403);
    const early = await api(server.url, 'GET', `${at}/results`, owner);
    expect(early.status).toBe(200);

    for (const person of [pat, rosa]) {
      for (const path of [rounds(), at, `${at}/results`]) {
        const response = await api(server.url, 'GET', path, person);
        seen.set(person, [...(seen.get(person) ?? []), JSON.stringify(response.body)]);
      }
    }
    const readByPat = (seen.get(pat) ?? []).join('\n');
    const readByRosa = (seen.get(rosa) ?? []).join('\n');
    for (const secret of [...identities(rosa), ...identities(editor)]) expect(readByPat).not.toContain(secret);
    for (const secret of [...identities(pat), ...identities(editor)]) expect(readByRosa).not.toContain(secret);
    const readByOwner = JSON.stringify(early.body);
    for (const secret of [...identities(pat), ...identities(rosa), ...identities(editor)]) expect(readByOwner).not.toContain(secret);
    expect(readByOwner).not.toMatch(/userId|user_id|email/);

    expect((await api(server.url, 'POST', `${at}/close`, owner, {})).status).toBe(200);
    const results = InputResultsSchema.parse((await api(server.url, 'GET', `${at}/results`, viewer)).body);
    expect(results).toMatchObject({ status: 'closed', participants: 3 });
    const [vision, budget] = results.sections;
    expect(vision).toMatchObject({ sectionId: 'vision', participants: 3, n: 2, mean: 3, sd: 1, min: 2, max: 4, counts: [0, 1, 0, 1, 0] });
    expect(vision?.topRated).toEqual([patsPoint.id, rosasPoint.id]);
    expect(vision?.mostDisputed).toEqual([rosasPoint.id, patsPoint.id]);
    expect(vision?.points.find((p) => p.id === patsPoint.id)).toMatchObject({ pseudonym: patView.pseudonym, n: 2, mean: 4, sd: 1, min: 3, max: 5, used: false });
    expect(vision?.points.find((p) => p.id === rosasPoint.id)).toMatchObject({ n: 2, mean: 2.5, sd: 1.5, min: 1, max: 4 });
    expect(budget).toEqual({ sectionId: 'budget', participants: 1, n: 1, mean: 2, sd: 0, min: 2, max: 2, counts: [0, 1, 0, 0, 0], points: [], topRated: [], mostDisputed: [] });

    for (const [person, method, path, body] of [
      [pat, 'PUT', `${at}/section-ratings`, { sectionId: 'vision', rating: 5 }],
      [rosa, 'POST', `${at}/points`, { sectionId: 'vision', body: 'Too late' }],
      [rosa, 'PUT', `${at}/points/${patsPoint.id}/rating`, { rating: 1 }],
      [owner, 'POST', `${at}/close`, {}],
    ] as const) {
      const late = await api(server.url, method, path, person, body);
      expect(late.status, `${method} ${path}`).toBe(409);
      expect((late.body as { error: { code: string } }).error.code).toBe('round_closed');
    }
    expect(InputResultsSchema.parse((await api(server.url, 'GET', `${at}/results`, owner)).body).sections).toEqual(results.sections);
  });

  it('lets the facilitator mark a point as used in the plan, once, for everyone to see', async () => {
    const opened = await openRound('Used points');
    const view = ParticipantViewSchema.parse((await api(server.url, 'POST', `${round(opened.id)}/points`, pat, { sectionId: 'budget', body: 'Fund refresh every four years' })).body);
    const pointId = view.points[0]!.id;
    const used = `${round(opened.id)}/points/${pointId}/used`;
    for (const person of [pat, editor]) expect((await api(server.url, 'POST', used, person, {})).status).toBe(403);
    const first = await api(server.url, 'POST', used, owner, {});
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: pointId, sectionId: 'budget', body: 'Fund refresh every four years' });
    expect((await api(server.url, 'POST', used, owner, {})).body).toEqual(first.body);
    expect((await api(server.url, 'POST', `${round(opened.id)}/points/no-such-point/used`, owner, {})).status).toBe(404);
    const results = InputResultsSchema.parse((await api(server.url, 'GET', `${round(opened.id)}/results`, owner)).body);
    expect(results.sections[1]?.points[0]).toMatchObject({ id: pointId, used: true });
  });

  it('records opening and closing in the workspace audit log', async () => {
    const opened = await openRound('Audit check');
    expect((await api(server.url, 'POST', `${round(opened.id)}/close`, owner, {})).status).toBe(200);
    const audit = await api(server.url, 'GET', `/api/workspaces/${owner.workspaceId}/audit`, owner);
    const events = (audit.body as { events: Array<{ action: string; detail: string }> }).events;
    expect(events.filter((e) => e.detail === '“Audit check” for Parents').map((e) => e.action)).toEqual(['input.closed', 'input.opened']);
  });
});

describe('who may do what', () => {
  it('keeps a viewer out of taking part, and an editor from opening, closing or using points', async () => {
    const opened = await openRound('Permissions');
    const at = round(opened.id);
    const view = ParticipantViewSchema.parse((await api(server.url, 'POST', `${at}/points`, pat, { sectionId: 'vision', body: 'A point' })).body);
    for (const [method, path, body] of [
      ['GET', at, undefined],
      ['PUT', `${at}/section-ratings`, { sectionId: 'vision', rating: 3 }],
      ['POST', `${at}/points`, { sectionId: 'vision', body: 'Viewer point' }],
      ['PUT', `${at}/points/${view.points[0]!.id}/rating`, { rating: 3 }],
    ] as const) {
      expect((await api(server.url, method, path, viewer, body)).status, `${method} ${path}`).toBe(403);
    }
    expect((await api(server.url, 'GET', rounds(), viewer)).status).toBe(200);
    expect((await api(server.url, 'POST', rounds(), editor, { name: 'Mine', audience: 'Teachers', sectionIds: ['vision'] })).status).toBe(403);
    expect((await api(server.url, 'POST', `${at}/close`, editor, {})).status).toBe(403);
    const after = InputRoundListSchema.parse((await api(server.url, 'GET', rounds(), owner)).body).rounds.find((r) => r.id === opened.id);
    expect(after).toMatchObject({ status: 'open', participants: 1 });
    expect((await api(server.url, 'POST', `${at}/close`, owner, {})).status).toBe(200);
  });

  it('tells a stranger and the signed-out nothing about the plan', async () => {
    const opened = await openRound('Strangers');
    const at = round(opened.id);
    for (const [method, path, body] of [
      ['GET', rounds(), undefined],
      ['POST', rounds(), { name: 'x', audience: 'Parents', sectionIds: ['vision'] }],
      ['GET', at, undefined],
      ['GET', `${at}/results`, undefined],
      ['PUT', `${at}/section-ratings`, { sectionId: 'vision', rating: 3 }],
      ['POST', `${at}/points`, { sectionId: 'vision', body: 'x' }],
      ['POST', `${at}/close`, {}],
    ] as const) {
      expect((await api(server.url, method, path, stranger, body)).status, `${method} ${path}`).toBe(404);
      expect((await api(server.url, method, path, undefined, body)).status, `${method} ${path}`).toBe(401);
    }
    expect((await api(server.url, 'POST', `${at}/close`, owner, {})).status).toBe(200);
  });

  it('answers 404 for a round of another plan', async () => {
    const otherPlan = (await createPlan(server.url, owner, 'Another plan')).id;
    const elsewhere = await openRound('Elsewhere', otherPlan);
    expect((await api(server.url, 'GET', round(elsewhere.id), pat)).status).toBe(404);
    expect((await api(server.url, 'PUT', `${round(elsewhere.id)}/section-ratings`, pat, { sectionId: 'vision', rating: 3 })).status).toBe(404);
  });
});

describe('bad requests', () => {
  const BAD_WRITES: Array<{ name: string; path: 'section-ratings' | 'points'; body: unknown; code: string }> = [
    { name: 'a rating of 6', path: 'section-ratings', body: { sectionId: 'vision', rating: 6 }, code: 'invalid_request' },
    { name: 'a rating of 2.5', path: 'section-ratings', body: { sectionId: 'vision', rating: 2.5 }, code: 'invalid_request' },
    { name: 'a section outside the round', path: 'section-ratings', body: { sectionId: 'mission', rating: 3 }, code: 'unknown_section' },
    { name: 'an extra field', path: 'section-ratings', body: { sectionId: 'vision', rating: 3, userId: 'x' }, code: 'invalid_request' },
    { name: 'an empty point', path: 'points', body: { sectionId: 'vision', body: '   ' }, code: 'invalid_request' },
    { name: 'a point of 501 characters', path: 'points', body: { sectionId: 'vision', body: 'x'.repeat(501) }, code: 'invalid_request' },
    { name: 'a point about a section outside the round', path: 'points', body: { sectionId: 'mission', body: 'Elsewhere' }, code: 'unknown_section' },
  ];

  it.each(BAD_WRITES)('$name answers 400 and changes nothing', async ({ path, body, code }) => {
    const list = InputRoundListSchema.parse((await api(server.url, 'GET', rounds(), owner)).body);
    const open = list.rounds.find((r) => r.status === 'open' && r.name === 'Bad bodies') ?? (await openRound('Bad bodies'));
    expect((await api(server.url, 'PUT', `${round(open.id)}/section-ratings`, rosa, { sectionId: 'vision', rating: 3 })).status).toBe(200);
    const before = (await api(server.url, 'GET', round(open.id), rosa)).body;
    const response = await api(server.url, path === 'points' ? 'POST' : 'PUT', `${round(open.id)}/${path}`, rosa, body);
    expect(response.status).toBe(400);
    expect((response.body as { error: { code: string } }).error.code).toBe(code);
    expect((await api(server.url, 'GET', round(open.id), rosa)).body).toEqual(before);
  });

  it.each([
    { name: 'no sections', body: { name: 'Round', audience: 'Parents', sectionIds: [] } },
    { name: 'a section the plan does not have', body: { name: 'Round', audience: 'Parents', sectionIds: ['vision', 'made-up'] } },
    { name: 'a blank audience', body: { name: 'Round', audience: ' ', sectionIds: ['vision'] } },
    { name: 'an empty name', body: { name: '', audience: 'Parents', sectionIds: ['vision'] } },
    { name: 'an extra field', body: { name: 'Round', audience: 'Parents', sectionIds: ['vision'], status: 'closed' } },
  ])('opening a round with $name answers 400 and opens nothing', async ({ body }) => {
    const before = InputRoundListSchema.parse((await api(server.url, 'GET', rounds(), owner)).body).rounds.length;
    expect((await api(server.url, 'POST', rounds(), owner, body)).status).toBe(400);
    expect(InputRoundListSchema.parse((await api(server.url, 'GET', rounds(), owner)).body).rounds).toHaveLength(before);
  });

  it('a star rating out of range answers 400 and leaves the rating as it was', async () => {
    const opened = await openRound('Bad stars');
    const at = round(opened.id);
    const withPoint = ParticipantViewSchema.parse((await api(server.url, 'POST', `${at}/points`, pat, { sectionId: 'vision', body: 'Rate me' })).body);
    const pointId = withPoint.points[0]!.id;
    expect((await api(server.url, 'PUT', `${at}/points/${pointId}/rating`, rosa, { rating: 4 })).status).toBe(200);
    expect((await api(server.url, 'PUT', `${at}/points/${pointId}/rating`, rosa, { rating: 0 })).status).toBe(400);
    expect((await api(server.url, 'PUT', `${at}/points/no-such-point/rating`, rosa, { rating: 3 })).status).toBe(404);
    const after = ParticipantViewSchema.parse((await api(server.url, 'GET', at, rosa)).body);
    expect(after.points.find((p) => p.id === pointId)?.myRating).toBe(4);
  });
});
