/**
 * The human-readable table: one row per figure, one column per server, so the two servers'
 * numbers for the same scenario sit side by side.
 */
import type { InspectorCost } from './inspector-cost.ts';
import type { ExportResult } from './scenario-export.ts';
import type { FanoutResult } from './scenario-fanout.ts';
import type { JoinTiming, Traffic } from './protocol.ts';
import type { HistoryResult } from './scenario-history.ts';
import type { RestrictedResult } from './scenario-restricted.ts';
import type { JoinResult } from './scenario-join.ts';
import type { StopInfo } from './servers.ts';
import type { Summary } from './stats.ts';
import type { TargetName } from './targets.ts';

export interface TargetOutcome {
  scenarios: { a?: FanoutResult; f?: RestrictedResult; b?: FanoutResult; c?: HistoryResult; d?: JoinResult; x?: ExportResult };
  rssMiB: Record<string, number | null>;
  errors: Record<string, string>;
  peakRssMiB: number | null;
  stop: StopInfo | null;
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; busyBeforeStartPct: number | null };
  config: Record<string, unknown>;
  /** Measured once, in the orchestrator, before any server starts. */
  inspector?: InspectorCost;
  targets: Partial<Record<TargetName, TargetOutcome | { skipped: string }>>;
}

/** Above this much background CPU use the header warns that figures are not comparable. */
const QUIET_MACHINE_PCT = 10;

const COLUMNS: TargetName[] = ['reference', 'planwright'];
type Cell = (outcome: TargetOutcome) => string;
type Row = [label: string, cell: Cell] | [section: string];

