/**
 * Scenario (f): (a) with its writers restricted — commenters writing comments, so the server
 * inspects every update before applying it — against (a) with the owner writing, in the same
 * run on the same server. Fan-out p99 is noisy on a small machine, so the two alternate in
 * short runs (RESTRICTED.order: drift over the sequence weighs on both alike) and each
 * variant's latencies are pooled. Restricted goes first: the first run on a fresh server is
 * the slowest (JIT, caches), and that handicap should fall on the variant under test, never
 * flatter it.
 */
import { HOT_PLAN, RESTRICTED } from './config.ts';
import { runFanoutSampled, type FanoutResult, type FanoutShape } from './scenario-fanout.ts';
import { summarize, type Summary } from './stats.ts';
import type { Target } from './targets.ts';
import type { WorkerPool } from './workers.ts';

type Variant = 'open' | 'restricted';

export interface PooledFanout {
  /** Every timed sample of the variant's runs together. */
  latencyMs: Summary | null;
  runs: FanoutResult[];
}

export interface RestrictedResult {
  order: readonly Variant[];
  open: PooledFanout;
  restricted: PooledFanout;
}

function shapeOf(variant: Variant): FanoutShape {
  return {
    plans: 1,
    clientsPerPlan: HOT_PLAN.clients,
    writersPerPlan: HOT_PLAN.writers,
    opsPerSecPerWriter: HOT_PLAN.opsPerSecPerWriter,
    writers: variant === 'restricted' ? 'commenters' : 'owner',
    window: { warmupMs: RESTRICTED.warmupMs, measureMs: RESTRICTED.measureMs },
  };
}

export async function runRestricted(target: Target, pool: WorkerPool): Promise<RestrictedResult> {
  const samples: Record<Variant, number[]> = { open: [], restricted: [] };
  const runs: Record<Variant, FanoutResult[]> = { open: [], restricted: [] };
  for (const variant of RESTRICTED.order) {
    const { result, samplesMs } = await runFanoutSampled(target, pool, shapeOf(variant));
    runs[variant].push(result);
    for (const sample of samplesMs) samples[variant].push(sample);
  }
  const pooled = (variant: Variant): PooledFanout => ({ latencyMs: summarize(samples[variant]), runs: runs[variant] });
  return { order: RESTRICTED.order, open: pooled('open'), restricted: pooled('restricted') };
}
