import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COMMENTS_KEY,
  getMeta,
  getSectionBody,
  getSectionsArray,
  readSections,
  sectionIdOfBody,
  seedPlanDoc,
  type PlanSeed,
} from '../../../shared/plan-doc.ts';
import { addAction, addGoal, addMeasure, findGoal, findMeasure, getGoalsArray, readPlanStructure, removeById, textField } from '../../../shared/plan-structure.ts';
import { addSwotItem, getSwotArray, removeSwotItem, swotItemText } from '../../../shared/swot.ts';
import { compareDocs, restoreInto, type Comparison } from '../../../shared/versions.ts';

/** A small deterministic PRNG (mulberry32), so a failing seed can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['learning', 'every', 'student', 'device', 'coach', 'network', 'equity', 'teacher', 'budget', 'vision', 'measure', 'family'];
const TAGS = ['iste-ec-14@1:technical-support', 'iste-ec-14@1:equitable-access'];

function sentence(rand: () => number, words = 3 + Math.floor(rand() * 8)): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(' ');
}

/** A plan with sections of paragraphs, vision, goals with actions and measures, SWOT items and comments. */
function generatedPlan(rand: () => number): Y.Doc {
  const doc = new Y.Doc();
  const sections = Array.from({ length: 3 + Math.floor(rand() * 4) }, (_, i) => ({
    id: `section-${i}`,
    title: `Section ${i}`,
    guidance: 'What this section is for',
    conditions: [TAGS[i % 2]!],
    standards: ['2b'],
    starterParagraphs: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => sentence(rand)),
  }));
  const seed: PlanSeed = {
    title: 'Generated plan',
    templateId: 'generated',
    frameworkId: 'iste-ec-14',
    sections,
    vision: [sentence(rand), sentence(rand)],
    goals: Array.from({ length: 2 + Math.floor(rand() * 2) }, (_, i) => ({
      title: `Goal ${i}: ${sentence(rand, 3)}`,
      visionIndex: 0,
      strategies: [{ title: sentence(rand, 3), actions: [{ title: sentence(rand, 4), status: 'on-track' as const }] }],
      measures: [{ name: sentence(rand, 2), baseline: 10, target: 50 }],
    })),
  };
  seedPlanDoc(doc, seed);
  for (const tag of TAGS) addSwotItem(doc, tag, 'strengths', sentence(rand));
  const thread = new Y.Map<unknown>();
  thread.set('text', 'A parent asks about hotspots');
  doc.getMap(COMMENTS_KEY).set('thread-1', thread);
  return doc;
}

const pick = <T>(rand: () => number, items: readonly T[]): T | undefined => items[Math.floor(rand() * items.length)];

function paragraphs(doc: Y.Doc): Y.XmlText[] {
  return readSections(doc).flatMap((s) =>
    getSectionBody(doc, s.id)
      .toArray()
      .flatMap((p) => (p instanceof Y.XmlElement ? p.toArray().filter((t): t is Y.XmlText => t instanceof Y.XmlText) : [])),
  );
}

