import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ESSENTIAL_CONDITIONS_14, formatConditionTag } from '../../../shared/frameworks/index.ts';
import { readSections, sectionPlainText, seedPlanDoc } from '../../../shared/plan-doc.ts';
import { readPlanStructure } from '../../../shared/plan-structure.ts';
import { summarizeTemplate, TemplateSchema, templateToSeed, type Template } from '../../../shared/templates.ts';
import type { Logger } from '../../../server/logger.ts';
import { loadTemplates, TEMPLATES_DIR } from '../../../server/templates.ts';

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
const shipped = readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json'));
const catalog = loadTemplates(TEMPLATES_DIR, quiet);
const templates = [...catalog.templates.values()];
const byId = (id: string): Template => {
  const template = catalog.templates.get(id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
};
const sectionIndex = (template: Template, id: string): number => template.sections.findIndex((s) => s.id === id);

describe('shipped templates', () => {
  it.each(shipped)('%s passes the template schema', (file) => {
    const result = TemplateSchema.safeParse(JSON.parse(readFileSync(join(TEMPLATES_DIR, file), 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('at least six templates load, with none skipped', () => {
    expect(catalog.problems).toEqual([]);
    expect(templates.length).toBeGreaterThanOrEqual(6);
    expect(catalog.templates.has('district-technology-plan')).toBe(true);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s gives every section guidance and tags, and has a vision and goals with strategies, actions and measures', (_id, template) => {
    for (const section of template.sections) {
      expect(section.guidance.trim().length, section.id).toBeGreaterThan(40);
      expect(section.conditions.length, section.id).toBeGreaterThan(0);
      expect(section.standards.length, section.id).toBeGreaterThan(0);
    }
    expect(template.vision?.length).toBeGreaterThanOrEqual(2);
    expect(template.goals?.length).toBeGreaterThanOrEqual(3);
    for (const goal of template.goals ?? []) {
      expect(goal.visionIndex, goal.title).toBeDefined();
      expect(goal.conditions.length, goal.title).toBeGreaterThan(0);
      expect(goal.standards.length, goal.title).toBeGreaterThan(0);
      expect(goal.strategies.flatMap((s) => s.actions).length, goal.title).toBeGreaterThan(0);
      expect(goal.measures.length, goal.title).toBeGreaterThan(0);
      for (const measure of goal.measures) {
        expect([measure.unit, measure.targetDate, measure.dataSource].every((v) => v !== undefined && v !== ''), measure.name).toBe(true);
        expect(typeof measure.baseline === 'number' && typeof measure.target === 'number', measure.name).toBe(true);
      }
    }
  });

  it('the district technology plan addresses all 14 Essential Conditions and Leader Standards 2a–2e', () => {
    const template = byId('district-technology-plan');
    const tags = new Set(template.sections.flatMap((s) => s.conditions));
    for (const condition of ESSENTIAL_CONDITIONS_14.conditions) {
      expect(tags, condition.name).toContain(formatConditionTag({ frameworkId: 'iste-ec-14', version: '1', conditionId: condition.id }));
    }
    const standards = new Set(template.sections.flatMap((s) => s.standards));
    for (const code of ['2a', '2b', '2c', '2d', '2e']) expect(standards).toContain(code);
  });

  it('the state-format plan caps the mission at 100 words and the executive summary at 500, and ends with the superintendent’s certification', () => {
    const template = byId('state-three-year-technology-plan');
    expect(template.sections.find((s) => s.id === 'mission')?.wordLimit).toBe(100);
    expect(template.sections.find((s) => s.id === 'executive-summary')?.wordLimit).toBe(500);
    for (const element of ['needs-assessment', 'goals-and-strategies', 'professional-development', 'budget', 'evaluation', 'planning-process']) {
      expect(sectionIndex(template, element), element).toBeGreaterThanOrEqual(0);
    }
    const certification = template.sections.at(-1);
    expect(certification?.id).toBe('certification');
    expect(certification?.guidance).toMatch(/only the superintendent certifies/i);
    expect(certification?.guidance).toMatch(/posted/);
  });

  it('the 1:1 plan puts the learning vision, teacher preparation and digital citizenship before the roll-out', () => {
    const template = byId('one-to-one-device-program');
    const rollout = sectionIndex(template, 'rollout');
    expect(rollout).toBeGreaterThan(0);
    for (const first of ['learning-vision', 'teacher-preparation', 'digital-citizenship', 'responsible-use', 'learning-platform']) {
      const index = sectionIndex(template, first);
      expect(index, first).toBeGreaterThanOrEqual(0);
      expect(index, first).toBeLessThan(rollout);
    }
    expect(template.sections[0]?.id).toBe('learning-vision');
  });

  it('the professional learning plan has leadership cohorts, deep dives, practitioner schools, teacher leaders, exemplars and the 2+1 rhythm', () => {
    const template = byId('professional-learning-plan');
    for (const id of ['leadership-cohorts', 'deep-dives', 'practitioner-schools', 'teacher-leaders', 'exemplars', 'two-plus-one']) {
      expect(sectionIndex(template, id), id).toBeGreaterThanOrEqual(0);
    }
    expect(template.sections.find((s) => s.id === 'two-plus-one')?.guidance).toMatch(/critical-friends/);
  });

  it('the school plan covers ELA, mathematics and other subjects and phrases its design challenge as “How might we …?”', () => {
    const template = byId('school-instructional-technology-plan');
    for (const id of ['achievement-goals', 'ela', 'mathematics', 'other-subjects']) expect(sectionIndex(template, id), id).toBeGreaterThanOrEqual(0);
    const challenge = template.sections.find((s) => s.id === 'design-challenge');
    expect(challenge?.starter?.[0]).toMatch(/^How might we/);
  });

  it('the annual report covers Leader Standards 2c, 2d and 2e', () => {
    const standards = new Set(byId('annual-progress-report').sections.flatMap((s) => s.standards));
    for (const code of ['2c', '2d', '2e']) expect(standards).toContain(code);
  });
});

describe('from template to plan', () => {
  it('seeds a plan document with every section, its tags and its starter text', () => {
    const template = byId('district-technology-plan');
    const doc = new Y.Doc();
    seedPlanDoc(doc, templateToSeed(template, 'Plan'));
    const sections = readSections(doc);
    expect(sections.map((s) => s.id)).toEqual(template.sections.map((s) => s.id));
    expect(sections.find((s) => s.id === 'mission')?.wordLimit).toBe(100);
    expect(sectionPlainText(doc, 'goals')).toContain('How might we');
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s: its vision and example goals come back out of the seeded document unchanged', (_id, template) => {
    const doc = new Y.Doc();
    seedPlanDoc(doc, templateToSeed(template, 'Plan'));
    const structure = readPlanStructure(doc);
    expect(structure.vision.map((v) => v.text)).toEqual(template.vision);
    const goals = template.goals ?? [];
    expect(structure.goals).toHaveLength(goals.length);
    goals.forEach((goal, g) => {
      const read = structure.goals[g]!;
      expect(read.title).toBe(goal.title);
      expect(read.visionId).toBe(structure.vision[goal.visionIndex!]!.id);
      expect(read.conditions).toEqual([...goal.conditions].sort());
      expect(read.standards).toEqual([...goal.standards].sort());
      expect(read.strategies.map((s) => s.title)).toEqual(goal.strategies.map((s) => s.title));
      expect(read.strategies.flatMap((s) => s.actions.map((a) => ({ title: a.title, status: a.status, budget: a.budget, funding: a.funding, conditions: a.conditions, ownerName: a.ownerName })))).toEqual(
        goal.strategies.flatMap((s) =>
          s.actions.map((a) => ({ title: a.title, status: a.status ?? 'not-started', budget: a.budget ?? null, funding: a.funding ?? '', conditions: [...(a.conditions ?? [])].sort(), ownerName: '' })),
        ),
      );
      expect(read.measures.map(({ name, unit, baseline, target, targetDate, dataSource, direction }) => ({ name, unit, baseline, target, targetDate, dataSource, direction }))).toEqual(
        goal.measures.map((m) => ({ name: m.name, unit: m.unit, baseline: m.baseline, target: m.target, targetDate: m.targetDate, dataSource: m.dataSource, direction: m.direction ?? 'higher' })),
      );
    });
  });
});

describe('template previews', () => {
  it('a summary names the conditions covered, the Leader Standards, word limits, guidance openings and example goals', () => {
    const template = byId('state-three-year-technology-plan');
    const summary = summarizeTemplate(template);
    expect(summary.source).toBe('built-in');
    expect(summary.sections.find((s) => s.id === 'mission')?.wordLimit).toBe(100);
    expect(summary.sections.find((s) => s.id === 'executive-summary')?.guidance).toMatch(/^Write this last\. In 500 words/);
    for (const section of summary.sections) expect(section.guidance.length, section.id).toBeLessThanOrEqual(161);
    expect(summary.goals.map((g) => g.title)).toEqual(template.goals!.map((g) => g.title));
    expect(summary.conditionsCovered.map((c) => c.name)).toContain('Consistent and Adequate Funding');
    // In the framework's order, each once.
    const names = summary.conditionsCovered.map((c) => c.name);
    expect(names[0]).toBe('Shared Vision');
    expect(new Set(names).size).toBe(names.length);
    expect(summary.standardsCovered.slice(0, 3)).toEqual(['1a', '1b', '1d']);
    expect(JSON.stringify(summary)).not.toContain('Certified by (superintendent):');
  });
});
