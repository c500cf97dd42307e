import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  actionsWithoutDueDate,
  actionsWithoutOwner,
  computeCoverage,
  conditionGaps,
  coverageCounts,
  goalsWithoutAction,
  goalsWithoutMeasure,
  goalsWithoutVision,
  resolveLens,
  type ConditionCoverage,
  type Coverage,
} from '../../../shared/coverage.ts';
import { ESSENTIAL_CONDITIONS_14 } from '../../../shared/frameworks/index.ts';
import { readSections, seedPlanDoc, type PlanSeed } from '../../../shared/plan-doc.ts';
import { readPlanStructure, type PlanStructure } from '../../../shared/plan-structure.ts';
import { TemplateSchema, templateToSeed } from '../../../shared/templates.ts';

const ec14 = (id: string) => `iste-ec-14@1:${id}`;

/** A plan read back from a real document seeded with `seed`. */
function plan(seed: Partial<PlanSeed>) {
  const doc = new Y.Doc();
  seedPlanDoc(doc, { title: 'Plan', templateId: 't', frameworkId: 'iste-ec-14', sections: [], ...seed });
  return { sections: readSections(doc), structure: readPlanStructure(doc) };
}

function conditionOf(coverage: Coverage, id: string): ConditionCoverage {
  const entry = coverage.conditions.find((c) => c.condition.id === id);
  if (!entry) throw new Error(`no condition ${id} in ${coverage.lens.id}`);
  return entry;
}

const section = (id: string, conditions: string[]) => ({ id, title: `Section ${id}`, guidance: '', conditions, standards: [] });

/** One goal on equitable access, its single step tagged with technical support only. */
const ACCESS_PLAN = plan({
  sections: [section('access', [ec14('equitable-access')]), section('budget', [ec14('consistent-adequate-funding')])],
  vision: ['Every learner connected'],
  goals: [
    {
      title: 'Close the homework gap',
      visionIndex: 0,
      conditions: [ec14('equitable-access')],
      strategies: [{ title: 'Hotspots', actions: [{ title: 'Lend hotspots', ownerName: 'CTO', due: '2027-06-30', conditions: [ec14('technical-support')] }] }],
      measures: [{ name: 'Students with home internet', baseline: 70, target: 98 }],
    },
  ],
});

describe('coverage of the 14 conditions', () => {
  const coverage = computeCoverage({ ...ACCESS_PLAN, frameworkId: 'iste-ec-14' });

  it('lists every condition of the lens, in the lens order', () => {
    expect(coverage.conditions.map((c) => c.condition.id)).toEqual(ESSENTIAL_CONDITIONS_14.conditions.map((c) => c.id));
  });

  /** What addresses which condition, and the status that follows. */
  const CASES: Array<{ condition: string; sections: string[]; goals: number; actions: number; measures: number; status: ConditionCoverage['status'] }> = [
    { condition: 'equitable-access', sections: ['access'], goals: 1, actions: 0, measures: 1, status: 'no-action' },
    { condition: 'technical-support', sections: [], goals: 0, actions: 1, measures: 0, status: 'covered' },
    { condition: 'consistent-adequate-funding', sections: ['budget'], goals: 0, actions: 0, measures: 0, status: 'no-action' },
    { condition: 'shared-vision', sections: [], goals: 0, actions: 0, measures: 0, status: 'not-addressed' },
  ];
  it.each(CASES)('$condition is addressed by its sections, goals, steps and measures and reads $status', (c) => {
    const entry = conditionOf(coverage, c.condition);
    expect(entry.sections.map((s) => s.sectionId)).toEqual(c.sections);
    expect([entry.goals.length, entry.actions.length, entry.measures.length]).toEqual([c.goals, c.actions, c.measures]);
    expect(entry.status).toBe(c.status);
  });

  it('a measure addresses what its goal addresses; an action step only what its own tags say', () => {
    const access = conditionOf(coverage, 'equitable-access');
    expect(access.measures.map((m) => m.name)).toEqual(['Students with home internet']);
    expect(access.actions).toEqual([]);
    expect(conditionOf(coverage, 'technical-support').actions.map((a) => a.title)).toEqual(['Lend hotspots']);
  });

  it('links carry the ids of each item', () => {
    const [action] = conditionOf(coverage, 'technical-support').actions;
    const goal = ACCESS_PLAN.structure.goals[0]!;
    expect(action).toEqual({ kind: 'action', goalId: goal.id, strategyId: goal.strategies[0]!.id, actionId: goal.strategies[0]!.actions[0]!.id, title: 'Lend hotspots' });
  });

  it('counts conditions with an action step and those addressed at all', () => {
    expect(coverageCounts(coverage)).toEqual({ covered: 1, addressed: 3, total: 14 });
    const gaps = conditionGaps(coverage);
    expect(gaps.withoutAction).toHaveLength(13);
    expect(gaps.notAddressed.map((c) => c.condition.id)).not.toContain('equitable-access');
    expect(gaps.notAddressed).toHaveLength(11);
  });

  it('reads no crosswalk and finds no unmapped tag when every tag is in the lens', () => {
    expect(coverage.crosswalks).toEqual([]);
    expect(coverage.unmapped).toEqual([]);
  });
});

