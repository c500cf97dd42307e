import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildExportDocument, planSchema, type ExportFacts } from '../../../../server/export/build.ts';
import type { ExportDocument } from '../../../../server/export/model.ts';
import { ESSENTIAL_CONDITIONS_14 } from '../../../../shared/frameworks/essential-conditions.ts';
import { getMeta, getSectionBody, seedPlanDoc } from '../../../../shared/plan-doc.ts';
import { addActual, addGoal, getGoalsArray } from '../../../../shared/plan-structure.ts';
import { TemplateSchema, templateToSeed } from '../../../../shared/templates.ts';

const TEMPLATE = TemplateSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../../../templates/district-technology-plan.json'), 'utf8')));
const LINK = 'https://www.iste.org/standards/iste-standards-for-education-leaders';
const FACTS: ExportFacts = {
  title: 'Learning first 2027–2030',
  district: 'Maple Valley School District',
  status: 'In review',
  exportedOn: '2027-03-14',
  versionLabel: 'Current plan',
  revision: 2,
  adoptedOn: null,
};

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });

/** The vision section as someone would write it in the editor. */
const VISION_BODY: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [text('Why learning comes first')] },
    paragraph(text('We want '), text('every student', [{ type: 'bold' }]), text(' to learn with the '), text('ISTE Standards', [{ type: 'link', attrs: { href: LINK } }]), text('.')),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Personalised learning'))] }, { type: 'listItem', content: [paragraph(text('Equity of access'))] }] },
  ],
};

/** A plan from the district template, with written rich text and a goal whose step has an owner and dates. */
function seededPlan(frameworkId = 'iste-ec-14'): Y.Doc {
  const doc = new Y.Doc();
  seedPlanDoc(doc, templateToSeed(TEMPLATE, FACTS.title));
  doc.transact(() => {
    const body = getSectionBody(doc, 'vision');
    body.delete(0, body.length);
    prosemirrorJSONToYXmlFragment(planSchema(), VISION_BODY, body);
    getMeta(doc).set('frameworkId', frameworkId);
    const goalId = addGoal(doc, {
      title: 'Keep every device working',
      conditions: ['iste-ec-14@1:technical-support'],
      standards: ['4a'],
      strategies: [
        {
          title: 'Student help desk',
          actions: [{ title: 'Open a student-run help desk in each high school', ownerName: 'Dana Ortiz', start: '2027-08-15', due: '2028-06-30', status: 'on-track', budget: 12500, funding: 'Title IV-A', conditions: ['iste-ec-14@1:technical-support'], standards: ['4a'] }],
        },
      ],
      measures: [{ name: 'Devices repaired within two days', unit: '%', baseline: 40, target: 90, targetDate: '2029-06-30', dataSource: 'Help desk tickets' }],
    });
    const measureId = (getGoalsArray(doc).toArray().at(-1)?.get('measures') as Y.Array<Y.Map<unknown>>).get(0).get('id') as string;
    addActual(doc, goalId, measureId, { date: '2028-01-31', value: 71, note: '' });
    addActual(doc, goalId, measureId, { date: '2027-10-31', value: 55, note: '' });
  });
  return doc;
}

function nodesOf(node: JSONContent, type: string): JSONContent[] {
  return [...(node.type === type ? [node] : []), ...(node.content ?? []).flatMap((child) => nodesOf(child, type))];
}

async function built(frameworkId?: string): Promise<ExportDocument> {
  const doc = seededPlan(frameworkId);
  try {
    return await buildExportDocument(doc, FACTS);
  } finally {
    doc.destroy();
  }
}

