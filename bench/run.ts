/**
 * `npm run bench`: the same scenarios against the y-websocket reference server and against
 * Planwright, with load clients in separate processes. Prints a table, writes
 * bench/results/latest.json. Options: `--only reference|planwright`, `--scenarios abcdfix` (a
 * subset, for development; the quoted figures come from a full run).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { CLIENT_PROCESSES, HOT_PLAN, MANY_PLANS, RSS_SAMPLE_MS, BIG_JOIN, HISTORY, INSPECTOR, RESTRICTED, WARMUP_MS, MEASURE_MS, EXPORT } from './config.ts';
import { measureInspectorCost } from './inspector-cost.ts';
import { machineBusyPct, readMemory, RssSampler } from './procfs.ts';
import { renderReport, type BenchResults, type TargetOutcome } from './report.ts';
import { runExport } from './scenario-export.ts';
import { runFanout } from './scenario-fanout.ts';
import { runHistory } from './scenario-history.ts';
import { runRestricted } from './scenario-restricted.ts';
import { runBigJoin } from './scenario-join.ts';
import { ROOT } from './servers.ts';
import { planwrightTarget, referenceTarget, type Target, type TargetName } from './targets.ts';
import { WorkerPool } from './workers.ts';

/** The whole run is bounded too: past this, everything is killed and the run fails. */
const RUN_DEADLINE_MS = 10 * 60_000;

const cleanups = new Set<() => void>();

function cleanUpAll(): void {
  for (const cleanup of cleanups) cleanup();
  cleanups.clear();
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Scenario = 'a' | 'f' | 'b' | 'c' | 'd' | 'x';

/** Each step runs one scenario and files its result in the outcome. */
function scenarioSteps(target: Target, pool: WorkerPool, outcome: TargetOutcome): Array<[Scenario, () => Promise<void>]> {
  const { scenarios } = outcome;
  const steps: Array<[Scenario, () => Promise<void>]> = [
    ['a', async () => {
      scenarios.a = await runFanout(target, pool, { plans: 1, clientsPerPlan: HOT_PLAN.clients, writersPerPlan: HOT_PLAN.writers, opsPerSecPerWriter: HOT_PLAN.opsPerSecPerWriter, writers: 'owner' });
    }],
    ['f', async () => {
      scenarios.f = await runRestricted(target, pool);
    }],
    ['b', async () => {
      scenarios.b = await runFanout(target, pool, { ...MANY_PLANS, writers: 'owner' });
    }],
    ['c', async () => {
      scenarios.c = await runHistory(target, pool);
    }],
    ['d', async () => {
      scenarios.d = await runBigJoin(target, pool);
    }],
    ['x', async () => {
      scenarios.x = await runExport(target, pool);
    }],
  ];
  // The reference has no roles (nobody there is restricted) and no export.
  return target.name === 'reference' ? steps.filter(([key]) => key !== 'f' && key !== 'x') : steps;
}

async function benchTarget(name: TargetName, pool: WorkerPool): Promise<TargetOutcome> {
  const outcome: TargetOutcome = { scenarios: {}, rssMiB: {}, errors: {}, peakRssMiB: null, stop: null };
  const target = name === 'planwright' ? await planwrightTarget() : await referenceTarget();
  const kill = (): void => target.kill();
  cleanups.add(kill);
  const sampler = new RssSampler(() => target.server.pid, RSS_SAMPLE_MS);
  try {
    outcome.rssMiB.idle = sampler.sample()?.rssMiB ?? null;
    for (const [scenario, run] of scenarioSteps(target, pool, outcome).filter(([key]) => chosenScenarios().includes(key))) {
      console.error(`[bench] ${name}: scenario ${scenario}`);
      try {
        await run();
      } catch (error) {
        outcome.errors[scenario] = message(error);
        console.error(`[bench] ${name}: scenario ${scenario} failed: ${message(error)}`);
      }
      outcome.rssMiB[scenario] = sampler.sample()?.rssMiB ?? null;
      if (readMemory(target.server.pid) === null) {
        outcome.errors.server = `server process ${target.server.pid} is gone after scenario ${scenario}:\n${target.server.tail()}`;
        break;
      }
    }
  } finally {
    sampler.stop();
    outcome.peakRssMiB = sampler.peakMiB;
    outcome.stop = await target.close().catch((error: unknown) => {
      outcome.errors.stop = message(error);
      return null;
    });
    cleanups.delete(kill);
  }
  return outcome;
}

function chosenTargets(): TargetName[] {
  const only = process.argv.indexOf('--only');
  const wanted = only >= 0 ? process.argv[only + 1] : undefined;
  if (wanted === 'reference' || wanted === 'planwright') return [wanted];
  if (wanted !== undefined) throw new Error(`--only takes reference or planwright, not ${wanted}`);
  return ['reference', 'planwright'];
}

function chosenScenarios(): string {
  const flag = process.argv.indexOf('--scenarios');
  return flag >= 0 ? (process.argv[flag + 1] ?? '') : 'abcdfix';
}

async function main(): Promise<void> {
  const names = chosenTargets();
  const busyBeforeStartPct = await machineBusyPct(1_000);
  const pool = await WorkerPool.start(CLIENT_PROCESSES);
  cleanups.add(() => pool.stop());
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, busyBeforeStartPct },
    config: { HOT_PLAN, MANY_PLANS, HISTORY, BIG_JOIN, INSPECTOR, RESTRICTED, EXPORT, WARMUP_MS, MEASURE_MS, CLIENT_PROCESSES },
    targets: {},
  };
  try {
    if (chosenScenarios().includes('i')) {
      console.error('[bench] update inspector, in-process');
      results.inspector = measureInspectorCost();
    }
    for (const name of names) {
      if (name === 'planwright' && !existsSync(join(ROOT, 'server', 'main.ts'))) {
        results.targets[name] = { skipped: 'server/main.ts does not exist yet' };
        continue;
      }
      results.targets[name] = await benchTarget(name, pool);
    }
  } finally {
    cleanUpAll();
  }
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 2));
  console.log(renderReport(results));
  console.log(`\nraw results: bench/results/latest.json`);
}

process.on('exit', cleanUpAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUpAll();
    process.exit(130);
  });
}
const deadline = setTimeout(() => {
  console.error(`[bench] still running after ${RUN_DEADLINE_MS} ms: killing everything`);
  cleanUpAll();
  process.exit(2);
}, RUN_DEADLINE_MS);
deadline.unref();

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] failed: ${message(error)}`);
    cleanUpAll();
    process.exit(1);
  },
);