describe('the lens a plan is read through', () => {
  it.each([undefined, 42, '', 'no-such-lens'])('%s reads as the 14 conditions', (frameworkId) => {
    expect(resolveLens(frameworkId).id).toBe('iste-ec-14');
    expect(computeCoverage({ ...ACCESS_PLAN, frameworkId }).conditions).toHaveLength(14);
  });

  it('tags of unknown frameworks and malformed tags are reported as unmapped, not counted', () => {
    const odd = plan({ sections: [section('odd', ['moon@1:base', 'not a tag'])] });
    const coverage = computeCoverage({ ...odd, frameworkId: 'iste-ec-14' });
    expect(coverage.unmapped.map((u) => [u.tag, u.name, u.items.length])).toEqual([
      ['moon@1:base', 'moon@1:base', 1],
      ['not a tag', 'not a tag', 1],
    ]);
    expect(coverageCounts(coverage).addressed).toBe(0);
  });
});

describe('the default template', () => {
  const template = TemplateSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'templates', 'district-technology-plan.json'), 'utf8')));
  const doc = new Y.Doc();
  seedPlanDoc(doc, templateToSeed(template, 'Plan'));

  it('addresses every one of the 14 conditions through its sections', () => {
    const coverage = computeCoverage({ sections: readSections(doc), structure: readPlanStructure(doc), frameworkId: 'iste-ec-14' });
    expect(coverage.conditions.filter((c) => c.sections.length === 0).map((c) => c.condition.id)).toEqual([]);
  });
});

describe('gaps in the structure', () => {
  const GAPPY: PlanStructure = plan({
    vision: ['Vision'],
    goals: [
      { title: 'Linked, measured, acted on', visionIndex: 0, strategies: [{ title: 's', actions: [{ title: 'Complete step', ownerName: 'Dana', due: '2027-01-01' }] }], measures: [{ name: 'm' }] },
      { title: 'Unlinked, unmeasured', strategies: [{ title: 's', actions: [{ title: 'Ownerless step', due: '2027-01-01' }, { title: 'Undated step', ownerId: 'u1' }] }] },
      { title: 'No step', visionIndex: 0, strategies: [{ title: 'Empty strategy' }], measures: [{ name: 'm' }] },
    ],
  }).structure;

  const CASES: Array<{ rule: string; find: (s: PlanStructure) => Array<{ title: string }>; titles: string[] }> = [
    { rule: 'goals without a measure', find: goalsWithoutMeasure, titles: ['Unlinked, unmeasured'] },
    { rule: 'goals without an action step', find: goalsWithoutAction, titles: ['No step'] },
    { rule: 'goals not linked to a vision element', find: goalsWithoutVision, titles: ['Unlinked, unmeasured'] },
    { rule: 'action steps without an owner', find: actionsWithoutOwner, titles: ['Ownerless step'] },
    { rule: 'action steps without a due date', find: actionsWithoutDueDate, titles: ['Undated step'] },
  ];
  it.each(CASES)('$rule are found and nothing else', ({ find, titles }) => {
    expect(find(GAPPY).map((item) => item.title)).toEqual(titles);
  });

  it('a goal linked to a vision element that was removed counts as unlinked', () => {
    const structure: PlanStructure = { ...GAPPY, vision: [] };
    expect(goalsWithoutVision(structure)).toHaveLength(3);
  });
});