const ms = (value: number | null | undefined): string =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(value < 1 ? 2 : 1)} ms`;
const pct = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${value.toFixed(0)} %`);
const mib = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${value.toFixed(1)} MiB`);
const list = (values: number[] | undefined, format: (value: number) => string): string => (values === undefined ? '—' : values.map(format).join(' / '));
const stat = (summary: Summary | null | undefined, key: keyof Summary): string => ms(summary?.[key]);

/** "1.02 MiB: 3 step2 · 2 step1 · 0 update · 151 awareness" — frames by kind, rounded. */
function traffic(value: Traffic | undefined): string {
  if (value === undefined) return '—';
  const size = value.bytesIn >= 1024 * 1024 ? `${(value.bytesIn / 1024 / 1024).toFixed(2)} MiB` : `${(value.bytesIn / 1024).toFixed(1)} KiB`;
  const count = (n: number): string => (n >= 100 ? n.toFixed(0) : String(Math.round(n * 10) / 10));
  return `${size}: ${count(value.update)} upd · ${count(value.step1)} s1 · ${count(value.step2)} s2 · ${count(value.awareness)} aw`;
}

function worstSecond(result: FanoutResult | undefined): string {
  if (result === undefined || result.perSecond.length === 0) return '—';
  const worst = result.perSecond.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  return `${ms(worst.p99)} / ${ms(worst.max)} (second ${worst.second})`;
}

function fanoutRows(key: 'a' | 'b'): Row[] {
  const pick = (outcome: TargetOutcome): FanoutResult | undefined => outcome.scenarios[key];
  return [
    ['fan-out latency p50', (o) => stat(pick(o)?.latencyMs, 'p50')],
    ['fan-out latency p99', (o) => stat(pick(o)?.latencyMs, 'p99')],
    ['fan-out latency max', (o) => stat(pick(o)?.latencyMs, 'max')],
    ['worst second of the window: p99 / max', (o) => worstSecond(pick(o))],
    ['samples (timed window)', (o) => String(pick(o)?.latencyMs?.n ?? '—')],
    ['deliveries received / expected', (o) => (pick(o) === undefined ? '—' : `${pick(o)?.deliveriesReceived} / ${pick(o)?.deliveriesExpected}`)],
    ['ops/s achieved (all writers)', (o) => pick(o)?.achievedOpsPerSec.toFixed(0) ?? '—'],
    ['connect all clients', (o) => ms(pick(o)?.connectMs)],
    ['server CPU (of one core)', (o) => pct(pick(o)?.serverCpuPct)],
    ['client processes CPU', (o) => list(pick(o)?.clientCpuPct, (value) => pct(value))],
    ['client event-loop delay p99', (o) => list(pick(o)?.clientEventLoopP99Ms, (value) => ms(value))],
    ['other processes CPU (not server, not bench)', (o) => pct(pick(o)?.backgroundCpuPct)],
    ['received by all clients (frames by kind)', (o) => traffic(pick(o)?.traffic)],
  ];
}

/** "12.3 ms vs 11.8 ms (+4.2 %)": restricted writers against open ones, pooled over their runs. */
function restrictedVersusOpen(key: keyof Summary): Cell {
  return (o) => {
    const restricted = o.scenarios.f?.restricted.latencyMs?.[key];
    const open = o.scenarios.f?.open.latencyMs?.[key];
    if (restricted === undefined || open === undefined) return '—';
    const change = (100 * (restricted - open)) / open;
    return `${ms(restricted)} vs ${ms(open)} (${change >= 0 ? '+' : ''}${change.toFixed(1)} %)`;
  };
}

/** One figure per run, in run order within each variant: "open 10.6 / 9.8 · restricted 6.6 / 7.1". */
function perRun(figure: (run: FanoutResult) => string): Cell {
  return (o) => {
    const f = o.scenarios.f;
    if (f === undefined) return '—';
    return `open ${f.open.runs.map(figure).join(' / ')} · restricted ${f.restricted.runs.map(figure).join(' / ')}`;
  };
}

function restrictedRows(): Row[] {
  const lost = (o: TargetOutcome): string => {
    const runs = [...(o.scenarios.f?.open.runs ?? []), ...(o.scenarios.f?.restricted.runs ?? [])];
    return runs.length === 0 ? '—' : `${runs.reduce((n, run) => n + run.deliveriesReceived, 0)} / ${runs.reduce((n, run) => n + run.deliveriesExpected, 0)}`;
  };
  return [
    ['runs, in order', (o) => o.scenarios.f?.order.join(', ') ?? '—'],
    ['fan-out p50, restricted vs open (pooled)', restrictedVersusOpen('p50')],
    ['fan-out p99, restricted vs open (pooled)', restrictedVersusOpen('p99')],
    ['fan-out max, restricted vs open (pooled)', restrictedVersusOpen('max')],
    ['p50 of each run (ms)', perRun((run) => (run.latencyMs?.p50 ?? NaN).toFixed(2))],
    ['p99 of each run (ms)', perRun((run) => (run.latencyMs?.p99 ?? NaN).toFixed(1))],
    ['server CPU of each run (%)', perRun((run) => (run.serverCpuPct ?? NaN).toFixed(0))],
    ['other processes CPU of each run (%)', perRun((run) => (run.backgroundCpuPct ?? NaN).toFixed(0))],
    ['deliveries received / expected (all runs)', lost],
  ];
}

const medianOf = (values: Array<number | null>): number | null => {
  const present = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  return present.length === 0 ? null : (present[Math.floor((present.length - 1) / 2)] ?? null);
};
/** "median (each: x / y / z)", so a single outlier is visible next to the quoted figure. */
const spread = (values: Array<number | null> | undefined, format: (value: number | null) => string): string =>
  values === undefined || values.length === 0 ? '—' : `${format(medianOf(values))} (each: ${values.map((value) => format(value).replace(' ms', '')).join(' / ')})`;

function historyRows(): Row[] {
  const pick = (outcome: TargetOutcome): HistoryResult | undefined => outcome.scenarios.c;
  const joins = (outcome: TargetOutcome): JoinTiming[] | undefined => pick(outcome)?.joins;
  const restart = (outcome: TargetOutcome): string => {
    const info = pick(outcome)?.restart;
    if (info === undefined) return '—';
    if (info === null) return 'none: in-memory server, joined without restart';
    return `stop ${info.stop.ms} ms (exit ${info.stop.exitCode ?? info.stop.signal}), start ${info.startMs} ms`;
  };
  const incomplete = (outcome: TargetOutcome): string => {
    const all = joins(outcome);
    if (all === undefined) return '—';
    return `${all.filter((join) => !join.completeAtSync).length} of ${all.length}`;
  };
  return [
    ['plans × updates each', (o) => (pick(o) === undefined ? '—' : `${pick(o)?.plans} × ${pick(o)?.updatesPerPlan}`)],
    ['write the updates, per plan', (o) => spread(pick(o)?.writeMs, ms)],
    ['… until a 2nd client had them all', (o) => spread(pick(o)?.confirmMs, ms)],
    ['merged state size', (o) => (pick(o) === undefined ? '—' : `${((pick(o)?.stateBytes ?? 0) / 1024).toFixed(1)} KiB`)],
    ['restart', restart],
    ['session cookie survived restart', (o) => (pick(o)?.restart ? String(pick(o)?.restart?.sessionSurvived) : '—')],
    ['fresh client: websocket open', (o) => spread(joins(o)?.map((join) => join.openMs), ms)],
    ['fresh client: time to synced', (o) => spread(joins(o)?.map((join) => join.syncMs), ms)],
    ['fresh client: time to complete content', (o) => spread(joins(o)?.map((join) => join.completeMs), ms)],
    ['synced while content incomplete', incomplete],
    ['received per fresh client', (o) => traffic(pick(o)?.trafficPerJoin)],
    ['fresh clients failed', (o) => (pick(o) === undefined ? '—' : String(pick(o)?.joinFailures.length))],
    ['floor: Y.applyUpdate(merged state) in-process', (o) => ms(pick(o)?.floorDecodeMs)],
    ['context: replay the updates one by one', (o) => ms(pick(o)?.replayUpdatesMs)],
  ];
}

function joinRows(): Row[] {
  const pick = (outcome: TargetOutcome): JoinResult | undefined => outcome.scenarios.d;
  return [
    ['rounds × joiners, plan state size', (o) => (pick(o) === undefined ? '—' : `${pick(o)?.rounds} × ${pick(o)?.joinersPerRound}, ${((pick(o)?.planBytes ?? 0) / 1024 / 1024).toFixed(2)} MiB`)],
    ['per client: websocket open p50 / p99', (o) => `${stat(pick(o)?.openMs, 'p50')} / ${stat(pick(o)?.openMs, 'p99')}`],
    ['per client: synced p50', (o) => stat(pick(o)?.syncMs, 'p50')],
    ['per client: synced p99', (o) => stat(pick(o)?.syncMs, 'p99')],
    ['per client: synced max', (o) => stat(pick(o)?.syncMs, 'max')],
    ['per client: complete p50 / p99', (o) => `${stat(pick(o)?.completeMs, 'p50')} / ${stat(pick(o)?.completeMs, 'p99')}`],
    ['total: all 150 complete, per round', (o) => spread(pick(o)?.totalMs, ms)],
    ['synced while content incomplete', (o) => String(pick(o)?.incompleteAtSync ?? '—')],
    ['clients failed', (o) => String(pick(o)?.failures.length ?? '—')],
    ['received per joiner until all complete', (o) => traffic(pick(o)?.trafficPerJoiner)],
    ['server CPU during the burst', (o) => spread(pick(o)?.serverCpuPct, pct)],
    ['client processes CPU during the burst', (o) => list(pick(o)?.clientCpuPct, (value) => pct(value))],
    ['other processes CPU during the burst', (o) => spread(pick(o)?.backgroundCpuPct, pct)],
  ];
}

/** "1.2 MiB" or "312.0 KiB". */
const bytes = (value: number): string => (value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MiB` : `${(value / 1024).toFixed(1)} KiB`);

