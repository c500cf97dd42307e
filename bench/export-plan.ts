/**
 * A long plan for the export scenario, written the way the editor writes it: the template's
 * sections plus extra ones, each with several pages of rich text (headings, paragraphs with
 * bold, italic and links, nested bulleted and ordered lists, a quote), and goals with
 * strategies, many action steps (owners, dates, budgets, tags) and measures with recorded values.
 * Deterministic (seeded), so every run exports the same plan.
 */
import { getSchema, type JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { planContentExtensions } from '../shared/editor-extensions.ts';
import { ESSENTIAL_CONDITIONS_14 } from '../shared/frameworks/essential-conditions.ts';
import { LEADER_INDICATOR_CODES } from '../shared/frameworks/leader-standards.ts';
import { getSectionBody, getSectionsArray, readSections } from '../shared/plan-doc.ts';
import { ACTION_STATUSES, addActual, addGoal, readPlanStructure } from '../shared/plan-structure.ts';
import { EXPORT } from './config.ts';

const WORDS = (
  'students teachers learning technology devices coaching principals families community equity access ' +
  'network support classroom lessons standards vision practice evidence assessment feedback digital ' +
  'citizenship privacy budget partners schools district leaders training cohort pilot design challenge ' +
  'measure progress course correction reflect share exemplars curriculum inquiry projects connectivity ' +
  'hotspots library mathematics literacy science every grade level each term together confidently'
).split(' ');

/** A small linear congruential generator: the same seed gives the same plan. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Rng = () => number;
const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

function sentence(r: Rng, words: number): string {
  const picked = Array.from({ length: words }, () => pick(r, WORDS)).join(' ');
  return `${picked.charAt(0).toUpperCase()}${picked.slice(1)}.`;
}

/** A paragraph of about `words` words with a bold run, an italic run and sometimes a link. */
function paragraph(r: Rng, words: number): JSONContent {
  const content: JSONContent[] = [];
  let left = words;
  while (left > 0) {
    const length = Math.min(left, 8 + Math.floor(r() * 10));
    const roll = r();
    const marks = roll < 0.12 ? [{ type: 'bold' }] : roll < 0.2 ? [{ type: 'italic' }] : roll < 0.24 ? [{ type: 'link', attrs: { href: 'https://www.iste.org/standards' } }] : undefined;
    content.push(text(`${sentence(r, length)} `, marks));
    left -= length;
  }
  return { type: 'paragraph', content };
}

const item = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content });

function bulletList(r: Rng): JSONContent {
  const nested: JSONContent = { type: 'bulletList', content: [item(paragraph(r, 10)), item(paragraph(r, 12))] };
  return { type: 'bulletList', content: [item(paragraph(r, 14), nested), item(paragraph(r, 16)), item(paragraph(r, 12))] };
}

function sectionBody(r: Rng): JSONContent {
  const prose = (count: number): JSONContent[] => Array.from({ length: count }, () => paragraph(r, EXPORT.wordsPerParagraph));
  const half = Math.floor(EXPORT.paragraphsPerSection / 2);
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 3 }, content: [text(sentence(r, 4))] },
      ...prose(half),
      bulletList(r),
      { type: 'heading', attrs: { level: 4 }, content: [text(sentence(r, 5))] },
      { type: 'orderedList', attrs: { start: 1 }, content: [item(paragraph(r, 18)), item(paragraph(r, 14), { type: 'orderedList', attrs: { start: 1 }, content: [item(paragraph(r, 9))] }), item(paragraph(r, 16))] },
      { type: 'blockquote', content: [paragraph(r, 30)] },
      ...prose(EXPORT.paragraphsPerSection - half),
    ],
  };
}

const TAG = (id: string): string => `${ESSENTIAL_CONDITIONS_14.id}@${ESSENTIAL_CONDITIONS_14.version}:${id}`;

function addExtraSections(doc: Y.Doc, r: Rng): void {
  for (let index = 1; index <= EXPORT.extraSections; index += 1) {
    const map = new Y.Map<unknown>();
    map.set('id', `extra-${index}`);
    map.set('title', `School plan ${index}: ${sentence(r, 3).slice(0, -1)}`);
    map.set('guidance', '');
    map.set('conditions', [TAG(pick(r, ESSENTIAL_CONDITIONS_14.conditions).id)]);
    map.set('standards', [pick(r, LEADER_INDICATOR_CODES)]);
    getSectionsArray(doc).push([map]);
  }
}

function isoDate(r: Rng, year: number): string {
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function addGoals(doc: Y.Doc, r: Rng): void {
  const owners = ['Dana Ortiz', 'Sam Lee', 'Priya Natarajan', 'Marcus Bell', 'Ana Gómez', 'Chris Wong'];
  for (let g = 0; g < EXPORT.goals; g += 1) {
    const goalId = addGoal(doc, {
      title: `Goal ${g + 1}: ${sentence(r, 8).slice(0, -1)}`,
      conditions: [TAG(pick(r, ESSENTIAL_CONDITIONS_14.conditions).id)],
      standards: [pick(r, LEADER_INDICATOR_CODES)],
      strategies: Array.from({ length: EXPORT.strategiesPerGoal }, () => ({
        title: sentence(r, 5).slice(0, -1),
        actions: Array.from({ length: EXPORT.actionsPerStrategy }, () => ({
          title: sentence(r, 10 + Math.floor(r() * 8)).slice(0, -1),
          ownerName: pick(r, owners),
          start: isoDate(r, 2027),
          due: isoDate(r, 2028),
          status: pick(r, ACTION_STATUSES),
          budget: r() < 0.6 ? Math.round(r() * 80) * 500 : null,
          funding: pick(r, ['Title II, Part A', 'Title IV-A', 'E-rate', 'General fund', '']),
          conditions: [TAG(pick(r, ESSENTIAL_CONDITIONS_14.conditions).id), TAG(pick(r, ESSENTIAL_CONDITIONS_14.conditions).id)],
          standards: [pick(r, LEADER_INDICATOR_CODES)],
        })),
      })),
      measures: Array.from({ length: EXPORT.measuresPerGoal }, () => ({
        name: sentence(r, 7).slice(0, -1),
        unit: '%',
        baseline: Math.round(r() * 50),
        target: 60 + Math.round(r() * 40),
        targetDate: isoDate(r, 2029),
        dataSource: pick(r, ['Walkthroughs', 'Help desk tickets', 'Annual survey', 'Device inventory']),
      })),
    });
    const measures = readPlanStructure(doc).goals.find((goal) => goal.id === goalId)?.measures ?? [];
    for (const measure of measures) addActual(doc, goalId, measure.id, { date: isoDate(r, 2027), value: Math.round(r() * 70), note: '' });
  }
}

/** Fills `doc` (a plan seeded from the district template) with the long plan, in one transaction. */
export function fillLongPlan(doc: Y.Doc): { sections: number; actions: number; measures: number } {
  const r = random(EXPORT.seed);
  const schema = getSchema([...planContentExtensions]);
  doc.transact(() => {
    addExtraSections(doc, r);
    for (const section of readSections(doc)) {
      const body = getSectionBody(doc, section.id);
      body.delete(0, body.length);
      prosemirrorJSONToYXmlFragment(schema, sectionBody(r), body);
    }
    addGoals(doc, r);
  });
  const structure = readPlanStructure(doc);
  return {
    sections: readSections(doc).length,
    actions: structure.goals.reduce((n, goal) => n + goal.strategies.reduce((m, s) => m + s.actions.length, 0), 0),
    measures: structure.goals.reduce((n, goal) => n + goal.measures.length, 0),
  };
}
