/**
 * The only reader of process.env. Every setting is validated once at start; a bad value
 * stops the server with a message that names it.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('localhost'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SQLITE_SYNC: z.enum(['normal', 'full']).default('normal'),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((text) => text.split(',').map((s) => s.trim()).filter((s) => s.length > 0)),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  UNLOAD_GRACE_MS: z.coerce.number().int().min(0).default(30_000),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(1000),
  CLIENT_DIR: z.string().min(1).default('./dist/client'),
  COMMIT_HOLD_MS: z.coerce.number().int().min(0).max(10_000).default(0),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
});

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  sqliteSync: 'normal' | 'full';
  allowedOrigins: readonly string[];
  cookieSecure: 'auto' | 'true' | 'false';
  unloadGraceMs: number;
  compactAfterUpdates: number;
  clientDir: string;
  /** Tests only: delay each group commit (see GroupCommitOptions.holdMs). */
  commitHoldMs: number;
  /** Sign-in, sign-up and invite requests allowed per client address per minute, per route. */
  authRateLimitPerMinute: number;
}>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    sqliteSync: e.SQLITE_SYNC,
    allowedOrigins: e.ALLOWED_ORIGINS,
    cookieSecure: e.COOKIE_SECURE,
    unloadGraceMs: e.UNLOAD_GRACE_MS,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    clientDir: resolve(e.CLIENT_DIR),
    commitHoldMs: e.COMMIT_HOLD_MS,
    authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
  };
}
