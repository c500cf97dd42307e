/**
 * CPU use over a stretch of time, split three ways: the server under test, the bench's own
 * processes, and everything else on the machine. The last is the honesty figure — other work
 * on a two-core machine shows up directly in every latency percentile.
 */
import { readCpuSeconds, readMachineBusySeconds } from './procfs.ts';
import { wallNow } from './protocol.ts';

export interface CpuShare {
  /** % of one core. */
  serverPct: number | null;
  /** Processes that are neither the server nor the bench (other test runs, builds), % of one core. */
  backgroundPct: number | null;
}

const sumOf = (pids: number[]): number | null => {
  let total = 0;
  for (const pid of pids) {
    const seconds = readCpuSeconds(pid);
    if (seconds === null) return null;
    total += seconds;
  }
  return total;
};

/** Starts measuring now; call the result to read the shares since then. */
export function meterCpu(serverPid: number, benchPids: number[]): () => CpuShare {
  const pids = [serverPid, ...benchPids];
  const startWall = wallNow();
  const startServer = readCpuSeconds(serverPid);
  const startOurs = sumOf(pids);
  const startMachine = readMachineBusySeconds();
  return () => {
    const seconds = (wallNow() - startWall) / 1000;
    const server = readCpuSeconds(serverPid);
    const ours = sumOf(pids);
    const machine = readMachineBusySeconds();
    const pct = (value: number): number => (100 * value) / seconds;
    return {
      serverPct: server === null || startServer === null ? null : pct(server - startServer),
      backgroundPct:
        ours === null || startOurs === null || machine === null || startMachine === null
          ? null
          : Math.max(0, pct(machine - startMachine - (ours - startOurs))),
    };
  };
}
