/**
 * Word, Markdown and HTML exports from the real server: a plan written through a stock
 * y-websocket client (a bulleted list, a bold run, an action step with owner and date) comes
 * out of GET /api/plans/:id/export with the right content, content type and file name, and the
 * HTML page is served under its own Content-Security-Policy.
 */
import { getSchema, type JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import mammoth from 'mammoth';
import { describe, expect, it, onTestFinished } from 'vitest';
import type * as Y from 'yjs';
import { HTML_EXPORT_CSP } from '../../server/export/html.ts';
import { planContentExtensions } from '../../shared/editor-extensions.ts';
import { ESSENTIAL_CONDITIONS_14 } from '../../shared/frameworks/essential-conditions.ts';
import { getSectionBody, readSections, sectionPlainText } from '../../shared/plan-doc.ts';
import { addGoal } from '../../shared/plan-structure.ts';
import { VersionSchema } from '../../shared/versions.ts';
import { api, connectClient, createPlan, signUp, waitStored, waitSynced, type Client, type Person } from '../helpers/clients.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import type { RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let owner: Person;

useServerWithOwner((s, o) => {
  server = s;
  owner = o;
});

const schema = getSchema([...planContentExtensions]);

const richBody = (marker: string): JSONContent => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: `${marker}: we put ` }, { type: 'text', text: 'learning first', marks: [{ type: 'bold' }] }] },
    {
      type: 'bulletList',
      content: ['Coaching in every school', 'Devices after training'].map((text) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })),
    },
    {
      type: 'table',
      content: [
        ['tableHeader', 'Milestone', 'Owner'],
        ['tableCell', 'Pilot in two schools', 'Sam Lee'],
      ].map(([type, ...values]) => ({ type: 'tableRow', content: values.map((text) => ({ type, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })) })),
    },
  ],
});

async function connected(planId: string): Promise<Client> {
  const client = connectClient(server.url, planId, owner.cookie);
  onTestFinished(() => client.destroy());
  await waitSynced(client);
  return client;
}

function writeBody(doc: Y.Doc, sectionId: string, body: JSONContent): void {
  const fragment = getSectionBody(doc, sectionId);
  doc.transact(() => fragment.delete(0, fragment.length));
  prosemirrorJSONToYXmlFragment(schema, body, fragment);
}

const stored = (planId: string, seen: (doc: Y.Doc) => boolean): Promise<void> => waitStored(server.url, planId, owner.cookie, seen);

interface WrittenPlan {
  planId: string;
  sectionTitles: string[];
  firstSectionId: string;
  client: Client;
}

/** A plan from the district template with rich text in its first section and one owned action step. */
async function writtenPlan(title: string): Promise<WrittenPlan> {
  const plan = await createPlan(server.url, owner, title);
  const client = await connected(plan.id);
  const sections = readSections(client.doc);
  const first = sections[0];
  if (!first) throw new Error('the template has no sections');
  writeBody(client.doc, first.id, richBody('First draft'));
  addGoal(client.doc, {
    title: 'Every teacher uses the standards',
    strategies: [{ title: 'Leadership cohorts', actions: [{ title: 'Run the leadership institute', ownerName: 'Dana Ortiz', due: '2027-06-30' }] }],
  });
  await stored(plan.id, (doc) => sectionPlainText(doc, first.id).includes('First draft'));
  return { planId: plan.id, sectionTitles: sections.map((section) => section.title), firstSectionId: first.id, client };
}

function exportPlan(planId: string, query: string, person: Person = owner): Promise<Response> {
  return fetch(`${server.url}/api/plans/${planId}/export?${query}`, { headers: { cookie: person.cookie } });
}