/** "14.2 ms vs 9.8 ms (+45 %)": the other plan's latency while exports run against the same without. */
function exportingVersusQuiet(key: keyof Summary): Cell {
  return (o) => {
    const loaded = o.scenarios.x?.exporting.latencyMs?.[key];
    const quiet = o.scenarios.x?.quiet.latencyMs?.[key];
    if (loaded === undefined || quiet === undefined) return '—';
    const change = (100 * (loaded - quiet)) / quiet;
    return `${ms(loaded)} vs ${ms(quiet)} (${change >= 0 ? '+' : ''}${change.toFixed(1)} %)`;
  };
}

function exportRows(): Row[] {
  const pick = (outcome: TargetOutcome): ExportResult | undefined => outcome.scenarios.x;
  const eachRun = (figure: (run: FanoutResult) => string): Cell => (o) => {
    const x = pick(o);
    return x === undefined ? '—' : `exporting ${x.exporting.runs.map(figure).join(' / ')} · quiet ${x.quiet.runs.map(figure).join(' / ')}`;
  };
  const format = (name: string): Row => [`${name} export, median (each run)`, (o) => {
    const timing = pick(o)?.formats.find((f) => f.format === name);
    return timing === undefined ? '—' : `${spread(timing.runsMs, ms)}, ${bytes(timing.bytes)}`;
  }];
  return [
    ['sections · action steps · measures · state', (o) => {
      const plan = pick(o)?.plan;
      return plan === undefined ? '—' : `${plan.sections} · ${plan.actions} · ${plan.measures} · ${bytes(plan.stateBytes)} (written and confirmed in ${ms(plan.writeMs)})`;
    }],
    ['PDF pages (pdfinfo)', (o) => (pick(o) === undefined ? '—' : String(pick(o)?.pdfPages ?? 'pdfinfo not installed'))],
    ...['pdf', 'docx', 'md', 'html'].map(format),
    ['other plan: runs, in order', (o) => pick(o)?.order.join(', ') ?? '—'],
    ['other plan sync p50, exporting vs quiet (pooled)', exportingVersusQuiet('p50')],
    ['other plan sync p99, exporting vs quiet (pooled)', exportingVersusQuiet('p99')],
    ['other plan sync max, exporting vs quiet (pooled)', exportingVersusQuiet('max')],
    ['p99 of each run (ms)', eachRun((run) => (run.latencyMs?.p99 ?? NaN).toFixed(1))],
    ['worst second of each run: p99 / max', eachRun((run) => worstSecond(run).replace(/ \(second \d+\)/, ''))],
    ['server CPU of each run (%)', eachRun((run) => (run.serverCpuPct ?? NaN).toFixed(0))],
    ['exports finished during the exporting runs', (o) => (pick(o) === undefined ? '—' : `${pick(o)?.exportsDuringLoad} (${pick(o)?.exportFailures.length} failed)`)],
  ];
}

