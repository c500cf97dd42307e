/**
 * Stakeholder input rounds (Leader Standard 2d), in the share, star-rate, discover-themes
 * manner of ThoughtExchange: a facilitator opens a round on some sections of the plan for one
 * group (parents, teachers…); each participant rates each section 1–5, leaves short points
 * about it and star-rates other participants' points; the facilitator then sees, per section,
 * the mean and spread of the ratings and the points ranked as top-rated and most disputed.
 *
 * Participants are pseudonymous to everyone, managers included: the server gives each one a
 * stable pseudonym per round and no route ever says who is behind it. This file holds the
 * HTTP bodies and the pure arithmetic; the server and the client both use them.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { MAX_NAME_LENGTH } from './limits.ts';
import { getSectionBody } from './plan-doc.ts';

/** Longest point a participant may leave: a thought, not an essay. */
export const MAX_POINT_CHARS = 500;

/** Longest name of a group a round is for ("Parents", "Grade 6–8 teachers"). */
export const MAX_AUDIENCE_CHARS = 100;

/** Most sections one round may ask about. */
export const MAX_ROUND_SECTIONS = 40;

/** Groups a facilitator is offered first; any other name may be typed. */
export const SUGGESTED_AUDIENCES = ['Parents', 'Teachers', 'Students', 'Community'] as const;

/** A point needs this many ratings before it is ranked: one person's stars are not a view. */
export const MIN_RATINGS_TO_RANK = 2;

/** How many points the top-rated and most-disputed lists of a section hold at most. */
export const RANKED_POINTS = 3;

export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

/** What each rating of a section means: how well it says what matters to the participant. */
export const SECTION_SCALE: Readonly<Record<Score, string>> = { 1: 'Not at all', 2: 'A little', 3: 'Partly', 4: 'Mostly', 5: 'Fully' };

/** What each star rating of a point means: how much the participant agrees with it. */
export const POINT_SCALE: Readonly<Record<Score, string>> = { 1: 'Strongly disagree', 2: 'Disagree', 3: 'Not sure', 4: 'Agree', 5: 'Strongly agree' };

// ---- HTTP bodies ----

const id = z.string().min(1).max(64);
const count = z.number().int().min(0);
export const ScoreSchema = z.number().int().min(1).max(5);

export const OpenInputRoundBodySchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(MAX_NAME_LENGTH),
  audience: z.string().trim().min(1, 'is required').max(MAX_AUDIENCE_CHARS),
  sectionIds: z
    .array(id)
    .min(1, 'needs at least one section')
    .max(MAX_ROUND_SECTIONS)
    .refine((ids) => new Set(ids).size === ids.length, 'names a section more than once'),
});
export type OpenInputRoundBody = z.infer<typeof OpenInputRoundBodySchema>;

export const RateSectionBodySchema = z.strictObject({ sectionId: id, rating: ScoreSchema });
export type RateSectionBody = z.infer<typeof RateSectionBodySchema>;

export const AddPointBodySchema = z.strictObject({
  sectionId: id,
  body: z.string().trim().min(1, 'is required').max(MAX_POINT_CHARS),
});
export type AddPointBody = z.infer<typeof AddPointBodySchema>;

export const RatePointBodySchema = z.strictObject({ rating: ScoreSchema });
export type RatePointBody = z.infer<typeof RatePointBodySchema>;

export const InputRoundParamsSchema = z.object({ id, roundId: id });
export const InputPointParamsSchema = z.object({ id, roundId: id, pointId: id });

export const InputRoundSummarySchema = z.object({
  id,
  name: z.string(),
  audience: z.string(),
  /** The sections the round asks about, in the order the facilitator chose them. */
  sectionIds: z.array(z.string()),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  /** The facilitator who opened it: a name, since facilitating is not taking part. */
  openedBy: z.string(),
  /** How many people have taken part — a count, never who. */
  participants: count,
});
export type InputRoundSummary = z.infer<typeof InputRoundSummarySchema>;

export const InputRoundListSchema = z.object({ rounds: z.array(InputRoundSummarySchema) });

