/**
 * The role × action matrix over HTTP: every cell asserted, for the workspace owner and a
 * facilitator, people the plan is shared with as editor, commenter and viewer, an outsider
 * and the signed-out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createPlan, signUp, type Person } from '../helpers/clients.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

type Who = 'owner' | 'facilitator' | 'editor' | 'commenter' | 'viewer' | 'outsider' | 'anonymous';
const EVERYONE: Who[] = ['owner', 'facilitator', 'editor', 'commenter', 'viewer', 'outsider', 'anonymous'];

let server: RunningServer;
const people = {} as Record<Exclude<Who, 'anonymous'>, Person>;
let planId: string;
let workspaceId: string;

async function shareWith(person: Person, role: 'editor' | 'commenter' | 'viewer', plan = planId): Promise<void> {
  const shared = await api(server.url, 'POST', `/api/plans/${plan}/members`, people.owner, { email: person.me.user.email, role });
  expect(shared.status).toBe(201);
}

beforeAll(async () => {
  server = await startServer();
  for (const who of EVERYONE) if (who !== 'anonymous') people[who] = await signUp(server.url, who);
  workspaceId = people.owner.workspaceId;
  planId = (await createPlan(server.url, people.owner)).id;
  const added = await api(server.url, 'POST', `/api/workspaces/${workspaceId}/members`, people.owner, { email: people.facilitator.me.user.email, role: 'facilitator' });
  expect(added.status).toBe(201);
  await shareWith(people.editor, 'editor');
  await shareWith(people.commenter, 'commenter');
  await shareWith(people.viewer, 'viewer');
});
afterAll(async () => {
  await server?.stop();
  server?.cleanup();
});

/** A fresh plan member for actions that consume their target. */
async function freshMember(): Promise<Person> {
  const person = await signUp(server.url, 'Target');
  await shareWith(person, 'viewer');
  return person;
}

const MANAGERS_ONLY = (ok: number): Record<Who, number> => ({
  owner: ok, facilitator: ok, editor: 403, commenter: 403, viewer: 403, outsider: 403, anonymous: 401,
});

const MATRIX: Array<{ action: string; expect: Record<Who, number>; request: () => Promise<{ method: string; path: string; body?: unknown }> }> = [
  {
    action: 'read the plan',
    expect: { owner: 200, facilitator: 200, editor: 200, commenter: 200, viewer: 200, outsider: 403, anonymous: 401 },
    request: async () => ({ method: 'GET', path: `/api/plans/${planId}` }),
  },
  { action: 'list members', expect: MANAGERS_ONLY(200), request: async () => ({ method: 'GET', path: `/api/plans/${planId}/members` }) },
  {
    action: 'share the plan',
    expect: MANAGERS_ONLY(201),
    request: async () => ({ method: 'POST', path: `/api/plans/${planId}/members`, body: { email: `new-${Math.random()}@example.org`, role: 'viewer' } }),
  },
  {
    action: 'change a member’s role',
    expect: MANAGERS_ONLY(200),
    request: async () => ({ method: 'PATCH', path: `/api/plans/${planId}/members/${(await freshMember()).me.user.id}`, body: { role: 'commenter' } }),
  },
  {
    action: 'remove a member',
    expect: MANAGERS_ONLY(204),
    request: async () => ({ method: 'DELETE', path: `/api/plans/${planId}/members/${(await freshMember()).me.user.id}` }),
  },
  { action: 'create an invite link', expect: MANAGERS_ONLY(201), request: async () => ({ method: 'POST', path: `/api/plans/${planId}/invites`, body: { role: 'viewer' } }) },
  {
    action: 'lock a section',
    expect: MANAGERS_ONLY(200),
    request: async () => ({ method: 'PUT', path: `/api/plans/${planId}/sections/budget/editors`, body: { editorIds: [people.editor.me.user.id] } }),
  },
  {
    action: 'read the audit log',
    expect: { owner: 200, facilitator: 200, editor: 404, commenter: 404, viewer: 404, outsider: 404, anonymous: 401 },
    request: async () => ({ method: 'GET', path: `/api/workspaces/${workspaceId}/audit` }),
  },
  {
    action: 'create a plan in the workspace',
    expect: { owner: 201, facilitator: 201, editor: 404, commenter: 404, viewer: 404, outsider: 404, anonymous: 401 },
    request: async () => ({ method: 'POST', path: `/api/workspaces/${workspaceId}/plans`, body: { title: 'Another', templateId: 'district-technology-plan' } }),
  },
];

describe('who may do what over HTTP', () => {
  for (const row of MATRIX) {
    it.each(EVERYONE)(`${row.action}: %s`, async (who) => {
      const { method, path, body } = await row.request();
      const person = who === 'anonymous' ? undefined : people[who];
      const response = await api(server.url, method, path, person, body);
      expect(response.status, JSON.stringify(response.body)).toBe(row.expect[who]);
    });
  }
});