/** One random edit of the kinds people make: typing, deleting, sections and goals coming and going, SWOT, comments, the lens. */
const EDITS: Array<(doc: Y.Doc, rand: () => number) => void> = [
  (doc, rand) => {
    const text = pick(rand, paragraphs(doc));
    text?.insert(Math.floor(rand() * (text.length + 1)), ` ${sentence(rand, 2)} `);
  },
  (doc, rand) => {
    const text = pick(rand, paragraphs(doc));
    if (text && text.length > 2) text.delete(Math.floor(rand() * (text.length - 2)), 2);
  },
  (doc, rand) => {
    const section = pick(rand, readSections(doc));
    if (!section) return;
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(sentence(rand))]);
    getSectionBody(doc, section.id).push([paragraph]);
  },
  (doc, rand) => {
    const body = getSectionBody(doc, pick(rand, readSections(doc))?.id ?? 'none');
    if (body.length > 0) body.delete(Math.floor(rand() * body.length), 1);
  },
  (doc, rand) => {
    const id = `new-${Math.floor(rand() * 1e9)}`;
    const map = new Y.Map<unknown>();
    map.set('id', id);
    map.set('title', 'A new section');
    getSectionsArray(doc).push([map]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(sentence(rand))]);
    getSectionBody(doc, id).insert(0, [paragraph]);
  },
  (doc, rand) => {
    const sections = getSectionsArray(doc);
    if (sections.length > 1) sections.delete(Math.floor(rand() * sections.length), 1);
  },
  (doc, rand) => getSectionsArray(doc).get(0)?.set('title', `Renamed ${sentence(rand, 1)}`),
  (doc, rand) => void addGoal(doc, { title: `New goal ${sentence(rand, 2)}`, conditions: [TAGS[0]!] }),
  (doc, rand) => {
    const goal = pick(rand, readPlanStructure(doc).goals);
    if (goal) removeById(getGoalsArray(doc), goal.id);
  },
  (doc, rand) => {
    const goal = pick(rand, readPlanStructure(doc).goals);
    const map = goal ? findGoal(doc, goal.id) : undefined;
    if (map) textField(map, 'title').insert(0, 'Revised ');
    const strategy = goal?.strategies[0];
    if (goal && strategy) addAction(doc, goal.id, strategy.id, { title: sentence(rand, 3) });
  },
  (doc, rand) => void addSwotItem(doc, pick(rand, TAGS)!, 'threats', sentence(rand)),
  (doc) => {
    const item = getSwotArray(doc).get(0);
    if (item) swotItemText(item).insert(0, 'Still: ');
  },
  (doc) => {
    const item = getSwotArray(doc).get(0);
    if (item) removeSwotItem(doc, String(item.get('condition')), 'strengths', String(item.get('id')));
  },
  (doc, rand) => {
    const text = pick(rand, paragraphs(doc));
    if (text && text.length > 3) text.format(Math.floor(rand() * (text.length - 3)), 3, { bold: rand() < 0.7 ? true : null });
  },
  (doc, rand) => {
    const text = pick(rand, paragraphs(doc));
    text?.insert(Math.floor(rand() * (text.length + 1)), sentence(rand, 1), { italic: true });
  },
  (doc) => getMeta(doc).set('frameworkId', 'future-ready-gears'),
  (doc, rand) => getMeta(doc).set(`note-${Math.floor(rand() * 3)}`, 'a setting the snapshot never had'),
  (doc, rand) => {
    // Repeated paragraphs: the common beginning and end of the old and new lists overlap.
    const body = getSectionBody(doc, pick(rand, readSections(doc))?.id ?? 'none');
    const first = body.get(0);
    if (first instanceof Y.XmlElement) body.insert(Math.floor(rand() * (body.length + 1)), [first.clone()]);
  },
  (doc, rand) => doc.getMap(COMMENTS_KEY).set(`thread-${Math.floor(rand() * 1e9)}`, new Y.Map()),
];

function bodyNames(...docs: Y.Doc[]): string[] {
  return [...new Set(docs.flatMap((d) => [...d.share.keys()].filter((n) => sectionIdOfBody(n) !== undefined)))].sort();
}

/** Everything restore promises to make equal, as plain data. */
function content(doc: Y.Doc, names: readonly string[]) {
  return {
    meta: getMeta(doc).toJSON(),
    sections: readSections(doc),
    bodies: Object.fromEntries(names.map((n) => [n, doc.getXmlFragment(n).toJSON()])),
    structure: readPlanStructure(doc),
    swot: getSwotArray(doc).toJSON(),
  };
}

