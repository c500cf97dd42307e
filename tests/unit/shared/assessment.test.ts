import { describe, expect, it } from 'vitest';
import {
  aggregateRatings,
  changeBetween,
  isDisagreement,
  levelName,
  levelStats,
  previousComparableRound,
  RUBRIC,
  SaveRatingsBodySchema,
  strengthsAndWeaknesses,
  type ConditionResult,
} from '../../../shared/assessment.ts';

const STATS_CASES: Array<{ name: string; levels: number[]; n: number; mean: number | null; sd: number | null; min: number | null; max: number | null; counts: number[] }> = [
  { name: 'nobody rated', levels: [], n: 0, mean: null, sd: null, min: null, max: null, counts: [0, 0, 0, 0] },
  { name: 'one rater', levels: [3], n: 1, mean: 3, sd: 0, min: 3, max: 3, counts: [0, 0, 1, 0] },
  { name: 'two levels apart', levels: [2, 4], n: 2, mean: 3, sd: 1, min: 2, max: 4, counts: [0, 1, 0, 1] },
  { name: 'all four levels', levels: [1, 2, 3, 4], n: 4, mean: 2.5, sd: Math.sqrt(1.25), min: 1, max: 4, counts: [1, 1, 1, 1] },
  { name: 'a split team', levels: [1, 1, 4, 4], n: 4, mean: 2.5, sd: 1.5, min: 1, max: 4, counts: [2, 0, 0, 2] },
  { name: 'levels outside the rubric ignored', levels: [0, 2, 5, 2], n: 2, mean: 2, sd: 0, min: 2, max: 2, counts: [0, 2, 0, 0] },
];

describe('levelStats', () => {
  it.each(STATS_CASES)('$name: n, mean, spread and counts per level', ({ levels, n, mean, sd, min, max, counts }) => {
    const stats = levelStats(levels);
    expect(stats.n).toBe(n);
    if (mean === null) expect(stats.mean).toBeNull();
    else expect(stats.mean).toBeCloseTo(mean, 10);
    if (sd === null) expect(stats.sd).toBeNull();
    else expect(stats.sd).toBeCloseTo(sd, 10);
    expect(stats.min).toBe(min);
    expect(stats.max).toBe(max);
    expect(stats.counts).toEqual(counts);
  });
});

describe('aggregateRatings', () => {
  it('keeps the lens order, includes unrated conditions and sorts notes so their order names nobody', () => {
    const results = aggregateRatings(['vision', 'funding', 'access'], [
      { conditionId: 'access', level: 2, evidence: 'zebra crossing' },
      { conditionId: 'vision', level: 4, evidence: '  ' },
      { conditionId: 'access', level: 4, evidence: 'apples' },
    ]);
    expect(results.map((r) => r.conditionId)).toEqual(['vision', 'funding', 'access']);
    expect(results[1]).toMatchObject({ n: 0, mean: null, notes: [] });
    expect(results[2]).toMatchObject({ n: 2, mean: 3, sd: 1, min: 2, max: 4, counts: [0, 1, 0, 1], notes: ['apples', 'zebra crossing'] });
    expect(results[0]!.notes).toEqual([]);
  });
});

const DISAGREEMENT_CASES: Array<{ levels: number[]; flagged: boolean; why: string }> = [
  { levels: [1, 3], flagged: true, why: 'two people two levels apart' },
  { levels: [1, 4, 4, 4, 4], flagged: true, why: 'one person far from the rest' },
  { levels: [2, 3, 2, 3], flagged: false, why: 'neighbouring levels' },
  { levels: [3, 3, 3], flagged: false, why: 'everyone agrees' },
  { levels: [1], flagged: false, why: 'a single rater cannot disagree' },
  { levels: [], flagged: false, why: 'nobody rated' },
];

describe('isDisagreement', () => {
  it.each(DISAGREEMENT_CASES)('$why → flagged: $flagged', ({ levels, flagged }) => {
    expect(isDisagreement(levelStats(levels))).toBe(flagged);
  });
});

function result(conditionId: string, mean: number | null): ConditionResult {
  return { conditionId, n: mean === null ? 0 : 2, mean, sd: 0, min: null, max: null, counts: [0, 0, 0, 0], notes: [] };
}

const RANKING_CASES: Array<{ name: string; means: Array<[string, number | null]>; strengths: string[]; weaknesses: string[] }> = [
  {
    name: 'the highest means are strengths, best first; the lowest are weaknesses, weakest first',
    means: [['a', 3.5], ['b', 1.5], ['c', 2.5], ['d', 4], ['e', 1], ['f', 3], ['g', 2]],
    strengths: ['d', 'a', 'f'],
    weaknesses: ['e', 'b', 'g'],
  },
  { name: 'with few conditions neither list takes more than half', means: [['a', 4], ['b', 2], ['c', 3]], strengths: ['a'], weaknesses: ['b'] },
  { name: 'unrated conditions are neither', means: [['a', null], ['b', 2], ['c', 3]], strengths: ['c'], weaknesses: ['b'] },
  { name: 'nothing stands out when every mean is equal', means: [['a', 3], ['b', 3], ['c', 3], ['d', 3]], strengths: [], weaknesses: [] },
  { name: 'conditions tied at a cut stay together', means: [['a', 3], ['b', 3], ['c', 3], ['d', 1]], strengths: ['a', 'b', 'c'], weaknesses: ['d'] },
  { name: 'a condition is never both', means: [['a', 4], ['b', 3], ['c', 3], ['d', 1]], strengths: ['a', 'b', 'c'], weaknesses: ['d'] },
  { name: 'nobody rated anything', means: [['a', null]], strengths: [], weaknesses: [] },
];