function rssRows(): Row[] {
  const after = (key: string, label: string): Row => [label, (o) => mib(o.rssMiB[key])];
  return [
    after('idle', 'idle, before (a)'),
    ['(a) with its 50 clients connected', (o) => mib(o.scenarios.a?.rssWithClientsMiB)],
    after('a', "right after (a)'s clients closed"),
    ['(b) with its 500 clients connected', (o) => mib(o.scenarios.b?.rssWithClientsMiB)],
    after('b', "right after (b)'s clients closed"),
    after('c', 'after (c)'),
    ['(d) with 151 clients connected (max of rounds)', (o) => mib(o.scenarios.d?.rssWithClientsMiB)],
    after('d', "right after (d)'s clients closed"),
    ['peak (sampled + kernel high-water mark)', (o) => mib(o.peakRssMiB)],
  ];
}

const ROWS: Row[] = [
  ['(a) 1 plan × 50 clients × 5 writers × 50 ops/s'],
  ...fanoutRows('a'),
  ['(f) = (a), open vs restricted writers (commenters writing comments: every update inspected; Planwright only)'],
  ...restrictedRows(),
  ['(b) 100 plans × 5 clients × 1 writer × 20 ops/s'],
  ...fanoutRows('b'),
  ['(c) fresh client on a plan with 20,000 small updates of history, after a restart'],
  ...historyRows(),
  ['(d) 150 clients join a 1 MB plan at once'],
  ...joinRows(),
  ['(x) export of a long plan; another plan syncing meanwhile (Planwright only)'],
  ...exportRows(),
  ['(e) server RSS'],
  ...rssRows(),
  ['shutdown'],
  ['final SIGTERM → exit', (o) => (o.stop === null ? '—' : `${o.stop.ms} ms, exit ${o.stop.exitCode ?? o.stop.signal}`)],
];

