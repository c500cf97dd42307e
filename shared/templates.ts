/**
 * The template format. Files in `templates/` are parsed with TemplateSchema when the server
 * starts (a file that fails is reported by name and reason and skipped), and so is every
 * template a workspace saves from one of its plans, on the way into storage and out of it.
 *
 * Every list and string has a bound, so a hostile or runaway template cannot grow a plan,
 * the catalogue answer or the database without limit.
 */
import { z } from 'zod';
import { ACTION_STATUSES } from './plan-structure.ts';
import { findFramework, LEADER_INDICATOR_CODES, parseConditionTag, resolveConditionTag } from './frameworks/index.ts';
import type { PlanSeed } from './plan-doc.ts';

/** The largest template, as JSON, that is loaded from a file or saved from a plan. */
export const MAX_TEMPLATE_JSON_BYTES = 1024 * 1024;

const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');

const conditionTag = z.string().max(120).refine((tag) => parseConditionTag(tag) !== undefined && resolveConditionTag(tag) !== undefined, {
  message: 'not a known condition tag (framework@version:condition)',
});

const leaderCode = z.string().refine((code) => (LEADER_INDICATOR_CODES as readonly string[]).includes(code), {
  message: 'not a Leader Standard indicator code (1a–5d)',
});

const conditions = z.array(conditionTag).max(14);
const standards = z.array(leaderCode).max(23);
const title = z.string().trim().min(1, 'is required').max(300);
const date = z.iso.date('use a real date written YYYY-MM-DD');
/** Money and measure values: finite, and small enough to print. */
const amount = z.number().min(-1e12).max(1e12);

export const TemplateSectionSchema = z.strictObject({
  id: slug,
  title: z.string().min(1).max(200),
  guidance: z.string().max(4000),
  conditions,
  standards,
  wordLimit: z.number().int().positive().max(100_000).optional(),
  starter: z.array(z.string().max(20_000)).max(300).optional(),
});

export const TemplateActionSchema = z.strictObject({
  title,
  status: z.enum(ACTION_STATUSES).optional(),
  start: date.optional(),
  due: date.optional(),
  budget: amount.min(0).nullable().optional(),
  funding: z.string().max(300).optional(),
  conditions: conditions.optional(),
  standards: standards.optional(),
});

export const TemplateMeasureSchema = z.strictObject({
  name: title,
  unit: z.string().max(60).optional(),
  baseline: amount.nullable().optional(),
  target: amount.nullable().optional(),
  targetDate: date.optional(),
  dataSource: z.string().max(300).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
});

export const TemplateGoalSchema = z.strictObject({
  title,
  /** The vision element (by position in `vision`) this goal serves. */
  visionIndex: z.number().int().min(0).optional(),
  conditions,
  standards,
  strategies: z.array(z.strictObject({ title, actions: z.array(TemplateActionSchema).max(40) })).max(20),
  measures: z.array(TemplateMeasureSchema).max(20),
});

export const TemplateSchema = z
  .strictObject({
    id: slug,
    name: z.string().trim().min(1).max(200),
    summary: z.string().max(1000),
    /** Who the template is written for, shown in previews ("District task force"). */
    audience: z.string().max(200).optional(),
    /** The span the plan covers, shown in previews ("Three years"). */
    horizon: z.string().max(100).optional(),
    frameworkId: z.string().min(1).max(64).refine((id) => findFramework(id) !== undefined, { message: 'not a known framework id' }),
    sections: z.array(TemplateSectionSchema).min(1).max(100),
    vision: z.array(z.string().trim().min(1).max(2000)).max(20).optional(),
    goals: z.array(TemplateGoalSchema).max(30).optional(),
  })
  .superRefine((template, ctx) => {
    const ids = template.sections.map((s) => s.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'section ids must be unique', path: ['sections'] });
    const visionCount = template.vision?.length ?? 0;
    template.goals?.forEach((goal, index) => {
      if (goal.visionIndex !== undefined && goal.visionIndex >= visionCount) {
        ctx.addIssue({ code: 'custom', message: `points at vision element ${goal.visionIndex}, but there are ${visionCount}`, path: ['goals', index, 'visionIndex'] });
      }
    });
  });

export type Template = z.infer<typeof TemplateSchema>;
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;
export type TemplateGoal = z.infer<typeof TemplateGoalSchema>;

/** Why a value is not a template, one `path: reason` per problem. */
export function describeTemplateIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

const GUIDANCE_EXCERPT_CHARS = 160;

/** What the picker shows of a template, so a person can choose without opening it. */
export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  /** Shipped with Planwright, or saved by a workspace from one of its plans. */
  source: z.enum(['built-in', 'workspace']),
  /** The lens the template's coverage is read through. */
  frameworkId: z.string(),
  audience: z.string().optional(),
  horizon: z.string().optional(),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      conditions: z.array(z.string()),
      standards: z.array(z.string()),
      /** The start of the guidance, cut at a sentence or word. */
      guidance: z.string(),
      wordLimit: z.number().optional(),
    }),
  ),
  visionCount: z.number(),
  goals: z.array(z.object({ title: z.string(), strategies: z.number(), measures: z.number() })),
  /** Conditions the sections and goals are tagged with, in the framework's order. */
  conditionsCovered: z.array(z.object({ tag: z.string(), name: z.string() })),
  /** Leader Standard indicators named anywhere in the template, in order. */
  standardsCovered: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

