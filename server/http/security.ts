/**
 * Browser-facing protections: security headers with a Content-Security-Policy the app
 * passes, and rate limits on the routes worth guessing at (sign-in, sign-up, invites).
 */
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { HttpError } from './errors.ts';

/** Per-route limit for credential and invitation routes, per client address. */
export function authRateLimit(config: Config): { max: number; timeWindow: number } {
  return { max: config.authRateLimitPerMinute, timeWindow: 60_000 };
}

/**
 * Per-route limit for sharing (adding members, creating invites). Only signed-in managers
 * reach it, so it is looser: a facilitator invites a whole task force at once.
 */
export function shareRateLimit(config: Config): { max: number; timeWindow: number } {
  return { max: config.authRateLimitPerMinute * SHARE_LIMIT_FACTOR, timeWindow: 60_000 };
}

const SHARE_LIMIT_FACTOR = 5;

export async function installSecurity(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // ProseMirror and the collaboration carets set inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // The app is served over plain HTTP on localhost too; HSTS belongs to the TLS proxy.
    strictTransportSecurity: false,
  });
  await app.register(fastifyRateLimit, {
    global: false,
    // What the builder returns is thrown, so it reaches the one error handler.
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate_limited', `Too many attempts. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`),
  });
}
