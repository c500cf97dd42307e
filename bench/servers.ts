/**
 * Server processes under test: spawn, wait until listening, find the process that actually
 * serves (the tsx launcher forks the real server), stop gracefully or kill the whole group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { TIMEOUTS_MS } from './config.ts';
import { descendantsOf } from './procfs.ts';

export const ROOT = resolve(import.meta.dirname, '..');
const LOG_TAIL_LINES = 20;
/** pino's numeric level for warn: lines below it are routine request logs, not evidence. */
const PINO_WARN = 40;

function isRoutineLogLine(line: string): boolean {
  const level = /^\{"level":(\d+)/.exec(line)?.[1];
  return level !== undefined && Number(level) < PINO_WARN;
}

export interface ListenInfo {
  port: number;
  /** The pid the server reported about itself, if it did. */
  pid: number | null;
}

export interface ServerSpec {
  label: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  /** Recognises the log line that says the server is listening. */
  parseListening: (line: string) => ListenInfo | null;
}

export interface StopInfo {
  exitCode: number | null;
  signal: string | null;
  ms: number;
}

export interface RunningServer {
  label: string;
  port: number;
  /** The serving process: the one whose memory and CPU we report. */
  pid: number;
  /** Last lines of stdout/stderr, for error messages. */
  tail(): string;
  /** SIGTERM to the launched process, then wait (bounded) for it to exit. */
  stop(): Promise<StopInfo>;
  /** SIGKILL to the whole process group; safe to call at any time, any number of times. */
  kill(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  // detached: the server and anything it forks share one process group we can kill at once
  const child = spawn(spec.command, spec.args, {
    cwd: ROOT,
    env: { ...process.env, ...spec.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const remember = (line: string): void => {
    if (isRoutineLogLine(line)) return;
    lines.push(line);
    if (lines.length > LOG_TAIL_LINES) lines.shift();
  };
  createInterface({ input: child.stderr }).on('line', remember);
  const stdout = createInterface({ input: child.stdout });
  const exited = new Promise<StopInfo>((resolveExit) => {
    const started = Date.now();
    child.once('exit', (code, signal) => resolveExit({ exitCode: code, signal, ms: Date.now() - started }));
  });
  const kill = (): void => killGroup(child);
  try {
    const listen = await waitForListening(spec, child, stdout, remember, exited);
    const pid = servingPid(child, listen.pid);
    return {
      label: spec.label,
      port: listen.port,
      pid,
      tail: () => lines.join('\n'),
      stop: () => stopGracefully(child, exited),
      kill,
    };
  } catch (error) {
    kill();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${spec.label}: ${message}\n${lines.join('\n')}`);
  }
}

function waitForListening(
  spec: ServerSpec,
  child: ChildProcess,
  stdout: ReturnType<typeof createInterface>,
  remember: (line: string) => void,
  exited: Promise<StopInfo>,
): Promise<ListenInfo> {
  return new Promise((resolveListen, reject) => {
    const timer = setTimeout(() => reject(new Error(`not listening after ${TIMEOUTS_MS.serverStart} ms`)), TIMEOUTS_MS.serverStart);
    void exited.then((info) => {
      clearTimeout(timer);
      reject(new Error(`exited before listening (code ${info.exitCode}, signal ${info.signal})`));
    });
    stdout.on('line', (line) => {
      remember(line);
      const listen = spec.parseListening(line);
      if (listen === null) return;
      clearTimeout(timer);
      resolveListen(listen);
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Prefer the pid the server logged, if it is ours; else the deepest process we launched. */
function servingPid(child: ChildProcess, reported: number | null): number {
  const root = child.pid;
  if (root === undefined) throw new Error('server process has no pid');
  const tree = descendantsOf(root);
  if (reported !== null && (reported === root || tree.includes(reported))) return reported;
  return tree.at(-1) ?? root;
}

async function stopGracefully(child: ChildProcess, exited: Promise<StopInfo>): Promise<StopInfo> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  const sentAt = Date.now();
  child.kill('SIGTERM');
  const timeout = new Promise<null>((resolveTimeout) => setTimeout(() => resolveTimeout(null), TIMEOUTS_MS.serverStop));
  const info = await Promise.race([exited, timeout]);
  if (info === null) {
    killGroup(child);
    throw new Error(`did not exit within ${TIMEOUTS_MS.serverStop} ms of SIGTERM`);
  }
  return { ...info, ms: Date.now() - sentAt };
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // the group is already gone: nothing left to clean up
  }
}
