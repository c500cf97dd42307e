/**
 * Coverage: which parts of a plan address each condition of the lens the plan is read
 * through, and where the gaps are. Pure rules over plain data (from readSections and
 * readPlanStructure), so the coverage view, the readiness checklist and the exporters give
 * the same answer.
 *
 * What addresses a condition of the lens:
 * - a section, a goal or an action step, when one of its OWN tags names that condition, or
 *   names a condition of another lens that a crosswalk leads to it (`conditionsInLens`).
 *   An action step does not borrow its goal's tags: a condition only counts as having an
 *   action step when someone said that this step serves it;
 * - a measure, when its goal does. Measures carry no tags of their own: they show whether
 *   the goal's work worked, so they address what the goal addresses.
 * Tags that lead nowhere in the lens (Supportive External Context read through the 7
 * conditions, a tag of an unknown framework) are reported apart, so a view can say so.
 */
import type { Crosswalk } from './frameworks/crosswalks.ts';
import { conditionsInLens, DEFAULT_FRAMEWORK, findCrosswalk, findFramework, FRAMEWORKS, parseConditionTag, resolveConditionTag } from './frameworks/index.ts';
import type { Framework, FrameworkCondition } from './frameworks/types.ts';
import type { SectionInfo } from './plan-doc.ts';
import type { PlanStructure } from './plan-structure.ts';

export interface SectionRef { kind: 'section'; sectionId: string; title: string }
export interface GoalRef { kind: 'goal'; goalId: string; title: string }
export interface ActionRef { kind: 'action'; goalId: string; strategyId: string; actionId: string; title: string }
export interface MeasureRef { kind: 'measure'; goalId: string; measureId: string; name: string }
/** A part of the plan, with the ids needed to link to it. */
export type PlanItemRef = SectionRef | GoalRef | ActionRef | MeasureRef;

/** `covered`: at least one action step; `no-action`: addressed, but no step; `not-addressed`: nothing at all. */
export type ConditionStatus = 'covered' | 'no-action' | 'not-addressed';

export interface ConditionCoverage {
  condition: FrameworkCondition;
  status: ConditionStatus;
  sections: SectionRef[];
  goals: GoalRef[];
  actions: ActionRef[];
  measures: MeasureRef[];
}

/** A tag used in the plan that has no place in the lens, and the items that carry it. */
export interface UnmappedTag { tag: string; name: string; items: PlanItemRef[] }

export interface Coverage {
  lens: Framework;
  /** One entry per condition of the lens, in the lens's order. */
  conditions: ConditionCoverage[];
  unmapped: UnmappedTag[];
  /** The crosswalks the plan's tags were read through (empty when every tag is in the lens). */
  crosswalks: Crosswalk[];
}

export interface CoverageInput {
  sections: readonly SectionInfo[];
  structure: PlanStructure;
  /** The plan's `meta.frameworkId`; anything unknown reads as the default lens. */
  frameworkId?: unknown;
}

/** The lens a plan is read through: its `meta.frameworkId` when known, else the 14 conditions. */
export function resolveLens(frameworkId: unknown): Framework {
  return (typeof frameworkId === 'string' ? findFramework(frameworkId) : undefined) ?? DEFAULT_FRAMEWORK;
}

function lensRef(lens: Framework): { frameworkId: string; version: string } {
  return { frameworkId: lens.id, version: lens.version };
}

/** The condition ids of `lens` a tag addresses, directly or through a crosswalk (none for a malformed tag). */
export function tagConditionsInLens(tag: string, lens: Framework): readonly string[] {
  const parsed = parseConditionTag(tag);
  if (!parsed) return [];
  const known = new Set(lens.conditions.map((c) => c.id));
  return conditionsInLens(parsed, lensRef(lens)).filter((id) => known.has(id));
}