describe('strengthsAndWeaknesses', () => {
  it.each(RANKING_CASES)('$name', ({ means, strengths, weaknesses }) => {
    const ranked = strengthsAndWeaknesses(means.map(([id, mean]) => result(id, mean)));
    expect(ranked.strengths.map((r) => r.conditionId)).toEqual(strengths);
    expect(ranked.weaknesses.map((r) => r.conditionId)).toEqual(weaknesses);
  });
});

describe('changeBetween', () => {
  const lens = { frameworkId: 'iste-ec-14', frameworkVersion: '1' };

  it('gives each condition’s move in mean, and no move where either round left it unrated', () => {
    const changes = changeBetween(
      { ...lens, results: [result('a', 2), result('b', 3), result('c', null)] },
      { ...lens, results: [result('a', 3.5), result('b', 2.5), result('c', 2), result('d', 1)] },
    );
    expect(changes).toEqual([
      { conditionId: 'a', before: 2, after: 3.5, delta: 1.5 },
      { conditionId: 'b', before: 3, after: 2.5, delta: -0.5 },
      { conditionId: 'c', before: null, after: 2, delta: null },
      { conditionId: 'd', before: null, after: 1, delta: null },
    ]);
  });

  it('refuses to compare rounds taken on different lenses', () => {
    expect(changeBetween({ ...lens, results: [result('a', 2)] }, { frameworkId: 'iste-ec-7', frameworkVersion: '1', results: [result('a', 3)] })).toBeNull();
  });

  it('compares a round with the latest earlier closed round on the same lens', () => {
    const round = (id: string, frameworkId: string, status: 'open' | 'closed', openedAt: string) => ({ id, frameworkId, frameworkVersion: '1', status, openedAt });
    const rounds = [
      round('autumn', 'iste-ec-14', 'closed', '2026-09-01T00:00:00.000Z'),
      round('other-lens', 'iste-ec-7', 'closed', '2026-10-01T00:00:00.000Z'),
      round('winter', 'iste-ec-14', 'closed', '2026-12-01T00:00:00.000Z'),
      round('spring', 'iste-ec-14', 'closed', '2027-03-01T00:00:00.000Z'),
      round('summer', 'iste-ec-14', 'open', '2027-06-01T00:00:00.000Z'),
    ];
    expect(previousComparableRound(rounds, rounds[3]!)?.id).toBe('winter');
    expect(previousComparableRound(rounds, rounds[1]!)).toBeUndefined();
    expect(previousComparableRound(rounds, rounds[0]!)).toBeUndefined();
  });
});

describe('the rubric and the ratings body', () => {
  it('names four levels from Not yet to Leading, each with its own descriptor', () => {
    expect(RUBRIC.map((d) => d.level)).toEqual([1, 2, 3, 4]);
    expect(levelName(1)).toBe('Not yet');
    expect(levelName(4)).toBe('Leading');
    expect(new Set(RUBRIC.map((d) => d.description)).size).toBe(4);
  });

  const BODY_CASES: Array<{ name: string; body: unknown; ok: boolean }> = [
    { name: 'a level and a note per condition', body: { ratings: [{ conditionId: 'a', level: 2, evidence: 'x' }] }, ok: true },
    { name: 'no ratings at all', body: { ratings: [] }, ok: true },
    { name: 'level 0', body: { ratings: [{ conditionId: 'a', level: 0, evidence: '' }] }, ok: false },
    { name: 'level 5', body: { ratings: [{ conditionId: 'a', level: 5, evidence: '' }] }, ok: false },
    { name: 'a fractional level', body: { ratings: [{ conditionId: 'a', level: 2.5, evidence: '' }] }, ok: false },
    { name: 'the same condition twice', body: { ratings: [{ conditionId: 'a', level: 2, evidence: '' }, { conditionId: 'a', level: 3, evidence: '' }] }, ok: false },
    { name: 'a note that is too long', body: { ratings: [{ conditionId: 'a', level: 2, evidence: 'x'.repeat(2001) }] }, ok: false },
    { name: 'an extra field', body: { ratings: [{ conditionId: 'a', level: 2, evidence: '', userId: 'someone' }] }, ok: false },
  ];
  it.each(BODY_CASES)('a ratings body with $name is accepted: $ok', ({ body, ok }) => {
    expect(SaveRatingsBodySchema.safeParse(body).success).toBe(ok);
  });
});