/** A point as a participant sees it while taking part: whose it is only when it is their own. */
export const ParticipantPointSchema = z.object({
  id,
  sectionId: z.string(),
  pseudonym: z.string(),
  body: z.string(),
  createdAt: z.string(),
  mine: z.boolean(),
  /** The caller's own stars for it; null when not rated (always null for their own point). */
  myRating: ScoreSchema.nullable(),
});
export type ParticipantPoint = z.infer<typeof ParticipantPointSchema>;

/** A round as one participant sees it: their pseudonym, their ratings, and everyone's points. */
export const ParticipantViewSchema = InputRoundSummarySchema.extend({
  /** Null until the caller first rates or adds a point. */
  pseudonym: z.string().nullable(),
  sectionRatings: z.array(z.object({ sectionId: z.string(), rating: ScoreSchema })),
  points: z.array(ParticipantPointSchema),
});
export type ParticipantView = z.infer<typeof ParticipantViewSchema>;

const statsShape = {
  n: count,
  mean: z.number().nullable(),
  /** Population standard deviation: the raters are everyone who rated, not a sample. */
  sd: z.number().nullable(),
  min: ScoreSchema.nullable(),
  max: ScoreSchema.nullable(),
};

export const PointResultSchema = z.object({
  id,
  sectionId: z.string(),
  pseudonym: z.string(),
  body: z.string(),
  createdAt: z.string(),
  /** A facilitator has quoted it in the plan's text. */
  used: z.boolean(),
  ...statsShape,
});
export type PointResult = z.infer<typeof PointResultSchema>;

export const SectionResultSchema = z.object({
  sectionId: z.string(),
  /** People who rated the section, or left or rated a point about it. */
  participants: count,
  ...statsShape,
  /** How many rated the section 1, 2, 3, 4 and 5. */
  counts: z.tuple([count, count, count, count, count]),
  /** Every point about the section, oldest first. */
  points: z.array(PointResultSchema),
  /** Ids of the best-rated points, best first (see rankTopRated). */
  topRated: z.array(z.string()),
  /** Ids of the points people disagree on most, widest spread first (see rankMostDisputed). */
  mostDisputed: z.array(z.string()),
});
export type SectionResult = z.infer<typeof SectionResultSchema>;

export const InputResultsSchema = InputRoundSummarySchema.extend({ sections: z.array(SectionResultSchema) });
export type InputResults = z.infer<typeof InputResultsSchema>;

export const UsedPointSchema = z.object({ id, sectionId: z.string(), body: z.string(), usedAt: z.string() });
export type UsedPoint = z.infer<typeof UsedPointSchema>;

// ---- aggregation (pure) ----

export interface ScoreStats {
  n: number;
  mean: number | null;
  sd: number | null;
  min: Score | null;
  max: Score | null;
  counts: [number, number, number, number, number];
}

function isScore(value: number): value is Score {
  return (SCORES as readonly number[]).includes(value);
}

/** n, mean, population standard deviation, lowest, highest and count per score of some ratings. */
export function scoreStats(ratings: readonly number[]): ScoreStats {
  const valid = ratings.filter(isScore);
  const counts = SCORES.map((s) => valid.filter((r) => r === s).length) as ScoreStats['counts'];
  const n = valid.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, max: null, counts };
  const mean = valid.reduce((sum, r) => sum + r, 0) / n;
  const sd = Math.sqrt(valid.reduce((sum, r) => sum + (r - mean) ** 2, 0) / n);
  return { n, mean, sd, min: Math.min(...valid) as Score, max: Math.max(...valid) as Score, counts };
}

type Rankable = Pick<PointResult, 'id' | 'createdAt' | 'n' | 'mean' | 'sd' | 'min' | 'max'>;

/** Earlier points first, then by id: a stable last word for any tie. */
function byAge(a: Rankable, b: Rankable): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * The best-rated points, best first: highest mean among points with at least
 * MIN_RATINGS_TO_RANK ratings. A tie on the mean goes to the point more people rated (more
 * agreement behind it), then to the older point.
 */
export function rankTopRated<T extends Rankable>(points: readonly T[], limit = RANKED_POINTS): T[] {
  return points
    .filter((p): p is T & { mean: number } => p.n >= MIN_RATINGS_TO_RANK && p.mean !== null)
    .sort((a, b) => b.mean - a.mean || b.n - a.n || byAge(a, b))
    .slice(0, limit);
}