describe('limits on managing roles', () => {
  it('nobody changes their own role, in the plan or the workspace', async () => {
    const ownPlan = await api(server.url, 'PATCH', `/api/plans/${planId}/members/${people.owner.me.user.id}`, people.owner, { role: 'viewer' });
    expect(ownPlan.status).toBe(403);
    const ownWorkspace = await api(server.url, 'PATCH', `/api/workspaces/${workspaceId}/members/${people.facilitator.me.user.id}`, people.facilitator, { role: 'editor' });
    expect(ownWorkspace.status).toBe(403);
    expect((ownWorkspace.body as { error: { code: string } }).error.code).toBe('own_role');
  });

  it('a facilitator cannot make another facilitator or touch the owner', async () => {
    const someone = await signUp(server.url, 'Someone');
    const grant = await api(server.url, 'POST', `/api/workspaces/${workspaceId}/members`, people.facilitator, { email: someone.me.user.email, role: 'facilitator' });
    expect(grant.status).toBe(403);
    const demoteOwner = await api(server.url, 'PATCH', `/api/workspaces/${workspaceId}/members/${people.owner.me.user.id}`, people.facilitator, { role: 'viewer' });
    expect(demoteOwner.status).toBe(403);
  });

  it('refuses a sharing change sent from another site', async () => {
    const response = await api(server.url, 'POST', `/api/plans/${planId}/invites`, people.owner, { role: 'editor' }, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });
});

describe('invites', () => {
  it('an invite link grants its role once, to the address it was made for', async () => {
    const email = `invitee-${Date.now()}@example.org`;
    const shared = await api(server.url, 'POST', `/api/plans/${planId}/members`, people.owner, { email, role: 'commenter' });
    const invite = (shared.body as { kind: string; invite: { url: string } });
    expect(invite.kind).toBe('invite');
    const token = invite.invite.url.split('/invite/')[1]!;

    const preview = await api(server.url, 'GET', `/api/invites/${token}`);
    expect(preview.body).toMatchObject({ planId, role: 'commenter', invitedBy: 'owner' });

    const wrongPerson = await api(server.url, 'POST', `/api/invites/${token}/accept`, people.outsider);
    expect(wrongPerson.status).toBe(403);

    const invitee = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Invitee', email, password: 'a long enough password', district: 'Theirs' }),
    });
    const cookie = (invitee.headers.get('set-cookie') ?? '').split(';')[0]!;
    const accepted = await fetch(`${server.url}/api/invites/${token}/accept`, { method: 'POST', headers: { cookie } });
    expect(await accepted.json()).toEqual({ planId, role: 'commenter' });
    const again = await fetch(`${server.url}/api/invites/${token}/accept`, { method: 'POST', headers: { cookie } });
    expect(again.status).toBe(410);

    const shared2 = await fetch(`${server.url}/api/plans/shared`, { headers: { cookie } });
    expect(((await shared2.json()) as { plans: Array<{ id: string }> }).plans.map((p) => p.id)).toContain(planId);
  });

  it('signing up with an invite needs no district, creates no workspace and accepts the invite', async () => {
    const email = `joiner-${Date.now()}@example.org`;
    const shared = await api(server.url, 'POST', `/api/plans/${planId}/members`, people.owner, { email, role: 'editor' });
    const token = (shared.body as { invite: { url: string } }).invite.url.split('/invite/')[1]!;
    expect((await api(server.url, 'GET', `/api/invites/${token}`)).body).toMatchObject({ email, role: 'editor' });

    const badToken = await api(server.url, 'POST', '/api/auth/signup', undefined, { name: 'J', email, password: 'a long enough password', inviteToken: 'x'.repeat(32) });
    expect(badToken.status).toBe(404);
    const noDistrict = await api(server.url, 'POST', '/api/auth/signup', undefined, { name: 'J', email: `other-${email}`, password: 'a long enough password' });
    expect(noDistrict.status).toBe(400);

    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Joiner', email, password: 'a long enough password', inviteToken: token }),
    });
    expect(signup.status).toBe(201);
    expect(((await signup.json()) as { workspaces: unknown[] }).workspaces).toEqual([]);
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0]!;
    const meta = await fetch(`${server.url}/api/plans/${planId}`, { headers: { cookie } });
    expect(((await meta.json()) as { role: string }).role).toBe('editor');
  });

  it('a section can be locked only to people who can edit', async () => {
    const lock = await api(server.url, 'PUT', `/api/plans/${planId}/sections/vision/editors`, people.owner, { editorIds: [people.viewer.me.user.id] });
    expect(lock.status).toBe(400);
  });

  it('a revoked invite no longer opens', async () => {
    const created = await api(server.url, 'POST', `/api/plans/${planId}/invites`, people.owner, { role: 'viewer' });
    const { id, url } = created.body as { id: string; url: string };
    expect((await api(server.url, 'DELETE', `/api/plans/${planId}/invites/${id}`, people.owner)).status).toBe(204);
    expect((await api(server.url, 'GET', `/api/invites/${url.split('/invite/')[1]}`)).status).toBe(404);
  });
});

describe('the audit log', () => {
  it('records who shared, changed roles and locked sections', async () => {
    const log = await api(server.url, 'GET', `/api/workspaces/${workspaceId}/audit`, people.owner);
    const actions = (log.body as { events: Array<{ action: string; actor: { name: string } }> }).events.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['workspace.member_added', 'member.added', 'member.role_changed', 'member.removed', 'invite.created', 'section.locked']));
  });
});

describe('rate limits', () => {
  it('slows down repeated sign-in attempts from one address', async () => {
    const limited = await startServer({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        statuses.push((await api(limited.url, 'POST', '/api/auth/login', undefined, { email: 'x@example.org', password: 'wrong password' })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.stop();
      limited.cleanup();
    }
  });
});
