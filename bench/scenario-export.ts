/**
 * Scenario (x), Planwright only: a long plan (60+ PDF pages) written through the real server by
 * a stock client, then
 *  1. each format exported a few times in a row: the median time to the last byte, the size, and
 *     the PDF's page count from `pdfinfo`;
 *  2. another plan's clients syncing while exports of the long plan run back to back, against the
 *     same clients with no exports, alternating runs as in (f). The server lays exports out in
 *     worker threads (server/export/worker-pool.ts); a stall of its main thread, or too little CPU
 *     left for it, would show here: in the other plan's latency p99 and max, and its worst second.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as Y from 'yjs';
import { EXPORT_FORMATS, type ExportFormat } from '../server/export/model.ts';
import { closeClient, openClient, waitForDoc, whenSynced } from './client/connect.ts';
import { EXPORT, TIMEOUTS_MS } from './config.ts';
import { fillLongPlan } from './export-plan.ts';
import { runFanoutSampled, type FanoutResult, type FanoutShape } from './scenario-fanout.ts';
import type { PooledFanout } from './scenario-restricted.ts';
import { median, summarize } from './stats.ts';
import type { Target } from './targets.ts';
import type { WorkerPool } from './workers.ts';

type Variant = (typeof EXPORT.order)[number];

export interface FormatTiming {
  format: ExportFormat;
  runsMs: number[];
  medianMs: number;
  bytes: number;
}

export interface ExportResult {
  plan: { sections: number; actions: number; measures: number; stateBytes: number; writeMs: number };
  formats: FormatTiming[];
  /** From `pdfinfo`; null when poppler is not installed. */
  pdfPages: number | null;
  order: readonly Variant[];
  quiet: PooledFanout;
  exporting: PooledFanout;
  /** Exports finished while the loaded runs ran, and any that failed. */
  exportsDuringLoad: number;
  exportFailures: string[];
}

const run = promisify(execFile);

function httpBase(target: Target): string {
  return `http://127.0.0.1:${target.server.port}`;
}

/** Writes the long plan through one client; resolves once a second client has all of it (so it is stored). */
async function writeLongPlan(target: Target, planId: string): Promise<ExportResult['plan']> {
  const writer = openClient(target, planId);
  const reader = openClient(target, planId);
  try {
    await Promise.all([whenSynced(writer, TIMEOUTS_MS.connectAll), whenSynced(reader, TIMEOUTS_MS.connectAll)]);
    const started = performance.now();
    const counts = fillLongPlan(writer.doc);
    const expected = Y.encodeStateVector(writer.doc);
    await waitForDoc(reader.doc, () => Buffer.compare(Buffer.from(Y.encodeStateVector(reader.doc)), Buffer.from(expected)) === 0, TIMEOUTS_MS.history, 'the long plan to reach a second client');
    return { ...counts, stateBytes: Y.encodeStateAsUpdate(writer.doc).byteLength, writeMs: performance.now() - started };
  } finally {
    closeClient(writer);
    closeClient(reader);
  }
}

/** One export, read to its last byte; bounded in time. */
async function exportOnce(target: Target, planId: string, format: ExportFormat): Promise<{ ms: number; body: Buffer }> {
  const started = performance.now();
  const response = await fetch(`${httpBase(target)}/api/plans/${planId}/export?format=${format}`, {
    headers: target.cookie === null ? {} : { cookie: target.cookie },
    signal: AbortSignal.timeout(EXPORT.requestTimeoutMs),
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`export ${format} → ${response.status} ${body.toString('utf8').slice(0, 200)}`);
  return { ms: performance.now() - started, body };
}

async function pdfPages(pdf: Buffer): Promise<number | null> {
  const dir = mkdtempSync(join(tmpdir(), 'planwright-bench-pdf-'));
  try {
    const file = join(dir, 'plan.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await run('pdfinfo', [file], { timeout: 20_000 });
    const pages = /^Pages:\s+(\d+)$/m.exec(stdout)?.[1];
    return pages === undefined ? null : Number(pages);
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeFormats(target: Target, planId: string): Promise<{ formats: FormatTiming[]; pdf: Buffer | null }> {
  const formats: FormatTiming[] = [];
  let pdf: Buffer | null = null;
  for (const format of EXPORT_FORMATS) {
    const runsMs: number[] = [];
    let bytes = 0;
    for (let round = 0; round < EXPORT.runsPerFormat; round += 1) {
      const { ms, body } = await exportOnce(target, planId, format);
      runsMs.push(ms);
      bytes = body.byteLength;
      if (format === 'pdf') pdf = body;
    }
    formats.push({ format, runsMs, medianMs: median(runsMs), bytes });
  }
  return { formats, pdf };
}

/** Exports of the long plan back to back, EXPORT.concurrentExports at a time, every format in turn, until stopped. */
function exportLoad(target: Target, planId: string): { stop(): Promise<{ completed: number; failures: string[] }> } {
  let stopped = false;
  let completed = 0;
  const failures: string[] = [];
  const loop = async (offset: number): Promise<void> => {
    for (let turn = offset; !stopped; turn += 1) {
      const format = EXPORT_FORMATS[turn % EXPORT_FORMATS.length]!;
      try {
        await exportOnce(target, planId, format);
        completed += 1;
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
        if (failures.length > 20) return;
      }
    }
  };
  const loops = Array.from({ length: EXPORT.concurrentExports }, (_, index) => loop(index * 2));
  return {
    async stop() {
      stopped = true;
      await Promise.all(loops);
      return { completed, failures };
    },
  };
}

const OTHER_PLAN: FanoutShape = {
  plans: 1,
  clientsPerPlan: EXPORT.otherPlan.clients,
  writersPerPlan: EXPORT.otherPlan.writers,
  opsPerSecPerWriter: EXPORT.otherPlan.opsPerSecPerWriter,
  writers: 'owner',
  window: { warmupMs: EXPORT.warmupMs, measureMs: EXPORT.measureMs },
};

export async function runExport(target: Target, pool: WorkerPool): Promise<ExportResult> {
  const [planId] = await target.createPlans(1);
  if (planId === undefined) throw new Error('no plan was created for the export scenario');
  const plan = await writeLongPlan(target, planId);
  const { formats, pdf } = await timeFormats(target, planId);
  const samples: Record<Variant, number[]> = { quiet: [], exporting: [] };
  const runs: Record<Variant, FanoutResult[]> = { quiet: [], exporting: [] };
  let exportsDuringLoad = 0;
  const exportFailures: string[] = [];
  for (const variant of EXPORT.order) {
    // The load starts before the other plan's clients connect and stops after they finish, so it covers the timed window.
    const load = variant === 'exporting' ? exportLoad(target, planId) : null;
    let sampled: Awaited<ReturnType<typeof runFanoutSampled>>;
    try {
      sampled = await runFanoutSampled(target, pool, OTHER_PLAN);
    } finally {
      const done = await load?.stop();
      exportsDuringLoad += done?.completed ?? 0;
      exportFailures.push(...(done?.failures ?? []));
    }
    runs[variant].push(sampled.result);
    for (const sample of sampled.samplesMs) samples[variant].push(sample);
  }
  const pooled = (variant: Variant): PooledFanout => ({ latencyMs: summarize(samples[variant]), runs: runs[variant] });
  return {
    plan,
    formats,
    pdfPages: pdf === null ? null : await pdfPages(pdf),
    order: EXPORT.order,
    quiet: pooled('quiet'),
    exporting: pooled('exporting'),
    exportsDuringLoad,
    exportFailures,
  };
}
