/**
 * The readiness checklist a plan goes through before review: the coverage gaps plus the
 * basics a board expects (a written vision, limits kept, measures with a baseline and a
 * target). Pure rules over plain data, shared by the coverage view and the exporters.
 *
 * The vision counts as written when the section with id `vision` (the templates' learning
 * vision), if the plan has one, has words in it, and the plan has at least one vision
 * element and none of them is blank.
 */
import {
  actionsWithoutDueDate,
  actionsWithoutOwner,
  computeCoverage,
  conditionGaps,
  goalsWithoutAction,
  goalsWithoutMeasure,
  goalsWithoutVision,
  type Coverage,
  type CoverageInput,
  type MeasureRef,
  type PlanItemRef,
  type SectionRef,
} from './coverage.ts';
import type { SectionInfo } from './plan-doc.ts';
import type { PlanStructure } from './plan-structure.ts';

/** The section id whose body holds the learning vision. */
export const VISION_SECTION_ID = 'vision';

export interface ConditionRef { kind: 'condition'; conditionId: string; name: string }
export interface VisionRef { kind: 'vision'; visionId: string }
/** A section over its limit, with the numbers to show. */
export interface OverLimitSectionRef extends SectionRef { words: number; limit: number }
export type ReadinessItem = PlanItemRef | ConditionRef | VisionRef;

export const READINESS_CHECK_IDS = [
  'vision-written',
  'goals-linked-to-vision',
  'conditions-addressed',
  'conditions-have-actions',
  'goals-have-actions',
  'actions-have-owners',
  'actions-have-due-dates',
  'goals-have-measures',
  'measures-have-baseline-and-target',
  'sections-within-word-limits',
] as const;
export type ReadinessCheckId = (typeof READINESS_CHECK_IDS)[number];

export interface ReadinessCheck {
  id: ReadinessCheckId;
  /** What a ready plan has, as a sentence. */
  label: string;
  passed: boolean;
  /** The items that fail the check, with the ids to link to them. */
  failing: ReadinessItem[];
}

export interface ReadinessInput extends CoverageInput {
  /** Words per section id; a section missing here reads as empty. */
  wordCounts: ReadonlyMap<string, number>;
}

/** Sections whose words exceed the limit their template set. */
export function sectionsOverLimit(sections: readonly SectionInfo[], wordCounts: ReadonlyMap<string, number>): OverLimitSectionRef[] {
  return sections.flatMap((s) => {
    const words = wordCounts.get(s.id) ?? 0;
    return s.wordLimit !== undefined && words > s.wordLimit ? [{ kind: 'section' as const, sectionId: s.id, title: s.title, words, limit: s.wordLimit }] : [];
  });
}

/** Measures missing a baseline or a target: progress could not be read against them. */
export function measuresWithoutBaselineOrTarget(structure: PlanStructure): MeasureRef[] {
  return structure.goals.flatMap((goal) =>
    goal.measures
      .filter((m) => m.baseline === null || m.target === null)
      .map((m): MeasureRef => ({ kind: 'measure', goalId: goal.id, measureId: m.id, name: m.name })),
  );
}

/** What keeps the vision from counting as written: an empty vision section, blank elements; `missing` when there is no element at all. */
export function visionGaps(input: ReadinessInput): { failing: ReadinessItem[]; missing: boolean } {
  const failing: ReadinessItem[] = [];
  const section = input.sections.find((s) => s.id === VISION_SECTION_ID);
  if (section && (input.wordCounts.get(section.id) ?? 0) === 0) failing.push({ kind: 'section', sectionId: section.id, title: section.title });
  for (const element of input.structure.vision) {
    if (element.text.trim() === '') failing.push({ kind: 'vision', visionId: element.id });
  }
  return { failing, missing: input.structure.vision.length === 0 };
}

function check(id: ReadinessCheckId, label: string, failing: ReadinessItem[], passed = failing.length === 0): ReadinessCheck {
  return { id, label, passed, failing };
}

function conditionRefs(list: Coverage['conditions']): ConditionRef[] {
  return list.map((c) => ({ kind: 'condition', conditionId: c.condition.id, name: c.condition.name }));
}

/**
 * The checklist, in the order a team works through it. Pass `coverage` when it was already
 * computed from the same input, to save reading the plan twice.
 */
export function readinessChecklist(input: ReadinessInput, coverage: Coverage = computeCoverage(input)): ReadinessCheck[] {
  const { structure } = input;
  const vision = visionGaps(input);
  const gaps = conditionGaps(coverage);
  return [
    check('vision-written', 'The learning vision is written, with at least one vision element', vision.failing, vision.failing.length === 0 && !vision.missing),
    check('goals-linked-to-vision', 'Every goal serves a vision element', goalsWithoutVision(structure)),
    check('conditions-addressed', `Every condition of the lens is addressed somewhere in the plan`, conditionRefs(gaps.notAddressed)),
    check('conditions-have-actions', 'Every condition of the lens has an action step', conditionRefs(gaps.withoutAction)),
    check('goals-have-actions', 'Every goal has at least one action step', goalsWithoutAction(structure)),
    check('actions-have-owners', 'Every action step has an owner', actionsWithoutOwner(structure)),
    check('actions-have-due-dates', 'Every action step has a due date', actionsWithoutDueDate(structure)),
    check('goals-have-measures', 'Every goal has a measure', goalsWithoutMeasure(structure)),
    check('measures-have-baseline-and-target', 'Every measure has a baseline and a target', measuresWithoutBaselineOrTarget(structure)),
    check('sections-within-word-limits', 'Every section is within its word limit', sectionsOverLimit(input.sections, input.wordCounts)),
  ];
}

/** How many checks pass, out of how many. */
export function readinessCounts(checks: readonly ReadinessCheck[]): { passed: number; total: number } {
  return { passed: checks.filter((c) => c.passed).length, total: checks.length };
}
