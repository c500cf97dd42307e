import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { computeCoverage, crosswalkRows } from '../../../shared/coverage.ts';
import { CROSSWALKS, EC14_TO_EC7, FRAMEWORKS, type Crosswalk } from '../../../shared/frameworks/index.ts';
import { getMeta, readSections, seedPlanDoc } from '../../../shared/plan-doc.ts';
import { readPlanStructure } from '../../../shared/plan-structure.ts';

const frameworkOf = (ref: Crosswalk['from']) => {
  const framework = FRAMEWORKS.find((f) => f.id === ref.frameworkId && f.version === ref.version);
  if (!framework) throw new Error(`unknown framework ${ref.frameworkId}@${ref.version}`);
  return framework;
};
const named = (walk: Crosswalk) => ({ walk, name: `${walk.from.frameworkId} → ${walk.to.frameworkId}` });

/** Target conditions no source condition leads to; each must be a deliberate choice listed here. */
const UNREACHABLE_TARGETS: Readonly<Record<string, readonly string[]>> = {
  'iste-ec-7': [],
  'future-ready-gears': [],
  'netp-2024': [],
};

describe.each(CROSSWALKS.map(named))('crosswalk $name', ({ walk }) => {
  const source = frameworkOf(walk.from);
  const target = frameworkOf(walk.to);

  it('has an entry for every source condition, and none for conditions the source does not have', () => {
    expect(Object.keys(walk.map).sort()).toEqual(source.conditions.map((c) => c.id).sort());
  });

  it('maps only to condition ids the target lens knows', () => {
    const known = new Set(target.conditions.map((c) => c.id));
    const unknown = Object.values(walk.map).flat().filter((id) => !known.has(id));
    expect(unknown).toEqual([]);
  });

  it('reaches every target condition, or the gap is listed as deliberate', () => {
    const reached = new Set(Object.values(walk.map).flat());
    const unreachable = target.conditions.map((c) => c.id).filter((id) => !reached.has(id));
    expect(unreachable).toEqual(UNREACHABLE_TARGETS[walk.to.frameworkId] ?? []);
  });

  it('is labelled as Planwright’s own mapping', () => {
    expect(walk.attribution).toMatch(/Planwright/);
  });

  it('reads as rows of names for every source condition', () => {
    const rows = crosswalkRows(walk);
    expect(rows.map((r) => r.from.id)).toEqual(source.conditions.map((c) => c.id));
    for (const row of rows) expect(row.to.map((c) => c.id)).toEqual(walk.map[row.from.id]);
  });
});

const ec14 = (id: string) => `iste-ec-14@1:${id}`;

/** A plan tagged only with the 14 conditions. */
function taggedPlan(): Y.Doc {
  const doc = new Y.Doc();
  seedPlanDoc(doc, {
    title: 'Plan',
    templateId: 't',
    frameworkId: 'iste-ec-14',
    sections: [
      { id: 'community', title: 'Community', guidance: '', conditions: [ec14('engaged-communities'), ec14('shared-vision')], standards: [] },
      { id: 'partners', title: 'Partners', guidance: '', conditions: [ec14('supportive-external-context')], standards: [] },
      { id: 'pd', title: 'Professional learning', guidance: '', conditions: [ec14('ongoing-professional-learning')], standards: [] },
    ],
    goals: [
      {
        title: 'Coach every teacher',
        conditions: [ec14('skilled-personnel')],
        strategies: [{ title: 'Coaches', actions: [{ title: 'Hire four coaches', conditions: [ec14('skilled-personnel'), ec14('ongoing-professional-learning')] }] }],
        measures: [{ name: 'Teachers coached' }],
      },
    ],
  });
  return doc;
}

const read = (doc: Y.Doc) => ({ sections: readSections(doc), structure: readPlanStructure(doc), frameworkId: getMeta(doc).get('frameworkId') });

describe('reading a plan tagged with the 14 through the 7', () => {
  const coverage = computeCoverage({ ...read(taggedPlan()), frameworkId: 'iste-ec-7' });
  const entry = (id: string) => coverage.conditions.find((c) => c.condition.id === id)!;

  it('lists the seven conditions', () => {
    expect(coverage.conditions.map((c) => c.condition.id)).toEqual(FRAMEWORKS.find((f) => f.id === 'iste-ec-7')!.conditions.map((c) => c.id));
  });

  /** Condition of the 7 → what addresses it through the crosswalk. */
  const CASES = [
    { condition: 'shared-vision', sections: ['community'], actions: 0, status: 'no-action' },
    { condition: 'prepared-educators', sections: ['pd'], actions: 1, status: 'covered' },
    { condition: 'implementation-planning', sections: [], actions: 0, status: 'not-addressed' },
  ] as const;
  it.each(CASES)('$condition is addressed by the crosswalked tags', (c) => {
    expect(entry(c.condition).sections.map((s) => s.sectionId)).toEqual(c.sections);
    expect(entry(c.condition).actions).toHaveLength(c.actions);
    expect(entry(c.condition).status).toBe(c.status);
  });

  it('counts an item once even when two of its tags lead to the same condition', () => {
    expect(entry('prepared-educators').goals).toHaveLength(1);
    expect(entry('prepared-educators').actions).toHaveLength(1);
    expect(entry('prepared-educators').measures.map((m) => m.name)).toEqual(['Teachers coached']);
  });

  it('reports Supportive External Context as having no home, with the section that carries it', () => {
    expect(coverage.unmapped.map((u) => ({ name: u.name, items: u.items.map((i) => i.kind === 'section' && i.sectionId) }))).toEqual([
      { name: 'Supportive External Context', items: ['partners'] },
    ]);
  });

  it('names the crosswalk it read the tags through', () => {
    expect(coverage.crosswalks).toEqual([EC14_TO_EC7]);
  });
});

describe('switching the lens', () => {
  it('changes the coverage and leaves every tag as it was', () => {
    const doc = taggedPlan();
    const before = computeCoverage(read(doc));
    const tagsBefore = JSON.stringify([readSections(doc), readPlanStructure(doc)]);

    getMeta(doc).set('frameworkId', 'iste-ec-7');
    const after = computeCoverage(read(doc));

    expect(before.lens.id).toBe('iste-ec-14');
    expect(after.lens.id).toBe('iste-ec-7');
    expect(after.conditions).toHaveLength(7);
    expect(before.crosswalks).toEqual([]);
    expect(after.crosswalks).toEqual([EC14_TO_EC7]);
    expect(JSON.stringify([readSections(doc), readPlanStructure(doc)])).toBe(tagsBefore);
  });

  it.each(FRAMEWORKS.map((f) => ({ id: f.id, count: f.conditions.length })))('to $id shows its $count conditions', ({ id, count }) => {
    const doc = taggedPlan();
    getMeta(doc).set('frameworkId', id);
    expect(computeCoverage(read(doc)).conditions).toHaveLength(count);
  });
});