describe('restoreInto', () => {
  it.each(Array.from({ length: 30 }, (_, i) => i + 1))('makes a randomly edited plan equal its snapshot again, comments untouched (seed %i)', (seed) => {
    const rand = random(seed);
    const doc = generatedPlan(rand);
    const snapshot = new Y.Doc();
    Y.applyUpdate(snapshot, Y.encodeStateAsUpdate(doc));
    for (let i = 0; i < 25; i += 1) doc.transact(() => pick(rand, EDITS)!(doc, rand));
    const comments = doc.getMap(COMMENTS_KEY).toJSON();
    const before = Y.encodeStateAsUpdate(snapshot);

    // A second copy of the plan receives the restore as an ordinary update, as other people would.
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(replica, update));
    restoreInto(doc, snapshot);

    const names = bodyNames(doc, snapshot);
    expect(content(doc, names)).toEqual(content(snapshot, names));
    expect(content(replica, names)).toEqual(content(snapshot, names));
    expect(doc.getMap(COMMENTS_KEY).toJSON()).toEqual(comments);
    expect(Y.encodeStateAsUpdate(snapshot)).toEqual(before);
  });

  it('restores a body whose paragraphs repeat, where what is kept at the start and the end overlaps', () => {
    const paragraph = (text: string) => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(text)]);
      return p;
    };
    const snapshot = new Y.Doc();
    getSectionBody(snapshot, 'vision').insert(0, [paragraph('Same'), paragraph('Same')]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(snapshot));
    getSectionBody(doc, 'vision').insert(1, [paragraph('Same')]);
    restoreInto(doc, snapshot);
    expect(getSectionBody(doc, 'vision').toJSON()).toBe(getSectionBody(snapshot, 'vision').toJSON());
    getSectionBody(doc, 'vision').delete(0, 1);
    restoreInto(doc, snapshot);
    expect(getSectionBody(doc, 'vision').toJSON()).toBe(getSectionBody(snapshot, 'vision').toJSON());
  });

  it('keeps a comment’s anchor on text that did not change, while words around it are restored', () => {
    const snapshot = new Y.Doc();
    seedPlanDoc(snapshot, BASE);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(snapshot));
    const text = textOf(doc, 'vision', 0);
    const anchor = Y.createRelativePositionFromTypeIndex(text, 'Every '.length);
    text.insert('Every student learns with a '.length, 'brand new ');
    text.format(0, 'Every'.length, { bold: true });
    restoreInto(doc, snapshot);
    expect(getSectionBody(doc, 'vision').toJSON()).toBe(getSectionBody(snapshot, 'vision').toJSON());
    const resolved = Y.createAbsolutePositionFromRelativePosition(anchor, doc);
    expect(resolved?.type).toBe(textOf(doc, 'vision', 0));
    expect(resolved?.index).toBe('Every '.length);
  });

  it('empties the body of a section added after the snapshot, and writes nothing when the plan already equals it', () => {
    const doc = generatedPlan(random(99));
    const snapshot = new Y.Doc();
    Y.applyUpdate(snapshot, Y.encodeStateAsUpdate(doc));
    EDITS[4]!(doc, random(1));
    const added = readSections(doc).at(-1)!.id;
    expect(getSectionBody(doc, added).length).toBe(1);
    restoreInto(doc, snapshot);
    expect(getSectionBody(doc, added).length).toBe(0);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    restoreInto(doc, snapshot);
    expect(updates).toEqual([]);
  });
});

interface CompareCase {
  name: string;
  edit: (doc: Y.Doc) => void;
  sections: Record<string, Comparison['sections'][number]['change']>;
  added: string[];
  removed: string[];
  items: Array<Pick<Comparison['items'][number], 'kind' | 'change' | 'before' | 'after'>>;
}

const BASE: PlanSeed = {
  title: 'Plan',
  templateId: 't',
  frameworkId: 'iste-ec-14',
  sections: [
    { id: 'vision', title: 'Vision', guidance: '', conditions: [], standards: [], starterParagraphs: ['Every student learns with a device.', 'Teachers are trained first.'] },
    { id: 'equity', title: 'Equity', guidance: '', conditions: [], standards: [], starterParagraphs: ['Hotspots for families.'] },
    { id: 'budget', title: 'Budget', guidance: '', conditions: [], standards: [], starterParagraphs: ['Funded by bonds.'] },
  ],
  goals: [{ title: 'Connect every home', strategies: [{ title: 'Hotspots', actions: [{ title: 'Buy hotspots' }] }], measures: [{ name: 'Homes online' }] }],
};

const textOf = (doc: Y.Doc, sectionId: string, block: number): Y.XmlText => (getSectionBody(doc, sectionId).get(block) as Y.XmlElement).get(0) as Y.XmlText;
const goalId = (doc: Y.Doc): string => readPlanStructure(doc).goals[0]!.id;
const unchanged = { vision: 'unchanged', equity: 'unchanged', budget: 'unchanged' } as const;

