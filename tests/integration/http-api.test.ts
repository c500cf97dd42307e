import { describe, expect, it } from 'vitest';
import { ErrorBodySchema, MeSchema, PlanListSchema, PlanMetaSchema } from '../../shared/schemas.ts';
import { createPlan, signUp, type Person } from '../helpers/clients.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import type { RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let owner: Person;

useServerWithOwner((s, o) => {
  server = s;
  owner = o;
});

function call(path: string, init: RequestInit & { json?: unknown; cookie?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = init.cookie;
  return fetch(`${server.url}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
}

async function expectError(response: Response, status: number, code: string): Promise<string> {
  expect(response.status).toBe(status);
  const body = ErrorBodySchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  return body.error.message;
}

describe('accounts', () => {
  it('answers health', async () => {
    expect(await (await call('/api/health')).json()).toEqual({ ok: true });
  });

  it('signs up, signs out and signs back in, with an httpOnly SameSite=Lax cookie', async () => {
    const email = `lead-${Date.now()}@district.org`;
    const signup = await call('/api/auth/signup', { method: 'POST', json: { name: 'Lead', email, password: 'twelve chars!!', district: 'North USD' } });
    expect(signup.status).toBe(201);
    const setCookie = signup.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/pw_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;
    const me = MeSchema.parse(await (await call('/api/me', { cookie })).json());
    expect(me.workspaces).toEqual([expect.objectContaining({ name: 'North USD', role: 'owner' })]);

    expect((await call('/api/auth/logout', { method: 'POST', cookie })).status).toBe(204);
    await expectError(await call('/api/me', { cookie }), 401, 'not_signed_in');

    const login = await call('/api/auth/login', { method: 'POST', json: { email: email.toUpperCase(), password: 'twelve chars!!' } });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).not.toContain(cookie);
  });

  it('gives an unknown e-mail and a wrong password the same answer', async () => {
    const unknown = await expectError(
      await call('/api/auth/login', { method: 'POST', json: { email: 'nobody@nowhere.org', password: 'whatever at all' } }),
      401,
      'invalid_credentials',
    );
    const wrong = await expectError(
      await call('/api/auth/login', { method: 'POST', json: { email: owner.me.user.email, password: 'not the password' } }),
      401,
      'invalid_credentials',
    );
    expect(unknown).toBe(wrong);
  });

  it('refuses a taken e-mail, a short password and a malformed body with clear errors', async () => {
    const taken = await call('/api/auth/signup', { method: 'POST', json: { name: 'X', email: owner.me.user.email, password: 'long enough pass', district: 'D' } });
    await expectError(taken, 409, 'email_taken');
    const short = await call('/api/auth/signup', { method: 'POST', json: { name: 'X', email: 'x@y.org', password: 'short', district: 'D' } });
    expect(await expectError(short, 400, 'invalid_request')).toMatch(/password must be at least 12/);
    const broken = await call('/api/auth/signup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":' });
    await expectError(broken, 400, 'bad_request');
    const huge = await call('/api/auth/login', { method: 'POST', json: { email: 'a@b.org', password: 'x'.repeat(100_000) } });
    await expectError(huge, 413, 'too_large');
  });

  it('refuses a state-changing request from another site', async () => {
    const response = await call('/api/auth/login', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      json: { email: owner.me.user.email, password: 'a long enough password' },
    });
    await expectError(response, 403, 'forbidden');
  });
});

describe('plans', () => {
  it('lists the template catalogue', async () => {
    const body = (await (await call('/api/templates')).json()) as { templates: Array<{ id: string }> };
    expect(body.templates.map((t) => t.id)).toContain('district-technology-plan');
  });

  it('creates a plan from a template, lists it and describes it with the caller’s role', async () => {
    const plan = await createPlan(server.url, owner, 'Learning first, technology second');
    const list = PlanListSchema.parse(await (await call(`/api/workspaces/${owner.workspaceId}/plans`, { cookie: owner.cookie })).json());
    expect(list.plans.map((p) => p.id)).toContain(plan.id);
    const meta = PlanMetaSchema.parse(await (await call(`/api/plans/${plan.id}`, { cookie: owner.cookie })).json());
    expect(meta).toMatchObject({ title: 'Learning first, technology second', role: 'owner', templateId: 'district-technology-plan' });
  });

  it('refuses unknown templates, strangers and the signed-out', async () => {
    const bad = await call(`/api/workspaces/${owner.workspaceId}/plans`, { method: 'POST', cookie: owner.cookie, json: { title: 'T', templateId: 'nope' } });
    await expectError(bad, 400, 'unknown_template');
    const plan = await createPlan(server.url, owner);
    const stranger = await signUp(server.url, 'Stranger');
    await expectError(await call(`/api/plans/${plan.id}`, { cookie: stranger.cookie }), 403, 'forbidden');
    await expectError(await call(`/api/workspaces/${owner.workspaceId}/plans`, { cookie: stranger.cookie }), 404, 'not_found');
    await expectError(await call(`/api/plans/${plan.id}`), 401, 'not_signed_in');
    await expectError(await call('/api/plans/does-not-exist', { cookie: owner.cookie }), 404, 'not_found');
  });

  it('describes the API as OpenAPI', async () => {
    const doc = (await (await call('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/signup', '/api/workspaces/{wid}/plans', '/api/plans/{id}']));
  });
});
