/**
 * What the kernel knows about a process: memory, CPU time, children. Linux /proc only; the
 * bench reports servers' own numbers rather than guessing from outside.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second for /proc/<pid>/stat times; 100 on every Linux we run on. */
const CLOCK_TICKS_PER_SEC = 100;

export interface Memory {
  rssMiB: number;
  /** The kernel's high-water mark of RSS for this process: catches peaks between samples. */
  hwmMiB: number;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export function readMemory(pid: number): Memory | null {
  const status = readText(`/proc/${pid}/status`);
  if (status === null) return null;
  const kib = (field: string): number => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] === undefined ? 0 : Number(match[1]);
  };
  return { rssMiB: kib('VmRSS') / 1024, hwmMiB: kib('VmHWM') / 1024 };
}

/** Fields after the command name, which may itself contain spaces and parentheses. */
function statFields(pid: number): string[] | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** User + system CPU seconds the process has used so far. */
export function readCpuSeconds(pid: number): number | null {
  const fields = statFields(pid);
  // utime and stime are fields 14 and 15 of stat; index 0 here is field 3 (state)
  const user = Number(fields?.[11]);
  const system = Number(fields?.[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) return null;
  return (user + system) / CLOCK_TICKS_PER_SEC;
}

/** Busy and total CPU time of the whole machine since boot, in clock ticks (first line of /proc/stat). */
function machineTicks(): { busy: number; total: number } | null {
  const line = readText('/proc/stat')?.split('\n')[0];
  if (line === undefined || !line.startsWith('cpu ')) return null;
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  // fields 4 and 5 are idle and iowait
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * How busy the machine is (all cores, %) over `ms`. The bench wants a quiet machine: other
 * work competing for the two cores shows up as noise in every latency figure.
 */
export async function machineBusyPct(ms: number): Promise<number | null> {
  const before = machineTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = machineTicks();
  if (before === null || after === null || after.total === before.total) return null;
  return (100 * (after.busy - before.busy)) / (after.total - before.total);
}

/** Busy CPU seconds of the whole machine (all cores) since boot. */
export function readMachineBusySeconds(): number | null {
  const ticks = machineTicks();
  return ticks === null ? null : ticks.busy / CLOCK_TICKS_PER_SEC;
}

function parentOf(pid: number): number | null {
  const parent = Number(statFields(pid)?.[1]);
  return Number.isFinite(parent) ? parent : null;
}

/** Every live descendant of `root`, parents before children. */
export function descendantsOf(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== null) parents.set(pid, parent);
  }
  const found: number[] = [];
  let frontier = [root];
  while (frontier.length > 0) {
    const next = [...parents].filter(([, parent]) => frontier.includes(parent)).map(([pid]) => pid);
    found.push(...next);
    frontier = next;
  }
  return found;
}

/**
 * Samples a process's RSS on an interval and keeps the maximum. The pid can change (a
 * restart) — the getter is read on every tick.
 */
export class RssSampler {
  private timer: NodeJS.Timeout;
  private maxMiB = 0;

  constructor(
    private readonly pid: () => number,
    intervalMs: number,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  sample(): Memory | null {
    const memory = readMemory(this.pid());
    if (memory !== null) this.maxMiB = Math.max(this.maxMiB, memory.rssMiB, memory.hwmMiB);
    return memory;
  }

  get peakMiB(): number {
    return this.maxMiB;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