describe('exporting a plan as Word, Markdown and HTML', () => {
  it('gives a Word file with the plan title, every section as a heading, the 14 conditions, an owner and date, a list and a bold run', async () => {
    const { planId, sectionTitles } = await writtenPlan('Learning First 2027');
    const response = await exportPlan(planId, 'format=docx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Learning-First-2027\.docx"/);
    const buffer = Buffer.from(await response.arrayBuffer());
    const html = (await mammoth.convertToHtml({ buffer })).value;
    const text = (await mammoth.extractRawText({ buffer })).value;
    expect(text.startsWith('Learning First 2027')).toBe(true);
    const headings = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((match) => (match[1] ?? '').replace(/<[^>]*>/g, ''));
    expect(headings).toEqual(expect.arrayContaining(sectionTitles));
    for (const condition of ESSENTIAL_CONDITIONS_14.conditions) expect(text).toContain(condition.name);
    expect(text).toContain('Dana Ortiz');
    expect(text).toContain('2027-06-30');
    expect(html).toContain('<ul><li>Coaching in every school</li><li>Devices after training</li></ul>');
    expect(html).toContain('<strong>learning first</strong>');
    expect(html).toContain('<table><thead><tr><th><p><strong>Milestone</strong></p></th><th><p><strong>Owner</strong></p></th></tr></thead><tbody><tr><td><p>Pilot in two schools</p></td><td><p>Sam Lee</p></td></tr></tbody></table>');
  });

  it('gives Markdown and HTML with their content types and the plan’s name as the file name', async () => {
    const { planId, sectionTitles } = await writtenPlan('Markdown and HTML plan');
    const markdown = await exportPlan(planId, 'format=md');
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('content-disposition')).toMatch(/^attachment; filename="Markdown-and-HTML-plan\.md"/);
    const text = await markdown.text();
    expect(text.startsWith('# Markdown and HTML plan\n')).toBe(true);
    expect(text).toContain(`## ${sectionTitles[0]}`);
    expect(text).toContain('First draft: we put **learning first**\n\n- Coaching in every school\n- Devices after training\n\n| Milestone | Owner |\n| --- | --- |\n| Pilot in two schools | Sam Lee |');
    expect(text).toContain('| Run the leadership institute | Every teacher uses the standards | Leadership cohorts | Dana Ortiz |');

    const html = await exportPlan(planId, 'format=html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toMatch(/^attachment; filename="Markdown-and-HTML-plan\.html"/);
    const page = await html.text();
    expect(page).toContain('<title>Markdown and HTML plan — ');
    expect(page).toContain('<thead><tr><th scope="col">Milestone</th><th scope="col">Owner</th></tr></thead>\n<tbody>\n<tr><td>Pilot in two schools</td><td>Sam Lee</td></tr>');
  });

  it('serves the HTML page, downloaded or previewed, under its own policy: only its inline style, no scripts, no requests', async () => {
    const { planId } = await writtenPlan('Print preview plan');
    for (const query of ['format=html', 'format=html&disposition=inline']) {
      const response = await exportPlan(planId, query);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy'), query).toBe(HTML_EXPORT_CSP);
    }
    const preview = await exportPlan(planId, 'format=html&disposition=inline');
    expect(preview.headers.get('content-disposition')).toMatch(/^inline; filename="Print-preview-plan\.html"/);
  });

  it('exports a named version as it was frozen, named after the version, not the plan as it is now', async () => {
    const { planId, firstSectionId, client } = await writtenPlan('Versioned plan');
    const saved = await api(server.url, 'POST', `/api/plans/${planId}/versions`, owner, { label: 'Board draft' });
    expect(saved.status).toBe(201);
    const version = VersionSchema.parse(saved.body);
    writeBody(client.doc, firstSectionId, richBody('Second draft'));
    await stored(planId, (doc) => sectionPlainText(doc, firstSectionId).includes('Second draft'));

    const frozen = await exportPlan(planId, `format=md&version=${encodeURIComponent(version.id)}`);
    expect(frozen.status).toBe(200);
    expect(frozen.headers.get('content-disposition')).toMatch(/^attachment; filename="Versioned-plan-Board-draft\.md"/);
    const text = await frozen.text();
    expect(text).toContain('First draft: we put');
    expect(text).not.toContain('Second draft');
    expect(text).toContain('- **Version:** Board draft');
    expect(await (await exportPlan(planId, 'format=md')).text()).toContain('Second draft: we put');
  });

  it('refuses someone the plan is not shared with, in words', async () => {
    const { planId } = await writtenPlan('Private plan');
    const stranger = await signUp(server.url, 'Stranger');
    const response = await exportPlan(planId, 'format=docx', stranger);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { message: expect.any(String) } });
  });
});
