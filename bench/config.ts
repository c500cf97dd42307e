/**
 * Scenario sizes and time budgets. The figures in the report are quoted, so every number
 * that shapes them lives here, with its unit in the name.
 */

/** (a) one busy plan: everyone sees every writer's changes. */
export const HOT_PLAN = {
  clients: 50,
  writers: 5,
  opsPerSecPerWriter: 50,
} as const;

/** (b) many quiet plans: the shape of a state's districts on one machine. */
export const MANY_PLANS = {
  plans: 100,
  clientsPerPlan: 5,
  writersPerPlan: 1,
  opsPerSecPerWriter: 20,
} as const;

/** Load before this point is discarded (connections settle, JIT warms up). */
export const WARMUP_MS = 2_000;
/** Timed window of (a) and (b), after the warm-up. */
export const MEASURE_MS = 12_000;
/** After writers stop, how long observers may take to receive the last ops. */
export const DRAIN_TIMEOUT_MS = 15_000;

/** (c) a plan with a long history, reopened after a restart. */
export const HISTORY = {
  /** Plans with this history: each is opened cold once after the one restart, for 3 samples. */
  plans: 3,
  updates: 20_000,
  /** Characters per update: a word typed, roughly. */
  charsPerUpdate: 5,
  /** Updates written per macrotask; bounds the burst the writer puts on the socket. */
  updatesPerTick: 250,
  /** Repetitions of the in-process decode floor; the median is reported. */
  floorRepeats: 7,
} as const;

/** (d) many people opening one large plan at once. */
export const BIG_JOIN = {
  /** The burst is short and noisy, so it is repeated on fresh plans and the samples pooled. */
  rounds: 3,
  joiners: 150,
  fillInserts: 1_000,
  fillInsertBytes: 1_024,
} as const;

/** Number of forked load-client processes (the machine has two cores; the server needs one). */
export const CLIENT_PROCESSES = 2;

/** Bounds on every wait, so a wedged server fails the run instead of hanging it. */
export const TIMEOUTS_MS = {
  serverStart: 30_000,
  serverStop: 15_000,
  connectAll: 60_000,
  history: 120_000,
  join: 60_000,
  workerReply: 180_000,
} as const;

/** How often the orchestrator samples each server's RSS to find the peak. */
export const RSS_SAMPLE_MS = 100;

/**
 * Every client announces itself in awareness once (a `user` field), as Planwright's editor does
 * (client/sync/planConnection.ts). A stock provider that never sets a field sends a clock-0
 * state that servers ignore, so without this there would be no presence traffic at all.
 */
export const ANNOUNCE_PRESENCE = true;

/** Name of the top-level Y types the bench writes into; the template's own types stay untouched. */
export const BENCH_MAP = 'bench-ops';
export const BENCH_TEXT = 'bench-text';
/**
 * (f) (a) with open and with restricted writers, alternating. More, shorter runs pair the two
 * variants more closely in time than a few long ones, so noise that comes and goes (other
 * work on the machine, a GC) weighs on both alike.
 */
export const RESTRICTED = {
  /** Runs in order; ABBA repeated, restricted first (the first run on a server is the slowest). */
  order: ['restricted', 'open', 'open', 'restricted', 'restricted', 'open', 'open', 'restricted'],
  warmupMs: 1_000,
  measureMs: 6_000,
} as const;

/** Where commenters write in the restricted variant of (a): the only part of a plan they may change. */
export const COMMENTS_MAP = 'comments';

/**
 * The update inspector's cost per update, measured in the orchestrator before any server
 * starts: a plan grown to ~1 MB by several authors typing, then one more writer's updates.
 */
export const INSPECTOR = {
  sections: 12,
  paragraphsPerSection: 20,
  /** Characters typed in all; with the structure of that much typing the state is ~1 MB. */
  planChars: 500_000,
  /** Characters per insert while the plan grows: a phrase typed at a random place. */
  charsPerInsert: 40,
  authors: 4,
  /** Every this many inserts while growing, a few characters are deleted too. */
  deleteEvery: 8,
  threads: 300,
  /** Timed updates per kind, after warmupPerKind untimed ones. */
  samples: { keystrokes: 3_000, deletes: 1_000, comments: 1_000, ackAnswers: 200, refused: 1_000 },
  warmupPerKind: 200,
  seed: 20_240_611,
} as const;

/**
 * (x) exporting a long plan: every format's time, and the sync latency of another plan's clients
 * while exports run, against the same without exports, alternating (see RESTRICTED for why).
 */
export const EXPORT = {
  /** Sections added to the district template's 14, so the PDF passes 60 pages. */
  extraSections: 4,
  paragraphsPerSection: 4,
  wordsPerParagraph: 110,
  /** With the template's own 15 steps: 105 action steps. */
  goals: 6,
  strategiesPerGoal: 3,
  actionsPerStrategy: 5,
  measuresPerGoal: 2,
  seed: 20_270_314,
  /** Exports of each format, one after another; the median is reported. */
  runsPerFormat: 3,
  /** Export loops during the loaded runs: at least the server's own limit (server/export/gate.ts), so one may wait its turn. */
  concurrentExports: 2,
  /** The other plan: a small task force typing, observed by the rest of it. */
  otherPlan: { clients: 10, writers: 2, opsPerSecPerWriter: 20 },
  order: ['exporting', 'quiet', 'quiet', 'exporting'],
  warmupMs: 1_000,
  measureMs: 8_000,
  /** Bound on one export request. */
  requestTimeoutMs: 120_000,
} as const;