/**
 * The points people disagree on most, widest spread first: highest standard deviation among
 * points with at least MIN_RATINGS_TO_RANK ratings that are not all the same. A tie on the
 * deviation goes to the wider range, then to the point more people rated, then the older one.
 */
export function rankMostDisputed<T extends Rankable>(points: readonly T[], limit = RANKED_POINTS): T[] {
  const range = (p: Rankable): number => (p.max ?? 0) - (p.min ?? 0);
  return points
    .filter((p): p is T & { sd: number } => p.n >= MIN_RATINGS_TO_RANK && p.sd !== null && p.sd > 1e-9)
    .sort((a, b) => b.sd - a.sd || range(b) - range(a) || b.n - a.n || byAge(a, b))
    .slice(0, limit);
}

/** A rating as the results see it: which pseudonymous participant gave which score. */
export interface ParticipantScore {
  participant: string;
  rating: number;
}

export interface SectionRatingInput extends ParticipantScore {
  sectionId: string;
}

export interface PointInput {
  id: string;
  sectionId: string;
  pseudonym: string;
  body: string;
  createdAt: string;
  used: boolean;
  ratings: readonly ParticipantScore[];
}

/**
 * One result per section of a round, in the round's order: how many took part in it, the mean
 * and spread of its ratings, and its points with their own statistics and rankings.
 * Participants are counted by pseudonym, so this never needs to know who anyone is.
 */
export function inputResults(sectionIds: readonly string[], sectionRatings: readonly SectionRatingInput[], points: readonly PointInput[]): SectionResult[] {
  return sectionIds.map((sectionId) => {
    const rated = sectionRatings.filter((r) => r.sectionId === sectionId);
    const about = points.filter((p) => p.sectionId === sectionId).sort(byAgeOfInput);
    const people = new Set([...rated.map((r) => r.participant), ...about.flatMap((p) => [p.pseudonym, ...p.ratings.map((r) => r.participant)])]);
    const results: PointResult[] = about.map(({ ratings, ...point }) => {
      const { counts: _counts, ...stats } = scoreStats(ratings.map((r) => r.rating));
      return { ...point, ...stats };
    });
    return {
      sectionId,
      participants: people.size,
      ...scoreStats(rated.map((r) => r.rating)),
      points: results,
      topRated: rankTopRated(results).map((p) => p.id),
      mostDisputed: rankMostDisputed(results).map((p) => p.id),
    };
  });
}

function byAgeOfInput(a: PointInput, b: PointInput): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

// ---- the link back from the plan's text ----

/** Where a point lives in the app: the input view, scrolled to the point. */
export function pointPath(planId: string, pointId: string): string {
  return `/plans/${encodeURIComponent(planId)}/input#point-${encodeURIComponent(pointId)}`;
}

/** The words of the link that follows a quoted point: "Stakeholder input — Parents round". */
export function pointLinkText(audience: string): string {
  return `Stakeholder input — ${audience} round`;
}

const SOURCE_PREFIX = 'Source: ';

/**
 * The attributes the editor's link mark carries (shared/editor-extensions.ts): written in full,
 * so the editor reads the mark exactly as if a person had made it and never rewrites it.
 */
function linkMark(href: string): Record<string, unknown> {
  return { link: { href, target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } };
}

/**
 * Appends a quoted point to the end of a section's text, in one transaction: a blockquote with
 * the point's words, then "Source: " and a link back to the point. Written through the live
 * document, it reaches everyone as a normal edit by whoever pressed the button.
 */
export function quotePointInSection(doc: Y.Doc, sectionId: string, quote: { body: string; href: string; linkText: string }): void {
  doc.transact(() => {
    const said = new Y.XmlElement('paragraph');
    said.insert(0, [new Y.XmlText(quote.body)]);
    const source = new Y.XmlElement('paragraph');
    const sourceText = new Y.XmlText();
    source.insert(0, [sourceText]);
    sourceText.insert(0, SOURCE_PREFIX);
    sourceText.insert(SOURCE_PREFIX.length, quote.linkText, linkMark(quote.href));
    const blockquote = new Y.XmlElement('blockquote');
    blockquote.insert(0, [said, source]);
    const body = getSectionBody(doc, sectionId);
    body.insert(body.length, [blockquote]);
  });
}
