import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ESSENTIAL_CONDITIONS_14 } from '../../../shared/frameworks/index.ts';
import { getSectionBody, readSections, seedPlanDoc, type PlanSeed } from '../../../shared/plan-doc.ts';
import { readPlanStructure, type GoalInit } from '../../../shared/plan-structure.ts';
import { readinessChecklist, readinessCounts, READINESS_CHECK_IDS, type ReadinessCheckId, type ReadinessInput } from '../../../shared/readiness.ts';

const ALL_14 = ESSENTIAL_CONDITIONS_14.conditions.map((c) => `iste-ec-14@1:${c.id}`);

const READY_GOAL: GoalInit = {
  title: 'Every student learns with technology',
  conditions: ALL_14,
  strategies: [{ title: 'Do it', actions: [{ title: 'The one step', ownerName: 'Dana Ortiz', due: '2027-06-30', conditions: ALL_14 }] }],
  measures: [{ name: 'Classrooms using the exemplars', baseline: 10, target: 80 }],
};

/** A plan that passes every check. */
const READY_SEED: Omit<PlanSeed, 'title' | 'templateId' | 'frameworkId'> = {
  sections: [
    { id: 'mission', title: 'Mission', guidance: '', conditions: [], standards: [], wordLimit: 5 },
    { id: 'vision', title: 'Learning vision', guidance: '', conditions: [], standards: [] },
  ],
  vision: ['Students create, not only consume'],
  goals: [{ ...READY_GOAL, visionIndex: 0 }],
};
const READY_WORDS = new Map([
  ['mission', 5],
  ['vision', 40],
]);

function input(seed: Partial<typeof READY_SEED> = {}, words: ReadonlyMap<string, number> = READY_WORDS): ReadinessInput {
  const doc = new Y.Doc();
  seedPlanDoc(doc, { title: 'Plan', templateId: 't', frameworkId: 'iste-ec-14', ...READY_SEED, ...seed });
  return { sections: readSections(doc), structure: readPlanStructure(doc), frameworkId: 'iste-ec-14', wordCounts: words };
}

/** The failing checks, each with a short name for each failing item. */
function failures(checks: ReturnType<typeof readinessChecklist>): Partial<Record<ReadinessCheckId, string[]>> {
  return Object.fromEntries(
    checks
      .filter((c) => !c.passed)
      .map((c) => [c.id, c.failing.map((f) => ('title' in f ? f.title : 'name' in f ? f.name : f.kind))]),
  );
}

