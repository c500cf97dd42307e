/**
 * The Essential Conditions self-assessment: Planwright's four-level rubric, the HTTP bodies of
 * assessment rounds, and the arithmetic that turns many people's ratings into a team picture.
 *
 * Each member rates every condition of the round's lens on their own, as CoSN's leadership
 * assessment does, so the spread shows where the team disagrees. A rating stays private to
 * its rater while the round is open (the server never sends it to anyone else); once the
 * round closes, everyone with access sees the aggregates, never who rated what.
 */
import { z } from 'zod';
import { MAX_NAME_LENGTH } from './limits.ts';

export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

export interface LevelDescriptor {
  level: Level;
  name: string;
  /** What a condition looks like at this level, in any lens. */
  description: string;
}

export const RUBRIC: readonly LevelDescriptor[] = [
  { level: 1, name: 'Not yet', description: 'Little or nothing is in place; it depends on a few individuals, if anyone.' },
  { level: 2, name: 'Emerging', description: 'Early work has started in some schools or teams, but it is patchy and not yet planned for.' },
  { level: 3, name: 'Established', description: 'It is in place across the district, with owners and resources, and most people can point to it.' },
  { level: 4, name: 'Leading', description: 'It is routine, measured and improved every year; other districts could learn from it.' },
];

/** The rubric's name for a level ("Emerging"). */
export function levelName(level: number): string {
  return RUBRIC.find((d) => d.level === level)?.name ?? String(level);
}

/**
 * What to look for when rating one of the 14 Essential Conditions: the evidence a "Leading"
 * district could show. Other lenses use their condition's description.
 */
export const CONDITION_HINTS: Readonly<Record<string, string>> = {
  'shared-vision': 'Could a teacher, a parent and a board member each say what learning with technology is for here?',
  'empowered-leaders': 'Do principals and teacher leaders have the time, authority and budget to lead the change?',
  'implementation-planning': 'Does every goal have an owner, dates and a measure someone reviews?',
  'consistent-adequate-funding': 'Is device refresh, training and support funded for several years, not one grant?',
  'equitable-access': 'Do all students have a working device and connectivity at school and at home?',
  'skilled-personnel': 'Do hiring and role descriptions ask for the skills the plan depends on?',
  'ongoing-professional-learning': 'Is there sustained, job-embedded learning time, with coaching, tied to the vision?',
  'technical-support': 'Are problems fixed quickly enough that teachers rely on the technology in lessons?',
  'curriculum-framework': 'Do curriculum maps say where digital tools and content serve the standards?',
  'student-centered-learning': 'Do students use technology to create, choose and show what they know?',
  'assessment-evaluation': 'Is the plan’s impact measured, reported and used to change course?',
  'engaged-communities': 'Do families and partners help shape the plan and hear back about it?',
  'support-policies': 'Do use, privacy and purchasing policies make the plan easier, not harder?',
  'supportive-external-context': 'Are state, federal and partner funding and policy working for the plan?',
};

/** The hint for a condition: its own question when one is written, else its description. */
export function conditionHint(conditionId: string, description: string): string {
  return CONDITION_HINTS[conditionId] ?? description;
}

// ---- HTTP bodies ----

/** Longest evidence note a rater may attach to one rating. */
export const MAX_EVIDENCE_CHARS = 2000;

const id = z.string().min(1).max(64);
export const LevelSchema = z.number().int().min(1).max(4);

const ratingShape = { conditionId: id, level: LevelSchema, evidence: z.string().max(MAX_EVIDENCE_CHARS) };
export const RatingSchema = z.object(ratingShape);
export type Rating = z.infer<typeof RatingSchema>;

/** Replaces all of the caller's ratings in a round; a condition left out is unrated. */
export const SaveRatingsBodySchema = z
  .strictObject({ ratings: z.array(z.strictObject(ratingShape)).max(64) })
  .refine((body) => new Set(body.ratings.map((r) => r.conditionId)).size === body.ratings.length, {
    path: ['ratings'],
    message: 'rates a condition more than once',
  });
export type SaveRatingsBody = z.infer<typeof SaveRatingsBodySchema>;

/** A round is opened on a lens (the plan's active one, chosen by the client that opens it). */
export const OpenRoundBodySchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(MAX_NAME_LENGTH),
  frameworkId: id,
});
export type OpenRoundBody = z.infer<typeof OpenRoundBodySchema>;

export const RoundParamsSchema = z.object({ id, roundId: id });

const count = z.number().int().min(0);

/** One condition's results once a round has closed. `mean`… are null when nobody rated it. */
export const ConditionResultSchema = z.object({
  conditionId: id,
  n: count,
  mean: z.number().nullable(),
  /** Population standard deviation: the raters are the whole team, not a sample of it. */
  sd: z.number().nullable(),
  min: LevelSchema.nullable(),
  max: LevelSchema.nullable(),
  /** How many rated it 1, 2, 3 and 4. */
  counts: z.tuple([count, count, count, count]),
  /** The evidence notes raters wrote, without names, in alphabetical order. */
  notes: z.array(z.string()),
});
export type ConditionResult = z.infer<typeof ConditionResultSchema>;

export const RoundSummarySchema = z.object({
  id,
  name: z.string(),
  frameworkId: z.string(),
  frameworkVersion: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  openedBy: z.string(),
  /** How many people have rated at least one condition — a count, never who. */
  raters: count,
  /** How many people in the plan may rate (commenters and above). */
  eligible: count,
  /** Null while the round is open. */
  results: z.array(ConditionResultSchema).nullable(),
});
export type RoundSummary = z.infer<typeof RoundSummarySchema>;

