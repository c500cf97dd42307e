/** Sign-up, sign-in, sign-out and "who am I". */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginBodySchema, MeSchema, SignupBodySchema, type Me } from '../../shared/schemas.ts';
import { colorForUser } from '../auth/identity.ts';
import { DECOY_HASH_PROMISE, hashPassword, verifyPassword } from '../auth/passwords.ts';
import type { Services } from '../services.ts';
import type { UserRow } from '../storage/accounts.ts';
import { HttpError } from './errors.ts';
import { checkInviteAddress, redeem, usableInvite } from './invite-routes.ts';
import { authRateLimit } from './security.ts';
import { clearSessionCookie, requireUser, SESSION_COOKIE, setSessionCookie } from './session.ts';

const newId = (): string => randomBytes(12).toString('base64url');

export function meFor(services: Services, user: UserRow): Me {
  return {
    user: { id: user.id, name: user.name, email: user.email, color: colorForUser(user.id) },
    workspaces: services.accounts.workspacesOf(user.id),
  };
}

export async function authRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };

  const limit = { rateLimit: authRateLimit(services.config) };

  r.post('/api/auth/signup', { config: limit, schema: { tags: ['auth'], body: SignupBodySchema, response: { 201: MeSchema } } }, async (request, reply) => {
    const { name, email, password, district, inviteToken } = request.body;
    // An invite is checked before the account exists, so a bad one creates nothing.
    const invite = inviteToken === undefined ? undefined : usableInvite(services, inviteToken);
    if (invite) checkInviteAddress(invite, email);
    const passwordHash = await hashPassword(password);
    const user = { id: newId(), email, name, passwordHash };
    const created = district === undefined ? services.accounts.createUser(user) : services.accounts.createUserWithWorkspace(user, { id: newId(), name: district });
    if (!created) throw new HttpError(409, 'email_taken', 'An account with this e-mail already exists. Sign in instead.');
    if (invite) redeem(services, invite, user);
    setSessionCookie(sessionDeps, request, reply, services.sessions.create(user.id));
    const row = services.accounts.findById(user.id)!;
    return reply.code(201).send(meFor(services, row));
  });

  r.post('/api/auth/login', { config: limit, schema: { tags: ['auth'], body: LoginBodySchema, response: { 200: MeSchema } } }, async (request, reply) => {
    const { email, password } = request.body;
    const user = services.accounts.findByEmail(email);
    // Unknown e-mail and wrong password take the same work and get the same answer.
    const ok = await verifyPassword(password, user?.password_hash ?? (await DECOY_HASH_PROMISE));
    if (!user || !ok) throw new HttpError(401, 'invalid_credentials', 'That e-mail and password do not match an account.');
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) services.sessions.destroy(previous);
    setSessionCookie(sessionDeps, request, reply, services.sessions.create(user.id));
    return reply.send(meFor(services, user));
  });

  r.post('/api/auth/logout', { schema: { tags: ['auth'], response: { 204: z.null() } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) services.sessions.destroy(token);
    clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  r.get('/api/me', { schema: { tags: ['auth'], response: { 200: MeSchema } } }, async (request) => {
    return meFor(services, requireUser(sessionDeps, request));
  });
}