describe('the readiness checklist', () => {
  it('passes every check for a complete plan', () => {
    const checks = readinessChecklist(input());
    expect(checks.map((c) => c.id)).toEqual(READINESS_CHECK_IDS);
    expect(failures(checks)).toEqual({});
    expect(readinessCounts(checks)).toEqual({ passed: READINESS_CHECK_IDS.length, total: READINESS_CHECK_IDS.length });
  });

  /** One thing broken at a time, and exactly the check that must catch it. */
  const CASES: Array<{ broken: string; seed?: Partial<typeof READY_SEED>; words?: Array<[string, number]>; fails: Partial<Record<ReadinessCheckId, string[]>> }> = [
    { broken: 'an empty vision section', words: [['mission', 5], ['vision', 0]], fails: { 'vision-written': ['Learning vision'] } },
    { broken: 'a vision section with no count', words: [['mission', 5]], fails: { 'vision-written': ['Learning vision'] } },
    { broken: 'no vision element', seed: { vision: [], goals: [READY_GOAL] }, fails: { 'vision-written': [], 'goals-linked-to-vision': [READY_GOAL.title] } },
    { broken: 'a blank vision element', seed: { vision: ['Students create, not only consume', '  '] }, fails: { 'vision-written': ['vision'] } },
    { broken: 'a goal not linked to the vision', seed: { goals: [READY_GOAL] }, fails: { 'goals-linked-to-vision': [READY_GOAL.title] } },
    { broken: 'a section one word over its limit', words: [['mission', 6], ['vision', 40]], fails: { 'sections-within-word-limits': ['Mission'] } },
    {
      broken: 'a goal with no action step',
      seed: { goals: [{ ...READY_GOAL, visionIndex: 0 }, { ...READY_GOAL, title: 'Idle goal', visionIndex: 0, strategies: [] }] },
      fails: { 'goals-have-actions': ['Idle goal'] },
    },
    {
      broken: 'a goal with no measure',
      seed: { goals: [{ ...READY_GOAL, visionIndex: 0, measures: [] }] },
      fails: { 'goals-have-measures': [READY_GOAL.title] },
    },
    {
      broken: 'a measure without a target',
      seed: { goals: [{ ...READY_GOAL, visionIndex: 0, measures: [{ name: 'Half-set measure', baseline: 3 }] }] },
      fails: { 'measures-have-baseline-and-target': ['Half-set measure'] },
    },
    {
      broken: 'an action step with neither owner nor due date',
      seed: { goals: [{ ...READY_GOAL, visionIndex: 0, strategies: [{ title: 's', actions: [{ title: 'Loose step', conditions: ALL_14 }] }] }] },
      fails: { 'actions-have-owners': ['Loose step'], 'actions-have-due-dates': ['Loose step'] },
    },
    {
      broken: 'a condition with a goal but no action step',
      seed: { goals: [{ ...READY_GOAL, visionIndex: 0, strategies: [{ title: 's', actions: [{ title: 'Step', ownerName: 'A', due: '2027-01-01', conditions: ALL_14.slice(1) }] }] }] },
      fails: { 'conditions-have-actions': ['Shared Vision'] },
    },
    {
      broken: 'a condition nothing addresses',
      seed: { goals: [{ ...READY_GOAL, visionIndex: 0, conditions: ALL_14.slice(1), strategies: [{ title: 's', actions: [{ title: 'Step', ownerName: 'A', due: '2027-01-01', conditions: ALL_14.slice(1) }] }] }] },
      fails: { 'conditions-addressed': ['Shared Vision'], 'conditions-have-actions': ['Shared Vision'] },
    },
  ];
  it.each(CASES)('$broken fails exactly the check that catches it', ({ seed, words, fails }) => {
    expect(failures(readinessChecklist(input(seed, words ? new Map(words) : READY_WORDS)))).toEqual(fails);
  });

  it('a section exactly at its limit passes, and the failing item carries the numbers', () => {
    expect(failures(readinessChecklist(input({}, new Map([['mission', 5], ['vision', 1]]))))).toEqual({});
    const over = readinessChecklist(input({}, new Map([['mission', 9], ['vision', 1]]))).find((c) => c.id === 'sections-within-word-limits');
    expect(over?.failing).toEqual([{ kind: 'section', sectionId: 'mission', title: 'Mission', words: 9, limit: 5 }]);
  });

  it('reads the conditions of the plan’s lens', () => {
    const checks = readinessChecklist({ ...input({ goals: [] }), frameworkId: 'iste-ec-7' });
    expect(failures(checks)['conditions-addressed']).toHaveLength(7);
  });

  it('a fresh document with starter text in its vision still lacks vision elements', () => {
    const doc = new Y.Doc();
    seedPlanDoc(doc, { title: 'Plan', templateId: 't', frameworkId: 'iste-ec-14', sections: [{ id: 'vision', title: 'Learning vision', guidance: '', conditions: [], standards: [], starterParagraphs: ['In three years…'] }] });
    expect(getSectionBody(doc, 'vision').length).toBe(1);
    const checks = readinessChecklist({ sections: readSections(doc), structure: readPlanStructure(doc), wordCounts: new Map([['vision', 3]]) });
    expect(checks.find((c) => c.id === 'vision-written')?.passed).toBe(false);
  });
});