export const RoundListSchema = z.object({ rounds: z.array(RoundSummarySchema) });
export type RoundList = z.infer<typeof RoundListSchema>;

/** A round as the caller sees it: the summary plus the caller's own ratings. */
export const RoundDetailSchema = RoundSummarySchema.extend({ mine: z.array(RatingSchema) });
export type RoundDetail = z.infer<typeof RoundDetailSchema>;

// ---- aggregation (pure) ----

export interface LevelStats {
  n: number;
  mean: number | null;
  sd: number | null;
  min: Level | null;
  max: Level | null;
  counts: [number, number, number, number];
}

/** n, mean, population standard deviation, min, max and counts per level of some ratings. */
export function levelStats(levels: readonly number[]): LevelStats {
  const valid = levels.filter((l): l is Level => (LEVELS as readonly number[]).includes(l));
  const counts: [number, number, number, number] = [
    valid.filter((l) => l === 1).length,
    valid.filter((l) => l === 2).length,
    valid.filter((l) => l === 3).length,
    valid.filter((l) => l === 4).length,
  ];
  const n = valid.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, max: null, counts };
  const mean = valid.reduce((sum, l) => sum + l, 0) / n;
  const variance = valid.reduce((sum, l) => sum + (l - mean) ** 2, 0) / n;
  return { n, mean, sd: Math.sqrt(variance), min: Math.min(...valid) as Level, max: Math.max(...valid) as Level, counts };
}

/** One result per condition, in the lens's order, from every rating of a closed round. */
export function aggregateRatings(conditionIds: readonly string[], ratings: ReadonlyArray<Rating>): ConditionResult[] {
  return conditionIds.map((conditionId) => {
    const mine = ratings.filter((r) => r.conditionId === conditionId);
    const notes = mine.map((r) => r.evidence.trim()).filter((e) => e !== '').sort((a, b) => a.localeCompare(b));
    return { conditionId, ...levelStats(mine.map((r) => r.level)), notes };
  });
}

/**
 * Standard deviation at or above which a condition's ratings count as disagreement: two
 * people two levels apart (1 and 3) are at 1.0; a team split evenly between neighbouring
 * levels is at 0.5 and is not flagged.
 */
export const DISAGREEMENT_SD = 0.8;

/** Whether the raters of a condition disagree enough to talk about it. */
export function isDisagreement(stats: Pick<LevelStats, 'n' | 'sd'>): boolean {
  return stats.n >= 2 && stats.sd !== null && stats.sd >= DISAGREEMENT_SD - 1e-9;
}

type Rated = ConditionResult & { mean: number };

/**
 * The conditions the team rated highest (strengths, best first) and lowest (weaknesses,
 * weakest first): about `limit` each, never more than half the rated conditions, and never
 * the same condition in both. Conditions tied at a cut stay together rather than one being
 * picked at random, and a condition only counts when it stands out: with every mean equal
 * there are none.
 */
export function strengthsAndWeaknesses(results: readonly ConditionResult[], limit = 3): { strengths: ConditionResult[]; weaknesses: ConditionResult[] } {
  const rated = results.filter((r): r is Rated => r.mean !== null && r.n > 0);
  const k = Math.min(limit, Math.floor(rated.length / 2));
  if (k === 0) return { strengths: [], weaknesses: [] };
  const order = new Map(results.map((r, index) => [r.conditionId, index]));
  const byMean = [...rated].sort((a, b) => b.mean - a.mean || (order.get(a.conditionId) ?? 0) - (order.get(b.conditionId) ?? 0));
  const highest = byMean[0]!.mean;
  const lowest = byMean[byMean.length - 1]!.mean;
  const strengthCut = byMean[k - 1]!.mean;
  const weaknessCut = byMean[byMean.length - k]!.mean;
  const strengths = byMean.filter((r) => r.mean >= strengthCut && r.mean > lowest);
  const weaknesses = byMean
    .filter((r) => r.mean <= weaknessCut && r.mean < highest && !strengths.includes(r))
    .reverse();
  return { strengths, weaknesses };
}

export interface ConditionChange {
  conditionId: string;
  before: number | null;
  after: number | null;
  /** after − before, when both rounds rated the condition. */
  delta: number | null;
}

interface RoundResults {
  frameworkId: string;
  frameworkVersion: string;
  results: readonly ConditionResult[];
}

/**
 * How each condition's mean moved from one round to a later one. Null when the rounds were
 * taken on different lenses: their conditions are not the same things.
 */
export function changeBetween(previous: RoundResults, current: RoundResults): ConditionChange[] | null {
  if (previous.frameworkId !== current.frameworkId || previous.frameworkVersion !== current.frameworkVersion) return null;
  const before = new Map(previous.results.map((r) => [r.conditionId, r.mean]));
  return current.results.map((r) => {
    const earlier = before.get(r.conditionId) ?? null;
    return { conditionId: r.conditionId, before: earlier, after: r.mean, delta: earlier !== null && r.mean !== null ? r.mean - earlier : null };
  });
}

/** The closed round before `round` in time that took the same lens, if any. */
export function previousComparableRound<T extends Pick<RoundSummary, 'id' | 'frameworkId' | 'frameworkVersion' | 'status' | 'openedAt'>>(rounds: readonly T[], round: T): T | undefined {
  return rounds
    .filter((r) => r.id !== round.id && r.status === 'closed' && r.frameworkId === round.frameworkId && r.frameworkVersion === round.frameworkVersion && r.openedAt < round.openedAt)
    .sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
}