function lostDeliveries(name: TargetName, outcome: TargetOutcome): string[] {
  const notes: string[] = [];
  const restricted = outcome.scenarios.f;
  const runs: Array<[string, FanoutResult | undefined]> = [
    ['a', outcome.scenarios.a],
    ['b', outcome.scenarios.b],
    ...(restricted?.open.runs ?? []).map((run): [string, FanoutResult] => ['f, open', run]),
    ...(restricted?.restricted.runs ?? []).map((run): [string, FanoutResult] => ['f, restricted', run]),
    ...(outcome.scenarios.x?.exporting.runs ?? []).map((run): [string, FanoutResult] => ['x, exporting', run]),
    ...(outcome.scenarios.x?.quiet.runs ?? []).map((run): [string, FanoutResult] => ['x, quiet', run]),
  ];
  for (const [key, result] of runs) {
    const lost = result === undefined ? 0 : result.deliveriesExpected - result.deliveriesReceived;
    if (lost > 0) notes.push(`${name} (${key}): ${lost} op deliveries never arrived within the drain time`);
  }
  for (const failure of new Set(outcome.scenarios.x?.exportFailures ?? [])) notes.push(`${name} (x): an export failed: ${failure}`);
  return notes;
}

function cellsFor(results: BenchResults, cell: Cell): string[] {
  return COLUMNS.map((name) => {
    const outcome = results.targets[name];
    if (outcome === undefined) return 'not run';
    if ('skipped' in outcome) return 'skipped';
    return cell(outcome);
  });
}

const us = (summary: Summary | null): string => (summary === null ? '—' : `${summary.p50.toFixed(1)} / ${summary.p99.toFixed(1)} µs`);

/** The in-process inspector figures: one line per kind of update, next to Y.applyUpdate of it. */
function renderInspector(cost: InspectorCost): string[] {
  const table = [
    ['', 'rule', 'bytes', 'inspect p50 / p99', 'Y.applyUpdate p50 / p99', 'allowed'],
    ...cost.kinds.map((kind) => [`  ${kind.kind}`, kind.rule, String(kind.updateBytesP50), us(kind.inspectUs), us(kind.applyUs), kind.allowed ? 'yes' : 'no']),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length)));
  return [
    `\nupdate inspector, in-process: ${(cost.planBytes / 1024 / 1024).toFixed(2)} MiB plan state, ${cost.docStructs} structs (built in ${cost.buildMs.toFixed(0)} ms); per update, inspected then applied`,
    ...table.map((line) => line.map((text, column) => text.padEnd(widths[column] ?? 0)).join('  ')),
  ];
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
      notes.push(...lostDeliveries(name, outcome));
    }
  }
  const { machine } = results;
  const busy = machine.busyBeforeStartPct;
  const header = [
    `Planwright bench — ${results.startedAt} — ${machine.cpus} × ${machine.cpuModel}, node ${machine.node}`,
    `machine busy before start: ${busy === null ? 'unknown' : `${busy.toFixed(0)} %`}${busy !== null && busy > QUIET_MACHINE_PCT ? ' — NOT QUIET: other work competes for the CPUs, figures are noisy' : ''}`,
    'frames received: upd = update, s1 = sync step 1 (from Planwright also the ack of a stored batch), s2 = sync step 2, aw = awareness',
  ].join('\n');
  const inspector = results.inspector === undefined ? [] : renderInspector(results.inspector);
  return [header, ...inspector, ...lines, ...(notes.length > 0 ? ['\nproblems:', ...notes.map((note) => `  ${note}`)] : [])].join('\n');
}