const CASES: CompareCase[] = [
  { name: 'identical documents differ in nothing', edit: () => {}, sections: unchanged, added: [], removed: [], items: [] },
  {
    name: 'two words typed into a sentence',
    edit: (doc) => textOf(doc, 'vision', 0).insert('Every student learns with a '.length, 'brand new '),
    sections: { ...unchanged, vision: 'changed' }, added: ['brand new'], removed: [], items: [],
  },
  {
    name: 'a word deleted',
    edit: (doc) => textOf(doc, 'vision', 1).delete('Teachers are trained'.length, ' first'.length),
    sections: { ...unchanged, vision: 'changed' }, added: [], removed: ['first'], items: [],
  },
  {
    name: 'a word replaced',
    edit: (doc) => {
      textOf(doc, 'equity', 0).delete('Hotspots for '.length, 'families'.length);
      textOf(doc, 'equity', 0).insert('Hotspots for '.length, 'students');
    },
    sections: { ...unchanged, equity: 'changed' }, added: ['students'], removed: ['families'], items: [],
  },
  {
    name: 'a paragraph added and another removed',
    edit: (doc) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Families get training too.')]);
      getSectionBody(doc, 'equity').push([paragraph]);
      getSectionBody(doc, 'vision').delete(1, 1);
    },
    sections: { ...unchanged, vision: 'changed', equity: 'changed' }, added: ['Families get training too.'], removed: ['Teachers are trained first.'], items: [],
  },
  {
    name: 'a section removed, one added and one renamed',
    edit: (doc) => {
      getSectionsArray(doc).delete(1, 1);
      const map = new Y.Map<unknown>();
      map.set('id', 'pd');
      map.set('title', 'Professional learning');
      getSectionsArray(doc).push([map]);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Coaches in every school.')]);
      getSectionBody(doc, 'pd').push([paragraph]);
      getSectionsArray(doc).get(1).set('title', 'Budget and funding');
    },
    sections: { vision: 'unchanged', equity: 'removed', budget: 'renamed', pd: 'added' },
    added: ['Coaches in every school.'], removed: ['Hotspots for families.'], items: [],
  },
  {
    name: 'a goal added, and the first goal retitled with a new action step and a renamed measure',
    edit: (doc) => {
      const id = goalId(doc);
      addGoal(doc, { title: 'Train every teacher' });
      textField(findGoal(doc, id)!, 'title').insert(0, 'Quickly ');
      const strategy = readPlanStructure(doc).goals[0]!.strategies[0]!.id;
      addAction(doc, id, strategy, { title: 'Survey families' });
      const measure = readPlanStructure(doc).goals[0]!.measures[0]!.id;
      textField(findMeasure(doc, id, measure)!, 'name').insert(0, 'Share of ');
      addMeasure(doc, id, { name: 'Speed' });
    },
    sections: unchanged, added: [], removed: [],
    items: [
      { kind: 'goal', change: 'changed', before: 'Connect every home', after: 'Quickly Connect every home' },
      { kind: 'goal', change: 'added', before: null, after: 'Train every teacher' },
      { kind: 'action', change: 'added', before: null, after: 'Survey families' },
      { kind: 'measure', change: 'changed', before: 'Homes online', after: 'Share of Homes online' },
      { kind: 'measure', change: 'added', before: null, after: 'Speed' },
    ],
  },
  {
    name: 'a goal removed',
    edit: (doc) => removeById(getGoalsArray(doc), goalId(doc)),
    sections: unchanged, added: [], removed: [],
    items: [{ kind: 'goal', change: 'removed', before: 'Connect every home', after: null }],
  },
];

describe('compareDocs', () => {
  it.each(CASES)('$name', ({ edit, sections, added, removed, items }) => {
    const from = new Y.Doc();
    seedPlanDoc(from, BASE);
    const to = new Y.Doc();
    Y.applyUpdate(to, Y.encodeStateAsUpdate(from));
    edit(to);
    const result = compareDocs(from, to);
    expect(Object.fromEntries(result.sections.map((s) => [s.id, s.change]))).toEqual(sections);
    const parts = (kind: 'added' | 'removed') => result.sections.flatMap((s) => s.blocks.flatMap((b) => b.parts.filter((p) => p.kind === kind).map((p) => p.text.trim())));
    expect(parts('added')).toEqual(added);
    expect(parts('removed')).toEqual(removed);
    expect(result.items.map(({ kind, change, before, after }) => ({ kind, change, before, after }))).toEqual(items);
    const words = (texts: string[]) => texts.join(' ').split(/\s+/).filter((w) => /\w/.test(w)).length;
    expect(result.totals).toMatchObject({ wordsAdded: words(added), wordsRemoved: words(removed), itemsChanged: items.length });
  });

  it('keeps a removed section where it was, and says what a renamed section was called', () => {
    const from = new Y.Doc();
    seedPlanDoc(from, BASE);
    const to = new Y.Doc();
    Y.applyUpdate(to, Y.encodeStateAsUpdate(from));
    CASES[5]!.edit(to);
    const result = compareDocs(from, to);
    expect(result.sections.map((s) => s.id)).toEqual(['vision', 'equity', 'budget', 'pd']);
    expect(result.sections[2]).toMatchObject({ title: 'Budget and funding', previousTitle: 'Budget' });
    expect(result.totals.sectionsChanged).toBe(3);
  });
});
