/**
 * The session cookie and the signed-in user of a request. Routes call requireUser;
 * the sync endpoint calls userFromCookies on the upgrade request.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_TTL_MS } from '../../shared/limits.ts';
import type { AccountStore, UserRow } from '../storage/accounts.ts';
import type { SessionStore } from '../storage/sessions.ts';
import { notSignedIn } from './errors.ts';

export const SESSION_COOKIE = 'pw_session';

export interface SessionDeps {
  sessions: SessionStore;
  accounts: AccountStore;
  cookieSecure: 'auto' | 'true' | 'false';
}

export function userFromCookies(deps: SessionDeps, cookies: Record<string, string | undefined>): UserRow | undefined {
  const token = cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return undefined;
  const userId = deps.sessions.userFor(token);
  return userId ? deps.accounts.findById(userId) : undefined;
}

export function requireUser(deps: SessionDeps, request: FastifyRequest): UserRow {
  const user = userFromCookies(deps, request.cookies);
  if (!user) throw notSignedIn();
  return user;
}

export function setSessionCookie(deps: SessionDeps, request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: deps.cookieSecure === 'auto' ? request.protocol === 'https' : deps.cookieSecure === 'true',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