/** Every tagged part of a plan with the tags it is read by; a measure carries its goal's tags. */
export function taggedItems(sections: readonly SectionInfo[], structure: PlanStructure): Array<{ item: PlanItemRef; tags: readonly string[] }> {
  const out: Array<{ item: PlanItemRef; tags: readonly string[] }> = sections.map((s) => ({
    item: { kind: 'section', sectionId: s.id, title: s.title },
    tags: s.conditions,
  }));
  for (const goal of structure.goals) {
    out.push({ item: { kind: 'goal', goalId: goal.id, title: goal.title }, tags: goal.conditions });
    for (const strategy of goal.strategies) {
      for (const action of strategy.actions) {
        out.push({ item: { kind: 'action', goalId: goal.id, strategyId: strategy.id, actionId: action.id, title: action.title }, tags: action.conditions });
      }
    }
    for (const measure of goal.measures) {
      out.push({ item: { kind: 'measure', goalId: goal.id, measureId: measure.id, name: measure.name }, tags: goal.conditions });
    }
  }
  return out;
}

/** A key unique to one item of a plan, for de-duplicating. */
export function itemKey(item: PlanItemRef): string {
  switch (item.kind) {
    case 'section':
      return `section:${item.sectionId}`;
    case 'goal':
      return `goal:${item.goalId}`;
    case 'action':
      return `action:${item.goalId}/${item.strategyId}/${item.actionId}`;
    case 'measure':
      return `measure:${item.goalId}/${item.measureId}`;
  }
}

function statusOf(entry: Omit<ConditionCoverage, 'status'>): ConditionStatus {
  if (entry.actions.length > 0) return 'covered';
  return entry.sections.length + entry.goals.length + entry.measures.length > 0 ? 'no-action' : 'not-addressed';
}

/** The crosswalks that lead the plan's tags of other lenses into `lens`. */
export function crosswalksUsed(tags: Iterable<string>, lens: Framework): Crosswalk[] {
  const used = new Map<string, Crosswalk>();
  for (const tag of tags) {
    const parsed = parseConditionTag(tag);
    if (!parsed || (parsed.frameworkId === lens.id && parsed.version === lens.version)) continue;
    const walk = findCrosswalk(parsed, lensRef(lens));
    if (walk) used.set(`${walk.from.frameworkId}@${walk.from.version}`, walk);
  }
  return [...used.values()];
}

/** What addresses each condition of the plan's lens, the tags that lead nowhere in it, and the crosswalks used. */
export function computeCoverage(input: CoverageInput): Coverage {
  const lens = resolveLens(input.frameworkId);
  const byCondition = new Map(lens.conditions.map((c) => [c.id, { keys: new Set<string>(), items: [] as PlanItemRef[] }]));
  const unmapped = new Map<string, { keys: Set<string>; items: PlanItemRef[] }>();
  const allTags = new Set<string>();
  const add = (bucket: { keys: Set<string>; items: PlanItemRef[] }, item: PlanItemRef) => {
    const key = itemKey(item);
    if (bucket.keys.has(key)) return;
    bucket.keys.add(key);
    bucket.items.push(item);
  };
  for (const { item, tags } of taggedItems(input.sections, input.structure)) {
    for (const tag of tags) {
      allTags.add(tag);
      const ids = tagConditionsInLens(tag, lens);
      if (ids.length === 0 && item.kind !== 'measure') {
        const bucket = unmapped.get(tag) ?? { keys: new Set<string>(), items: [] };
        unmapped.set(tag, bucket);
        add(bucket, item);
      }
      for (const id of ids) {
        const bucket = byCondition.get(id);
        if (bucket) add(bucket, item);
      }
    }
  }
  const conditions = lens.conditions.map((condition): ConditionCoverage => {
    const items = byCondition.get(condition.id)?.items ?? [];
    const entry = {
      condition,
      sections: items.filter((i): i is SectionRef => i.kind === 'section'),
      goals: items.filter((i): i is GoalRef => i.kind === 'goal'),
      actions: items.filter((i): i is ActionRef => i.kind === 'action'),
      measures: items.filter((i): i is MeasureRef => i.kind === 'measure'),
    };
    return { ...entry, status: statusOf(entry) };
  });
  return {
    lens,
    conditions,
    unmapped: [...unmapped].map(([tag, bucket]) => ({ tag, name: resolveConditionTag(tag)?.name ?? tag, items: bucket.items })),
    crosswalks: crosswalksUsed(allTags, lens),
  };
}

