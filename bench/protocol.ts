/**
 * Messages between the bench orchestrator and its forked load-client processes. Both sides
 * parse what they receive with these schemas: IPC is a process boundary like any other.
 */
import { z } from 'zod';

const Target = {
  /** `ws://127.0.0.1:<port>/collab`; the provider appends `/<planId>`. */
  wsBase: z.string(),
  /** Session cookie for Planwright; null for the reference server, which checks nothing. */
  cookie: z.string().nullable(),
};

export const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('clock'), id: z.number() }),
  z.object({
    type: z.literal('connect'),
    id: z.number(),
    ...Target,
    /** Writers sign in with this cookie instead (a commenter's, in the restricted variant). */
    writerCookie: z.string().nullable(),
    /** The top-level Y.Map writers write into and observers watch. */
    mapName: z.string(),
    clients: z.array(z.object({ planId: z.string(), writer: z.boolean() })),
  }),
  z.object({
    type: z.literal('load'),
    id: z.number(),
    /** Wall-clock ms (shared by all processes on this machine) when writers start. */
    startAt: z.number(),
    warmupMs: z.number(),
    measureMs: z.number(),
    opsPerSec: z.number(),
  }),
  z.object({
    type: z.literal('collect'),
    id: z.number(),
    /** Ops every writer of a plan sent in total, by plan id. */
    sentByPlan: z.record(z.string(), z.number()),
    drainTimeoutMs: z.number(),
  }),
  z.object({
    type: z.literal('history'),
    id: z.number(),
    ...Target,
    planId: z.string(),
    updates: z.number(),
    charsPerUpdate: z.number(),
    updatesPerTick: z.number(),
  }),
  z.object({
    type: z.literal('fill'),
    id: z.number(),
    ...Target,
    planId: z.string(),
    inserts: z.number(),
    insertBytes: z.number(),
  }),
  z.object({
    type: z.literal('join'),
    id: z.number(),
    ...Target,
    planId: z.string(),
    count: z.number(),
    startAt: z.number(),
    expectTextLength: z.number(),
    timeoutMs: z.number(),
  }),
  z.object({ type: z.literal('closeAll'), id: z.number() }),
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];

export const TrafficSchema = z.object({
  bytesIn: z.number(),
  step1: z.number(),
  step2: z.number(),
  update: z.number(),
  awareness: z.number(),
  other: z.number(),
});
/** Frames a client received, by message kind, and their bytes. */
export type Traffic = z.infer<typeof TrafficSchema>;

const JoinTimingSchema = z.object({
  /** ms from the burst start until the websocket was open (upgrade and sign-in accepted). */
  openMs: z.number().nullable(),
  /** ms from the burst start until the provider reported `synced`. */
  syncMs: z.number(),
  /** ms until the bench text had its full length (equals syncMs when complete at sync). */
  completeMs: z.number().nullable(),
  completeAtSync: z.boolean(),
});
export type JoinTiming = z.infer<typeof JoinTimingSchema>;

export const ResultSchemas = {
  clock: z.object({ now: z.number() }),
  connect: z.object({ connected: z.number(), ms: z.number() }),
  load: z.object({
    sentByPlan: z.record(z.string(), z.number()),
    measuredSent: z.number(),
    cpuPct: z.number(),
  }),
  collect: z.object({
    latenciesMs: z.array(z.number()),
    /** Parallel to latenciesMs: the second of the timed window the op was sent in. */
    secondOfWindow: z.array(z.number()),
    expected: z.number(),
    received: z.number(),
    eventLoopP99Ms: z.number(),
    /** Summed over this process's clients, from connect to collect. */
    traffic: TrafficSchema,
  }),
  history: z.object({
    writeMs: z.number(),
    confirmMs: z.number(),
    textLength: z.number(),
    /** Base64 of the writer's whole state: the input of the in-process decode floor. */
    stateB64: z.string(),
    /** Base64 of every update as the writer produced it, in order. */
    updatesB64: z.array(z.string()),
  }),
  fill: z.object({ ms: z.number(), textLength: z.number(), stateBytes: z.number() }),
  join: z.object({ clients: z.array(JoinTimingSchema), failures: z.array(z.string()), cpuPct: z.number(), traffic: TrafficSchema }),
  closeAll: z.object({ closed: z.number() }),
} as const satisfies Record<CommandType, z.ZodType>;

export type ResultOf<T extends CommandType> = z.infer<(typeof ResultSchemas)[T]>;

export const ReplySchema = z.union([
  z.object({ id: z.number(), ok: z.literal(true), result: z.unknown() }),
  z.object({ id: z.number(), ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;

/** Wall-clock ms with sub-ms resolution; comparable across processes on one machine. */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}
