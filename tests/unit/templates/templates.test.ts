import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { ESSENTIAL_CONDITIONS_14, formatConditionTag } from '../../../shared/frameworks/index.ts';
import { readSections, sectionPlainText, seedPlanDoc } from '../../../shared/plan-doc.ts';
import { TemplateSchema, templateToSeed } from '../../../shared/templates.ts';
import type { Logger } from '../../../server/logger.ts';
import { loadTemplates, TEMPLATES_DIR as TEMPLATES_DIR_FOR_TESTS } from '../../../server/templates.ts';

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
const shipped = readdirSync(TEMPLATES_DIR_FOR_TESTS).filter((f) => f.endsWith('.json'));

describe('shipped templates', () => {
  it.each(shipped)('%s passes the template schema', (file) => {
    const result = TemplateSchema.safeParse(JSON.parse(readFileSync(join(TEMPLATES_DIR_FOR_TESTS, file), 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('the district technology plan addresses all 14 Essential Conditions and Leader Standards 2a–2e', () => {
    const template = loadTemplates(TEMPLATES_DIR_FOR_TESTS, quiet).templates.get('district-technology-plan')!;
    const tags = new Set(template.sections.flatMap((s) => s.conditions));
    for (const condition of ESSENTIAL_CONDITIONS_14.conditions) {
      expect(tags, condition.name).toContain(formatConditionTag({ frameworkId: 'iste-ec-14', version: '1', conditionId: condition.id }));
    }
    const standards = new Set(template.sections.flatMap((s) => s.standards));
    for (const code of ['2a', '2b', '2c', '2d', '2e']) expect(standards).toContain(code);
  });

  it('seeds a plan document with every section, its tags and its starter text', () => {
    const template = loadTemplates(TEMPLATES_DIR_FOR_TESTS, quiet).templates.get('district-technology-plan')!;
    const doc = new Y.Doc();
    seedPlanDoc(doc, templateToSeed(template, 'Plan'));
    const sections = readSections(doc);
    expect(sections.map((s) => s.id)).toEqual(template.sections.map((s) => s.id));
    expect(sections.find((s) => s.id === 'mission')?.wordLimit).toBe(100);
    expect(sectionPlainText(doc, 'goals')).toContain('How might we');
  });
});

/** Hostile or broken files, each with the reason the loader must give. */
const BAD_FILES: Array<{ name: string; content: string; reason: RegExp }> = [
  { name: 'not-json.json', content: '{ "id": ', reason: /not valid JSON/ },
  { name: 'wrong-shape.json', content: '[1, 2, 3]', reason: /\(root\)/ },
  { name: 'unknown-condition.json', content: JSON.stringify({ id: 'x', name: 'X', summary: '', frameworkId: 'iste-ec-14', sections: [{ id: 'a', title: 'A', guidance: '', conditions: ['iste-ec-14@1:moon-base'], standards: [] }] }), reason: /not a known condition tag/ },
  { name: 'bad-standard.json', content: JSON.stringify({ id: 'y', name: 'Y', summary: '', frameworkId: 'iste-ec-14', sections: [{ id: 'a', title: 'A', guidance: '', conditions: [], standards: ['9z'] }] }), reason: /Leader Standard/ },
  { name: 'extra-key.json', content: JSON.stringify({ id: 'z', name: 'Z', summary: '', frameworkId: 'iste-ec-14', sections: [{ id: 'a', title: 'A', guidance: '', conditions: [], standards: [], script: '<script>' }] }), reason: /script/ },
  { name: 'duplicate-sections.json', content: JSON.stringify({ id: 'w', name: 'W', summary: '', frameworkId: 'iste-ec-14', sections: [{ id: 'a', title: 'A', guidance: '', conditions: [], standards: [] }, { id: 'a', title: 'B', guidance: '', conditions: [], standards: [] }] }), reason: /unique/ },
  { name: 'huge.json', content: `{"pad":"${'x'.repeat(1024 * 1024)}"}`, reason: /larger than/ },
];

describe('loading a templates folder', () => {
  it('skips every bad file with its name and reason, and keeps the good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planwright-templates-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const bad of BAD_FILES) writeFileSync(join(dir, bad.name), bad.content);
    writeFileSync(join(dir, 'good.json'), readFileSync(join(TEMPLATES_DIR_FOR_TESTS, 'district-technology-plan.json')));
    const warnings: string[] = [];
    const catalog = loadTemplates(dir, { ...quiet, warn: (context) => warnings.push(JSON.stringify(context)) });
    expect([...catalog.templates.keys()]).toEqual(['district-technology-plan']);
    for (const bad of BAD_FILES) {
      const problem = catalog.problems.find((p) => p.file === bad.name);
      expect(problem?.reason, bad.name).toMatch(bad.reason);
    }
    expect(warnings).toHaveLength(BAD_FILES.length);
  });
});
