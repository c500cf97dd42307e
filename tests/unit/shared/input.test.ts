import { getSchema } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planContentExtensions } from '../../../shared/editor-extensions.ts';
import {
  AddPointBodySchema,
  inputResults,
  OpenInputRoundBodySchema,
  pointLinkText,
  pointPath,
  quotePointInSection,
  rankMostDisputed,
  rankTopRated,
  scoreStats,
  type PointInput,
  type PointResult,
} from '../../../shared/input.ts';
import { getSectionBody, sectionPlainText } from '../../../shared/plan-doc.ts';

/** A point with the statistics of `ratings`, created at minute `minute`. */
function point(id: string, ratings: number[], minute = 0): PointResult {
  const { counts: _counts, ...stats } = scoreStats(ratings);
  return { id, sectionId: 's', pseudonym: `P ${id}`, body: id, createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(), used: false, ...stats };
}

describe('scoreStats', () => {
  it.each([
    { ratings: [], expected: { n: 0, mean: null, sd: null, min: null, max: null, counts: [0, 0, 0, 0, 0] } },
    { ratings: [4], expected: { n: 1, mean: 4, sd: 0, min: 4, max: 4, counts: [0, 0, 0, 1, 0] } },
    { ratings: [1, 5], expected: { n: 2, mean: 3, sd: 2, min: 1, max: 5, counts: [1, 0, 0, 0, 1] } },
    { ratings: [2, 4, 4, 4, 5, 5, 7, 0], expected: { n: 6, mean: 4, sd: Math.sqrt(1), min: 2, max: 5, counts: [0, 1, 0, 3, 2] } },
  ])('of $ratings is $expected.mean on average with a spread of $expected.sd (anything outside 1–5 is ignored)', ({ ratings, expected }) => {
    const stats = scoreStats(ratings);
    expect({ ...stats, sd: stats.sd === null ? null : Number(stats.sd.toFixed(9)) }).toEqual(expected);
  });
});

describe('ranking points', () => {
  const TOP_RATED_CASES: Array<{ name: string; points: PointResult[]; expected: string[] }> = [
    { name: 'highest mean first', points: [point('a', [3, 3]), point('b', [5, 4]), point('c', [1, 2])], expected: ['b', 'a', 'c'] },
    { name: 'a point with fewer than two ratings is not ranked', points: [point('one', [5]), point('none', []), point('two', [2, 2])], expected: ['two'] },
    { name: 'a tie on the mean goes to the point more people rated', points: [point('few', [4, 4]), point('many', [4, 4, 4])], expected: ['many', 'few'] },
    { name: 'a full tie goes to the older point', points: [point('late', [4, 5], 9), point('early', [5, 4], 1)], expected: ['early', 'late'] },
    { name: 'at most three', points: ['a', 'b', 'c', 'd'].map((id, i) => point(id, [5 - i, 5 - i])), expected: ['a', 'b', 'c'] },
  ];

  it.each(TOP_RATED_CASES)('top-rated: $name', ({ points, expected }) => {
    expect(rankTopRated(points).map((p) => p.id)).toEqual(expected);
  });

  const DISPUTED_CASES: Array<{ name: string; points: PointResult[]; expected: string[] }> = [
    { name: 'widest spread first', points: [point('calm', [3, 4]), point('split', [1, 5]), point('mild', [2, 4])], expected: ['split', 'mild', 'calm'] },
    { name: 'points everyone rated alike are not disputed', points: [point('same', [2, 2, 2]), point('apart', [2, 3])], expected: ['apart'] },
    { name: 'a point with one rating is not ranked', points: [point('one', [1]), point('two', [1, 2])], expected: ['two'] },
    { name: 'a tie on the deviation goes to the wider range', points: [point('narrow', [2, 2, 4, 4]), point('wide', [1, 3, 3, 3, 3, 3, 3, 5])], expected: ['wide', 'narrow'] },
    { name: 'then to the point more people rated, then the older one', points: [point('b', [1, 5], 2), point('a', [1, 5], 3), point('c', [1, 1, 5, 5], 4)], expected: ['c', 'b', 'a'] },
  ];

  it.each(DISPUTED_CASES)('most disputed: $name', ({ points, expected }) => {
    expect(rankMostDisputed(points).map((p) => p.id)).toEqual(expected);
  });
});

