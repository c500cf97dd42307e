/**
 * Turns a plan's current document into a template another plan can start from: its sections
 * (guidance, tags, word limits, each body's paragraphs as starter text), vision elements and
 * goals with strategies, action steps and measures.
 *
 * A template is a starting point, so what belongs to this plan's people and calendar stays
 * behind: owners, action dates and statuses, recorded actuals, the log of target changes and
 * the evidence a goal was drawn from. Blank items are left out (a goal nobody titled yet is
 * a draft, not an example). Tags no known lens resolves are dropped rather than refusing the
 * whole plan. The result is a candidate; the caller validates it with TemplateSchema.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { DEFAULT_FRAMEWORK, LEADER_INDICATOR_CODES, resolveConditionTag } from '../shared/frameworks/index.ts';
import { getMeta, readSections, sectionPlainText } from '../shared/plan-doc.ts';
import { readPlanStructure, type ActionStep, type Goal, type Measure, type Strategy } from '../shared/plan-structure.ts';
import type { TemplateSchema } from '../shared/templates.ts';

type TemplateInput = z.input<typeof TemplateSchema>;
type GoalInput = NonNullable<TemplateInput['goals']>[number];

export interface TemplateInfo {
  id: string;
  name: string;
  summary: string;
  audience?: string | undefined;
  horizon?: string | undefined;
}

const knownConditions = (tags: readonly string[]) => tags.filter((tag) => resolveConditionTag(tag) !== undefined);
const knownStandards = (codes: readonly string[]) => codes.filter((code) => (LEADER_INDICATOR_CODES as readonly string[]).includes(code));
const isDate = (value: string) => z.iso.date().safeParse(value).success;

/** The paragraphs of a section body, as plain text, without empty ones. */
function paragraphs(doc: Y.Doc, sectionId: string): string[] {
  return sectionPlainText(doc, sectionId)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function action(step: ActionStep) {
  return {
    title: step.title.trim(),
    ...(step.budget !== null && step.budget >= 0 ? { budget: step.budget } : {}),
    ...(step.funding.trim() !== '' ? { funding: step.funding.trim() } : {}),
    conditions: knownConditions(step.conditions),
    standards: knownStandards(step.standards),
  };
}

function strategy(item: Strategy) {
  const actions = item.actions.filter((a) => a.title.trim() !== '').map(action);
  const title = item.title.trim() || (actions.length > 0 ? 'Untitled strategy' : '');
  return title === '' ? [] : [{ title, actions }];
}

function measure(item: Measure) {
  if (item.name.trim() === '') return [];
  return [
    {
      name: item.name.trim(),
      ...(item.unit.trim() !== '' ? { unit: item.unit.trim() } : {}),
      baseline: item.baseline,
      target: item.target,
      ...(isDate(item.targetDate) ? { targetDate: item.targetDate } : {}),
      ...(item.dataSource.trim() !== '' ? { dataSource: item.dataSource.trim() } : {}),
      direction: item.direction,
    },
  ];
}

function goal(item: Goal, visionIndex: ReadonlyMap<string, number>): GoalInput[] {
  if (item.title.trim() === '') return [];
  const index = visionIndex.get(item.visionId);
  return [
    {
      title: item.title.trim(),
      ...(index !== undefined ? { visionIndex: index } : {}),
      conditions: knownConditions(item.conditions),
      standards: knownStandards(item.standards),
      strategies: item.strategies.flatMap(strategy),
      measures: item.measures.flatMap(measure),
    },
  ];
}

/** A template candidate built from the plan document as it is now. */
export function templateFromPlan(doc: Y.Doc, info: TemplateInfo): TemplateInput {
  const frameworkId = getMeta(doc).get('frameworkId');
  const structure = readPlanStructure(doc);
  const vision = structure.vision.filter((v) => v.text.trim() !== '');
  const visionIndex = new Map(vision.map((v, i) => [v.id, i]));
  return {
    id: info.id,
    name: info.name,
    summary: info.summary,
    ...(info.audience !== undefined ? { audience: info.audience } : {}),
    ...(info.horizon !== undefined ? { horizon: info.horizon } : {}),
    frameworkId: typeof frameworkId === 'string' ? frameworkId : DEFAULT_FRAMEWORK.id,
    sections: readSections(doc).map((section) => {
      const starter = paragraphs(doc, section.id);
      return {
        id: section.id,
        title: section.title,
        guidance: section.guidance,
        conditions: knownConditions(section.conditions),
        standards: knownStandards(section.standards),
        ...(section.wordLimit !== undefined ? { wordLimit: section.wordLimit } : {}),
        ...(starter.length > 0 ? { starter } : {}),
      };
    }),
    vision: vision.map((v) => v.text.trim()),
    goals: structure.goals.flatMap((g) => goal(g, visionIndex)),
  };
}
