/**
 * The human-readable table: one row per figure, one column per server, so the two servers'
 * numbers for the same scenario sit side by side.
 */
import type { FanoutResult } from './scenario-fanout.ts';
import type { HistoryResult, JoinResult } from './scenario-documents.ts';
import type { StopInfo } from './servers.ts';
import type { Summary } from './stats.ts';
import type { TargetName } from './targets.ts';

export interface TargetOutcome {
  scenarios: { a?: FanoutResult; b?: FanoutResult; c?: HistoryResult; d?: JoinResult };
  rssMiB: Record<string, number | null>;
  errors: Record<string, string>;
  peakRssMiB: number | null;
  stop: StopInfo | null;
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; node: string };
  config: Record<string, unknown>;
  targets: Partial<Record<TargetName, TargetOutcome | { skipped: string }>>;
}

const COLUMNS: TargetName[] = ['reference', 'planwright'];
type Cell = (outcome: TargetOutcome) => string;
type Row = [label: string, cell: Cell] | [section: string];

const ms = (value: number | null | undefined): string => (value === null || value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(1)} ms`);
const pct = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${value.toFixed(0)} %`);
const mib = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${value.toFixed(1)} MiB`);
const list = (values: number[] | undefined, format: (value: number) => string): string => (values === undefined ? '—' : values.map(format).join(' / '));
const stat = (summary: Summary | null | undefined, key: keyof Summary): string => ms(summary?.[key]);

function fanoutRows(key: 'a' | 'b'): Row[] {
  const pick = (outcome: TargetOutcome): FanoutResult | undefined => outcome.scenarios[key];
  return [
    ['fan-out latency p50', (o) => stat(pick(o)?.latencyMs, 'p50')],
    ['fan-out latency p99', (o) => stat(pick(o)?.latencyMs, 'p99')],
    ['fan-out latency max', (o) => stat(pick(o)?.latencyMs, 'max')],
    ['samples (timed window)', (o) => String(pick(o)?.latencyMs?.n ?? '—')],
    ['deliveries received / expected', (o) => (pick(o) === undefined ? '—' : `${pick(o)?.deliveriesReceived} / ${pick(o)?.deliveriesExpected}`)],
    ['ops/s achieved (all writers)', (o) => pick(o)?.achievedOpsPerSec.toFixed(0) ?? '—'],
    ['connect all clients', (o) => ms(pick(o)?.connectMs)],
    ['server CPU (of one core)', (o) => pct(pick(o)?.serverCpuPct)],
    ['client processes CPU', (o) => list(pick(o)?.clientCpuPct, (value) => pct(value))],
    ['client event-loop delay p99', (o) => list(pick(o)?.clientEventLoopP99Ms, (value) => ms(value))],
  ];
}

function historyRows(): Row[] {
  const pick = (outcome: TargetOutcome): HistoryResult | undefined => outcome.scenarios.c;
  const restart = (outcome: TargetOutcome): string => {
    const info = pick(outcome)?.restart;
    if (info === undefined) return '—';
    if (info === null) return 'none (in-memory server)';
    return `stop ${info.stop.ms} ms (exit ${info.stop.exitCode ?? info.stop.signal}), start ${info.startMs} ms`;
  };
  return [
    ['write 20,000 updates', (o) => ms(pick(o)?.writeMs)],
    ['… until a 2nd client had them all', (o) => ms(pick(o)?.confirmMs)],
    ['merged state size', (o) => (pick(o) === undefined ? '—' : `${((pick(o)?.stateBytes ?? 0) / 1024).toFixed(1)} KiB`)],
    ['restart', restart],
    ['session cookie survived restart', (o) => (pick(o)?.restart ? String(pick(o)?.restart?.sessionSurvived) : '—')],
    ['fresh client: time to synced', (o) => ms(pick(o)?.join?.syncMs)],
    ['fresh client: time to complete content', (o) => ms(pick(o)?.join?.completeMs)],
    ['content complete at first sync', (o) => (pick(o)?.join ? String(pick(o)?.join?.completeAtSync) : (pick(o)?.joinFailure ?? '—'))],
    ['floor: Y.applyUpdate(merged state), in-process', (o) => ms(pick(o)?.floorDecodeMs)],
    ['context: replay 20,000 updates one by one', (o) => ms(pick(o)?.replayUpdatesMs)],
  ];
}

function joinRows(): Row[] {
  const pick = (outcome: TargetOutcome): JoinResult | undefined => outcome.scenarios.d;
  return [
    ['plan state size', (o) => (pick(o) === undefined ? '—' : `${((pick(o)?.planBytes ?? 0) / 1024 / 1024).toFixed(2)} MiB`)],
    ['per client: synced p50', (o) => stat(pick(o)?.syncMs, 'p50')],
    ['per client: synced p99', (o) => stat(pick(o)?.syncMs, 'p99')],
    ['per client: synced max', (o) => stat(pick(o)?.syncMs, 'max')],
    ['per client: complete p50 / p99', (o) => `${stat(pick(o)?.completeMs, 'p50')} / ${stat(pick(o)?.completeMs, 'p99')}`],
    ['total: all 150 complete', (o) => ms(pick(o)?.totalMs)],
    ['clients incomplete at first sync', (o) => String(pick(o)?.incompleteAtSync ?? '—')],
    ['clients failed', (o) => String(pick(o)?.failures.length ?? '—')],
    ['server CPU during the burst', (o) => pct(pick(o)?.serverCpuPct)],
  ];
}

function rssRows(): Row[] {
  const after = (key: string, label: string): Row => [label, (o) => mib(o.rssMiB[key])];
  return [
    after('idle', 'idle, before (a)'),
    after('a', 'after (a), clients connected'),
    after('b', 'after (b), clients connected'),
    after('c', 'after (c)'),
    after('d', 'after (d), 151 clients connected'),
    ['peak (sampled + kernel high-water mark)', (o) => mib(o.peakRssMiB)],
  ];
}

const ROWS: Row[] = [
  ['(a) 1 plan × 50 clients × 5 writers × 50 ops/s'],
  ...fanoutRows('a'),
  ['(b) 100 plans × 5 clients × 1 writer × 20 ops/s'],
  ...fanoutRows('b'),
  ['(c) fresh client on a plan with 20,000 updates of history'],
  ...historyRows(),
  ['(d) 150 clients join a 1 MB plan at once'],
  ...joinRows(),
  ['(e) server RSS'],
  ...rssRows(),
  ['shutdown'],
  ['final SIGTERM → exit', (o) => (o.stop === null ? '—' : `${o.stop.ms} ms, exit ${o.stop.exitCode ?? o.stop.signal}`)],
];

function cellsFor(results: BenchResults, cell: Cell): string[] {
  return COLUMNS.map((name) => {
    const outcome = results.targets[name];
    if (outcome === undefined) return 'not run';
    if ('skipped' in outcome) return 'skipped';
    return cell(outcome);
  });
}

export function renderReport(results: BenchResults): string {
  const table: string[][] = [['', ...COLUMNS]];
  for (const row of ROWS) table.push(row.length === 1 ? [row[0]] : [`  ${row[0]}`, ...cellsFor(results, row[1])]);
  const widths = [0, 1, 2].map((column) => Math.max(...table.filter((line) => line.length > 1).map((line) => (line[column] ?? '').length)));
  const lines = table.map((line) => (line.length === 1 ? `\n${line[0]}` : line.map((text, column) => text.padEnd(widths[column] ?? 0)).join('  ')));
  const notes: string[] = [];
  for (const name of COLUMNS) {
    const outcome = results.targets[name];
    if (outcome !== undefined && 'skipped' in outcome) notes.push(`${name}: skipped — ${outcome.skipped}`);
    if (outcome !== undefined && 'errors' in outcome) {
      for (const [where, error] of Object.entries(outcome.errors)) notes.push(`${name} (${where}): ${error}`);
    }
  }
  const header = `Planwright bench — ${results.startedAt} — ${results.machine.cpus} × ${results.machine.cpuModel}, node ${results.machine.node}`;
  return [header, ...lines, ...(notes.length > 0 ? ['\nproblems:', ...notes.map((note) => `  ${note}`)] : [])].join('\n');
}