describe('inputResults', () => {
  const points: PointInput[] = [
    { id: 'p2', sectionId: 'vision', pseudonym: 'Bold Fox', body: 'Later point', createdAt: '2026-01-01T00:02:00.000Z', used: false, ratings: [{ participant: 'Amber Heron', rating: 2 }, { participant: 'Calm Owl', rating: 4 }] },
    { id: 'p1', sectionId: 'vision', pseudonym: 'Amber Heron', body: 'First point', createdAt: '2026-01-01T00:01:00.000Z', used: true, ratings: [{ participant: 'Bold Fox', rating: 5 }] },
    { id: 'p3', sectionId: 'budget', pseudonym: 'Calm Owl', body: 'Budget point', createdAt: '2026-01-01T00:03:00.000Z', used: false, ratings: [] },
  ];
  const ratings = [
    { sectionId: 'vision', participant: 'Amber Heron', rating: 4 },
    { sectionId: 'vision', participant: 'Bold Fox', rating: 2 },
    { sectionId: 'budget', participant: 'Amber Heron', rating: 5 },
  ];

  it('gives each section, in the round’s order, its participants, mean, spread and ranked points', () => {
    const [budget, vision, empty] = inputResults(['budget', 'vision', 'empty'], ratings, points);
    expect(budget).toMatchObject({ sectionId: 'budget', participants: 2, n: 1, mean: 5, sd: 0, counts: [0, 0, 0, 0, 1], topRated: [], mostDisputed: [] });
    expect(vision).toMatchObject({ sectionId: 'vision', participants: 3, n: 2, mean: 3, sd: 1, min: 2, max: 4, counts: [0, 1, 0, 1, 0], topRated: ['p2'], mostDisputed: ['p2'] });
    expect(vision?.points.map((p) => [p.id, p.n, p.mean, p.used])).toEqual([['p1', 1, 5, true], ['p2', 2, 3, false]]);
    expect(empty).toMatchObject({ participants: 0, n: 0, mean: null, points: [], topRated: [], mostDisputed: [] });
  });
});

describe('bodies', () => {
  it.each([
    { name: 'no section', body: { name: 'Spring', audience: 'Parents', sectionIds: [] } },
    { name: 'a section twice', body: { name: 'Spring', audience: 'Parents', sectionIds: ['vision', 'vision'] } },
    { name: 'a blank audience', body: { name: 'Spring', audience: '   ', sectionIds: ['vision'] } },
    { name: 'an extra field', body: { name: 'Spring', audience: 'Parents', sectionIds: ['vision'], closed: true } },
  ])('opening a round with $name is refused', ({ body }) => {
    expect(OpenInputRoundBodySchema.safeParse(body).success).toBe(false);
  });

  it('a point is trimmed and may be at most 500 characters', () => {
    expect(AddPointBodySchema.parse({ sectionId: 'vision', body: '  More coaches  ' }).body).toBe('More coaches');
    expect(AddPointBodySchema.safeParse({ sectionId: 'vision', body: 'x'.repeat(500) }).success).toBe(true);
    expect(AddPointBodySchema.safeParse({ sectionId: 'vision', body: 'x'.repeat(501) }).success).toBe(false);
  });
});

describe('quoting a point in a section', () => {
  it('appends a blockquote the editor schema accepts, with a link back to the point', () => {
    const doc = new Y.Doc();
    const body = getSectionBody(doc, 'vision');
    const first = new Y.XmlElement('paragraph');
    first.insert(0, [new Y.XmlText('Our vision.')]);
    body.insert(0, [first]);

    const href = pointPath('plan 1', 'pt-9');
    quotePointInSection(doc, 'vision', { body: 'Families want screen-time guidance.', href, linkText: pointLinkText('Parents') });

    const root = yXmlFragmentToProseMirrorRootNode(body, getSchema([...planContentExtensions]));
    root.check();
    expect(root.toJSON()).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Our vision.' }] },
        {
          type: 'blockquote',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Families want screen-time guidance.' }] },
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Source: ' },
                { type: 'text', text: 'Stakeholder input — Parents round', marks: [{ type: 'link', attrs: { href: '/plans/plan%201/input#point-pt-9', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }] },
              ],
            },
          ],
        },
      ],
    });
    expect(sectionPlainText(doc, 'vision')).toContain('Families want screen-time guidance.');
  });
});