/**
 * The opening of a text for a preview: whole sentences while they fit in `max` characters
 * (at least one), or the first words of a sentence that is longer than that.
 */
export function excerpt(text: string, max = GUIDANCE_EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentences = flat.split(/(?<=[.!?])\s+/);
  let out = sentences[0] ?? '';
  // A very short first sentence ("Write this last.") says little alone.
  for (const next of sentences.slice(1)) {
    if (out.length >= max / 3 || out.length + 1 + next.length > max) break;
    out = `${out} ${next}`;
  }
  if (out.length <= max) return out;
  const cut = out.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

function coveredConditions(template: Template): TemplateSummary['conditionsCovered'] {
  const tags = new Set<string>([
    ...template.sections.flatMap((s) => s.conditions),
    ...(template.goals ?? []).flatMap((g) => [...g.conditions, ...g.strategies.flatMap((s) => s.actions.flatMap((a) => a.conditions ?? []))]),
  ]);
  const framework = findFramework(template.frameworkId);
  const order = (tag: string) => framework?.conditions.findIndex((c) => c.id === parseConditionTag(tag)?.conditionId) ?? -1;
  return [...tags]
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .flatMap((tag) => {
      const condition = resolveConditionTag(tag);
      return condition ? [{ tag, name: condition.name }] : [];
    });
}

function coveredStandards(template: Template): string[] {
  const codes = new Set<string>([
    ...template.sections.flatMap((s) => s.standards),
    ...(template.goals ?? []).flatMap((g) => [...g.standards, ...g.strategies.flatMap((s) => s.actions.flatMap((a) => a.standards ?? []))]),
  ]);
  return LEADER_INDICATOR_CODES.filter((code) => codes.has(code));
}

/** What the picker shows of a built-in template: everything but the starter text. */
export function summarizeTemplate(template: Template): TemplateSummary {
  return summarize(template, 'built-in');
}

/** What the picker shows of a template a workspace saved from one of its plans. */
export function summarizeSavedTemplate(template: Template): TemplateSummary {
  return summarize(template, 'workspace');
}

function summarize(template: Template, source: TemplateSummary['source']): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    summary: template.summary,
    source,
    frameworkId: template.frameworkId,
    ...(template.audience !== undefined ? { audience: template.audience } : {}),
    ...(template.horizon !== undefined ? { horizon: template.horizon } : {}),
    sections: template.sections.map(({ id, title, conditions, standards, guidance, wordLimit }) => ({
      id,
      title,
      conditions,
      standards,
      guidance: excerpt(guidance),
      ...(wordLimit !== undefined ? { wordLimit } : {}),
    })),
    visionCount: template.vision?.length ?? 0,
    goals: (template.goals ?? []).map((g) => ({ title: g.title, strategies: g.strategies.length, measures: g.measures.length })),
    conditionsCovered: coveredConditions(template),
    standardsCovered: coveredStandards(template),
  };
}

/** The seed a new plan's document is filled from. */
export function templateToSeed(template: Template, title: string): PlanSeed {
  return {
    title,
    templateId: template.id,
    frameworkId: template.frameworkId,
    sections: template.sections.map((section) => ({
      id: section.id,
      title: section.title,
      guidance: section.guidance,
      conditions: section.conditions,
      standards: section.standards,
      ...(section.wordLimit !== undefined ? { wordLimit: section.wordLimit } : {}),
      ...(section.starter ? { starterParagraphs: section.starter } : {}),
    })),
    vision: template.vision ?? [],
    goals: (template.goals ?? []).map((goal) => ({
      title: goal.title,
      ...(goal.visionIndex !== undefined ? { visionIndex: goal.visionIndex } : {}),
      conditions: goal.conditions,
      standards: goal.standards,
      strategies: goal.strategies.map((s) => ({ title: s.title, actions: s.actions })),
      measures: goal.measures,
    })),
  };
}

// ---- templates a workspace saves from its own plans ----

/** How many saved templates one workspace may keep. */
export const MAX_WORKSPACE_TEMPLATES = 100;

export const SaveAsTemplateBodySchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(200),
  summary: z.string().trim().max(1000).optional(),
});
export type SaveAsTemplateBody = z.infer<typeof SaveAsTemplateBodySchema>;

/** A saved template as the picker lists it: its preview, who saved it and when. */
export const WorkspaceTemplateSchema = TemplateSummarySchema.extend({
  savedAt: z.string(),
  savedBy: z.string(),
});
export type WorkspaceTemplate = z.infer<typeof WorkspaceTemplateSchema>;

export const WorkspaceTemplateListSchema = z.object({ templates: z.array(WorkspaceTemplateSchema) });

export const WorkspaceTemplateParamsSchema = z.object({ wid: z.string().min(1).max(64), tid: z.string().min(1).max(64) });
