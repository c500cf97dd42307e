/**
 * The two servers under test, behind one interface. Planwright is the reference code path
 * plus a signed-in user and plans created through its API; the reference server accepts any
 * room name and checks nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { freePort, ROOT, startServer, type ListenInfo, type RunningServer, type StopInfo } from './servers.ts';

export type TargetName = 'planwright' | 'reference';

export interface RestartInfo {
  stop: StopInfo;
  startMs: number;
  /** Whether the session cookie issued before the restart still worked after it. */
  sessionSurvived: boolean;
}

export interface Target {
  name: TargetName;
  server: RunningServer;
  wsBase: string;
  cookie: string | null;
  createPlans(count: number): Promise<string[]>;
  /**
   * Shares the plans with a second person as commenter and returns that person's cookie;
   * null when the server has no roles (the reference).
   */
  shareWithCommenter: ((planIds: string[]) => Promise<string>) | null;
  /** Graceful stop and start on the same data; null when the server keeps nothing. */
  restart: (() => Promise<RestartInfo>) | null;
  /** Stops the server (gracefully if it can) and removes what the bench created. */
  close(): Promise<StopInfo | null>;
  /** The error path: SIGKILL everything and remove what the bench created, synchronously. */
  kill(): void;
}

const TEMPLATE_ID = 'district-technology-plan';
const PASSWORD = 'bench-password-0123';

const SignupReplySchema = z.object({
  user: z.object({ id: z.string() }),
  workspaces: z.array(z.object({ id: z.string(), role: z.string() })).min(1),
});
const PlanReplySchema = z.object({ id: z.string() });
/** An existing account is made a member at once; an unknown email would only get an invite. */
const ShareReplySchema = z.object({ kind: z.literal('member') });

function parsePinoListening(line: string): ListenInfo | null {
  if (!line.includes('"listening"')) return null;
  try {
    const entry: unknown = JSON.parse(line);
    const parsed = z.object({ msg: z.literal('listening'), port: z.number(), pid: z.number().optional() }).safeParse(entry);
    return parsed.success ? { port: parsed.data.port, pid: parsed.data.pid ?? null } : null;
  } catch {
    return null;
  }
}

/**
 * Node flags for the Planwright server only, space-separated: `--cpu-prof --cpu-prof-dir=/tmp/p`
 * profiles it (node refuses --cpu-prof in NODE_OPTIONS).
 */
const SERVER_NODE_FLAGS = process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter((flag) => flag !== '') ?? [];

/** Started as `npm start` starts it: node itself with tsx's loader, one process. */
function startPlanwright(dataDir: string): Promise<RunningServer> {
  const launch = { command: process.execPath, args: [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server/main.ts'] };
  return startServer({
    label: 'planwright',
    ...launch,
    env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    parseListening: parsePinoListening,
  });
}

async function postJson(base: string, path: string, body: unknown, cookie: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (cookie !== null) headers.cookie = cookie;
  const response = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path} → ${response.status} ${await response.text()}`);
  return response;
}

function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().map((header) => header.split(';')[0] ?? '').find((pair) => pair.startsWith('pw_session='));
  if (cookie === undefined) throw new Error('signup set no pw_session cookie');
  return cookie;
}

async function cookieWorks(base: string, cookie: string): Promise<boolean> {
  const response = await fetch(`${base}/api/me`, { headers: { cookie } });
  await response.body?.cancel();
  return response.ok;
}

interface Account {
  email: string;
  cookie: string;
  workspaceId: string;
}

async function signUp(base: string, name = 'Bench Runner'): Promise<Account> {
  const email = `bench-${randomUUID()}@example.org`;
  const signup = await postJson(base, '/api/auth/signup', { name, email, password: PASSWORD, district: 'Bench District' }, null);
  const cookie = sessionCookie(signup);
  const workspaceId = SignupReplySchema.parse(await signup.json()).workspaces[0]?.id ?? '';
  return { email, cookie, workspaceId };
}

export async function planwrightTarget(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planwright-bench-'));
  let server: RunningServer | null = null;
  let account: Account;
  try {
    server = await startPlanwright(dataDir);
    account = await signUp(`http://127.0.0.1:${server.port}`);
  } catch (error) {
    server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return planwrightSession(dataDir, server, account);
}

function planwrightSession(dataDir: string, first: RunningServer, account: Account): Target {
  let server = first;
  const http = (): string => `http://127.0.0.1:${server.port}`;
  const { email, cookie, workspaceId } = account;
  let commenter: Account | undefined;
  const target: Target = {
    name: 'planwright',
    server,
    wsBase: `ws://127.0.0.1:${server.port}/collab`,
    cookie,
    async createPlans(count) {
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) {
        const response = await postJson(http(), `/api/workspaces/${workspaceId}/plans`, { title: `Bench plan ${index}`, templateId: TEMPLATE_ID }, target.cookie);
        ids.push(PlanReplySchema.parse(await response.json()).id);
      }
      return ids;
    },
    async shareWithCommenter(planIds) {
      commenter ??= await signUp(http(), 'Bench Commenter');
      for (const planId of planIds) {
        const shared = await postJson(http(), `/api/plans/${planId}/members`, { email: commenter.email, role: 'commenter' }, target.cookie);
        ShareReplySchema.parse(await shared.json());
      }
      return commenter.cookie;
    },
    async restart() {
      const stop = await server.stop();
      const started = Date.now();
      server = await startPlanwright(dataDir);
      const startMs = Date.now() - started;
      Object.assign(target, { server, wsBase: `ws://127.0.0.1:${server.port}/collab` });
      const sessionSurvived = await cookieWorks(http(), cookie);
      if (!sessionSurvived) {
        const login = await postJson(http(), '/api/auth/login', { email, password: PASSWORD }, null);
        target.cookie = sessionCookie(login);
      }
      return { stop, startMs, sessionSurvived };
    },
    async close() {
      try {
        return await server.stop();
      } finally {
        target.kill();
      }
    },
    kill() {
      server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return target;
}

export async function referenceTarget(): Promise<Target> {
  const port = await freePort();
  const server = await startServer({
    label: 'reference',
    command: process.execPath,
    args: [join(ROOT, 'node_modules', '@y', 'websocket-server', 'src', 'server.js')],
    // no YPERSISTENCE: the reference keeps documents in memory only
    env: { HOST: '127.0.0.1', PORT: String(port) },
    parseListening: (line) => (line.startsWith('running at') ? { port, pid: null } : null),
  });
  return {
    name: 'reference',
    server,
    wsBase: `ws://127.0.0.1:${port}/collab`,
    cookie: null,
    createPlans: (count) => Promise.resolve(Array.from({ length: count }, () => randomUUID())),
    shareWithCommenter: null,
    restart: null,
    async close() {
      try {
        return await server.stop();
      } finally {
        server.kill();
      }
    },
    kill: () => server.kill(),
  };
}