describe('the board-ready document built from a plan', () => {
  it('keeps every section of the template, in order, with its tags in words', async () => {
    const plan = await built();
    expect(plan.sections.map((s) => s.title)).toEqual(TEMPLATE.sections.map((s) => s.title));
    const mission = plan.sections.find((s) => s.id === 'mission');
    expect(mission?.conditions).toEqual(['Shared Vision']);
    expect(mission?.standards).toEqual(['2a Shared vision']);
    expect(mission?.wordLimit).toBe(TEMPLATE.sections.find((s) => s.id === 'mission')?.wordLimit ?? null);
  });

  it('carries a section’s rich text in the editor’s schema: heading, bulleted list, bold run and link', async () => {
    const vision = (await built()).sections.find((s) => s.id === 'vision');
    expect(vision?.content.type).toBe('doc');
    const content = vision!.content;
    expect(nodesOf(content, 'heading')[0]).toMatchObject({ attrs: { level: 3 }, content: [{ text: 'Why learning comes first' }] });
    expect(nodesOf(content, 'listItem').map((item) => nodesOf(item, 'text').map((t) => t.text).join(''))).toEqual(['Personalised learning', 'Equity of access']);
    const texts = nodesOf(content, 'text');
    expect(texts.find((t) => t.text === 'every student')?.marks).toEqual([{ type: 'bold' }]);
    expect(texts.find((t) => t.text === 'ISTE Standards')?.marks?.[0]).toMatchObject({ type: 'link', attrs: { href: LINK } });
    // 4 heading words, 10 in the paragraph, 5 in the list.
    expect(vision?.words).toBe(19);
  });

  it('lists every action step with its goal, strategy, owner, dates, status and cost', async () => {
    const plan = await built();
    expect(plan.actionPlan.length).toBe(TEMPLATE.goals!.flatMap((g) => g.strategies.flatMap((s) => s.actions)).length + 1);
    expect(plan.actionPlan.at(-1)).toEqual({
      goal: 'Keep every device working',
      strategy: 'Student help desk',
      action: 'Open a student-run help desk in each high school',
      owner: 'Dana Ortiz',
      start: '2027-08-15',
      due: '2028-06-30',
      status: 'On track',
      budget: 12500,
      funding: 'Title IV-A',
      conditions: ['Technical Support'],
    });
  });

  it('reads all 14 Essential Conditions by name with what addresses each, whatever lens the plan uses', async () => {
    for (const lens of ['iste-ec-14', 'iste-ec-7']) {
      const plan = await built(lens);
      expect(plan.coverage.map((row) => row.condition)).toEqual(ESSENTIAL_CONDITIONS_14.conditions.map((c) => c.name));
      const support = plan.coverage.find((row) => row.condition === 'Technical Support');
      expect(support).toMatchObject({ covered: true, status: 'Action steps address it', sections: ['Infrastructure and technical support'] });
      expect(support?.goals).toContain('Keep every device working');
      expect(support?.actions).toContain('Open a student-run help desk in each high school');
      expect(support?.measures).toContain('Devices repaired within two days');
    }
    expect((await built('iste-ec-7')).lensName).not.toBe((await built('iste-ec-14')).lensName);
  });

  it('gives each measure its target and its latest recorded value, not the last one typed in', async () => {
    const measure = (await built()).measures.find((m) => m.name === 'Devices repaired within two days');
    expect(measure).toEqual({
      goal: 'Keep every device working',
      name: 'Devices repaired within two days',
      unit: '%',
      baseline: 40,
      target: 90,
      targetDate: '2029-06-30',
      latest: { date: '2028-01-31', value: 71 },
      dataSource: 'Help desk tickets',
      direction: 'higher',
    });
  });

  it('lists each Leader Standard indicator tagged anywhere, in order, with what carries it, and no others', async () => {
    const plan = await built();
    const codes = plan.standards.map((row) => row.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).not.toContain('5a');
    const infrastructure = plan.standards.find((row) => row.code === '4a');
    expect(infrastructure).toMatchObject({ label: 'Infrastructure and systems', sections: ['Infrastructure and technical support'], actions: ['Open a student-run help desk in each high school'] });
    expect(infrastructure?.goals).toContain('Keep every device working');
    for (const row of plan.standards) expect(row.sections.length + row.goals.length + row.actions.length).toBeGreaterThan(0);
  });

  it('states the facts it was given and the plan’s vision elements', async () => {
    const plan = await built();
    expect(plan).toMatchObject(FACTS);
    expect(plan.vision).toEqual(TEMPLATE.vision);
  });
});
