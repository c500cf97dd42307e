/**
 * The template file format. Files in `templates/` are parsed with TemplateSchema when the
 * server starts; a file that fails is reported by name and reason and skipped.
 */
import { z } from 'zod';
import { LEADER_INDICATOR_CODES } from './frameworks/leader-standards.ts';
import { parseConditionTag, resolveConditionTag } from './frameworks/index.ts';
import type { PlanSeed } from './plan-doc.ts';

const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');

const conditionTag = z.string().refine((tag) => parseConditionTag(tag) !== undefined && resolveConditionTag(tag) !== undefined, {
  message: 'not a known condition tag (framework@version:condition)',
});

const leaderCode = z.string().refine((code) => (LEADER_INDICATOR_CODES as readonly string[]).includes(code), {
  message: 'not a Leader Standard indicator code (1a–5d)',
});

export const TemplateSectionSchema = z.strictObject({
  id: slug,
  title: z.string().min(1).max(200),
  guidance: z.string().max(4000),
  conditions: z.array(conditionTag).max(14),
  standards: z.array(leaderCode).max(23),
  wordLimit: z.number().int().positive().max(100_000).optional(),
  starter: z.array(z.string().max(4000)).max(50).optional(),
});

export const TemplateSchema = z
  .strictObject({
    id: slug,
    name: z.string().min(1).max(200),
    summary: z.string().max(1000),
    frameworkId: z.string().min(1).max(64),
    sections: z.array(TemplateSectionSchema).min(1).max(100),
  })
  .refine((t) => new Set(t.sections.map((s) => s.id)).size === t.sections.length, {
    message: 'section ids must be unique',
    path: ['sections'],
  });

export type Template = z.infer<typeof TemplateSchema>;
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;

/** The catalogue entry the API lists: a template without its starter text. */
export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      conditions: z.array(z.string()),
      standards: z.array(z.string()),
    }),
  ),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

/** What the catalogue shows of a template. */
export function summarizeTemplate(template: Template): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    summary: template.summary,
    sections: template.sections.map(({ id, title, conditions, standards }) => ({ id, title, conditions, standards })),
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
  };
}