/** How many conditions have an action step, how many are addressed at all, out of how many. */
export function coverageCounts(coverage: Coverage): { covered: number; addressed: number; total: number } {
  const covered = coverage.conditions.filter((c) => c.status === 'covered').length;
  const addressed = coverage.conditions.filter((c) => c.status !== 'not-addressed').length;
  return { covered, addressed, total: coverage.conditions.length };
}

/** The main gaps: conditions without an action step (including those addressed by nothing), and those addressed by nothing. */
export function conditionGaps(coverage: Coverage): { withoutAction: ConditionCoverage[]; notAddressed: ConditionCoverage[] } {
  return {
    withoutAction: coverage.conditions.filter((c) => c.status !== 'covered'),
    notAddressed: coverage.conditions.filter((c) => c.status === 'not-addressed'),
  };
}

/** One row of a crosswalk as names: a source condition and where it lands (empty: no clear home). */
export interface CrosswalkRow { from: FrameworkCondition; to: FrameworkCondition[] }

/** A crosswalk as rows of condition names, in the source lens's order. */
export function crosswalkRows(crosswalk: Crosswalk): CrosswalkRow[] {
  const frameworkOf = (ref: { frameworkId: string; version: string }) => FRAMEWORKS.find((f) => f.id === ref.frameworkId && f.version === ref.version);
  const source = frameworkOf(crosswalk.from);
  const target = frameworkOf(crosswalk.to);
  if (!source || !target) return [];
  return source.conditions.map((from) => ({
    from,
    to: (crosswalk.map[from.id] ?? []).flatMap((id) => target.conditions.filter((c) => c.id === id)),
  }));
}

// ---- gaps in the plan's structure, whatever the lens ----

function goalRef(goal: PlanStructure['goals'][number]): GoalRef {
  return { kind: 'goal', goalId: goal.id, title: goal.title };
}

function actionRefs(structure: PlanStructure): Array<{ ref: ActionRef; ownerId: string; ownerName: string; due: string }> {
  return structure.goals.flatMap((goal) =>
    goal.strategies.flatMap((strategy) =>
      strategy.actions.map((action) => ({
        ref: { kind: 'action' as const, goalId: goal.id, strategyId: strategy.id, actionId: action.id, title: action.title },
        ownerId: action.ownerId,
        ownerName: action.ownerName,
        due: action.due,
      })),
    ),
  );
}

/** Goals with no measure: nothing would show whether they worked. */
export function goalsWithoutMeasure(structure: PlanStructure): GoalRef[] {
  return structure.goals.filter((g) => g.measures.length === 0).map(goalRef);
}

/** Goals with no action step in any of their strategies. */
export function goalsWithoutAction(structure: PlanStructure): GoalRef[] {
  return structure.goals.filter((g) => g.strategies.every((s) => s.actions.length === 0)).map(goalRef);
}

/** Goals not linked to a vision element, or linked to one that no longer exists. */
export function goalsWithoutVision(structure: PlanStructure): GoalRef[] {
  const visionIds = new Set(structure.vision.map((v) => v.id));
  return structure.goals.filter((g) => !visionIds.has(g.visionId)).map(goalRef);
}

/** Action steps nobody owns: neither a member nor a name is given. */
export function actionsWithoutOwner(structure: PlanStructure): ActionRef[] {
  return actionRefs(structure)
    .filter((a) => a.ownerId === '' && a.ownerName.trim() === '')
    .map((a) => a.ref);
}

/** Action steps with no due date. */
export function actionsWithoutDueDate(structure: PlanStructure): ActionRef[] {
  return actionRefs(structure)
    .filter((a) => a.due.trim() === '')
    .map((a) => a.ref);
}
