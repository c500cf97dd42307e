/**
 * The board-ready PDF through the real server: a plan written by a stock y-websocket client,
 * exported over HTTP, and read back with poppler (pdftotext, pdfinfo, pdffonts, pdftoppm) —
 * the text a board member's reader extracts, the tags and title a screen reader needs, fonts
 * embedded, and who may export what.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { getSchema, type JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type * as Y from 'yjs';
import { ESSENTIAL_CONDITIONS_14 } from '../../shared/frameworks/essential-conditions.ts';
import { planContentExtensions } from '../../shared/editor-extensions.ts';
import { getSectionBody, readSections } from '../../shared/plan-doc.ts';
import { addGoal, readPlanStructure } from '../../shared/plan-structure.ts';
import { VersionListSchema, VersionSchema } from '../../shared/versions.ts';
import { api, connectClient, createPlan, signUp, waitFor, waitSynced, type Person } from '../helpers/clients.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import type { RunningServer } from '../helpers/server.ts';

const POPPLER_TIMEOUT_MS = 20_000;
const ARTIFACTS = resolve(import.meta.dirname, '..', '..', 'test-artifacts');
const TITLE = 'Learning First 2027–2030';
const SCHEMA = getSchema([...planContentExtensions]);
const run = promisify(execFile);

let server: RunningServer;
let owner: Person;
useServerWithOwner((s, o) => {
  server = s;
  owner = o;
});

/** Runs a poppler tool, bounded in time; resolves with its standard output. */
async function poppler(tool: string, args: string[]): Promise<string> {
  const { stdout } = await run(tool, args, { timeout: POPPLER_TIMEOUT_MS, maxBuffer: 32 * 1024 * 1024 });
  return stdout;
}

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const cells = (type: 'tableHeader' | 'tableCell', ...values: string[]): JSONContent => ({ type: 'tableRow', content: values.map((value) => ({ type, content: [paragraph(text(value))] })) });
const visionBody = (sentence: string): JSONContent => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [text('Why learning comes first')] },
    paragraph(text('We want '), text('every student thriving', [{ type: 'bold' }]), text(' and guided by the '), text('ISTE Standards', [{ type: 'link', attrs: { href: 'https://www.iste.org/standards' } }]), text('.')),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Personalised learning pathways'))] }, { type: 'listItem', content: [paragraph(text('Equity of access'))] }] },
    paragraph(text(sentence)),
    { type: 'table', content: [cells('tableHeader', 'Milestone', 'Owner'), cells('tableCell', 'Pilot in two schools', 'Sam Lee')] },
  ],
});

/** Makes a change through one client and resolves once a second client has it: stored, since the server stores before it relays. */
async function change(planId: string, edit: (doc: Y.Doc) => void, seen: (doc: Y.Doc) => boolean): Promise<void> {
  const writer = connectClient(server.url, planId, owner.cookie);
  const reader = connectClient(server.url, planId, owner.cookie);
  onTestFinished(() => {
    writer.destroy();
    reader.destroy();
  });
  await Promise.all([waitSynced(writer), waitSynced(reader)]);
  writer.doc.transact(() => edit(writer.doc));
  await waitFor(() => seen(reader.doc), 10_000, 'the change to reach a second client');
}

function setVisionBody(doc: Y.Doc, content: JSONContent): void {
  const body = getSectionBody(doc, 'vision');
  body.delete(0, body.length);
  prosemirrorJSONToYXmlFragment(SCHEMA, content, body);
}

function setVision(doc: Y.Doc, sentence: string): void {
  setVisionBody(doc, visionBody(sentence));
}

const bodyText = (doc: Y.Doc): string => getSectionBody(doc, 'vision').toString();

async function exportPdf(planId: string, query = '', person: Person | undefined = owner): Promise<Response> {
  return fetch(`${server.url}/api/plans/${planId}/export?format=pdf${query}`, { headers: person ? { cookie: person.cookie } : {} });
}

/** Saves a response's PDF in a temp folder (removed after the test) and returns its path. */
async function saved(response: Response): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'planwright-pdf-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'plan.pdf');
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

const words = (value: string): string => value.replace(/\s+/g, ' ');

describe('exporting a plan as PDF', () => {
  let planId: string;
  let sectionTitles: string[];

  beforeAll(async () => {
    planId = (await createPlan(server.url, owner, TITLE)).id;
    const edit = (doc: Y.Doc): void => {
      setVision(doc, 'Adopted text of the vision.');
      addGoal(doc, {
        title: 'Keep every device working',
        strategies: [{ title: 'Student help desk', actions: [{ title: 'Open a student-run help desk', ownerName: 'Dana Ortiz', start: '2027-08-15', due: '2028-06-30', status: 'on-track' }] }],
        measures: [{ name: 'Devices repaired within two days', unit: '%', baseline: 40, target: 90, targetDate: '2029-06-30' }],
      });
    };
    const writer = connectClient(server.url, planId, owner.cookie);
    const reader = connectClient(server.url, planId, owner.cookie);
    try {
      await Promise.all([waitSynced(writer), waitSynced(reader)]);
      writer.doc.transact(() => edit(writer.doc));
      await waitFor(() => readPlanStructure(reader.doc).goals.some((g) => g.title === 'Keep every device working') && bodyText(reader.doc).includes('Adopted text'));
      sectionTitles = readSections(reader.doc).map((s) => s.title);
    } finally {
      writer.destroy();
      reader.destroy();
    }
  });

  it('is a tagged PDF with its title, every section, all 14 conditions, the action plan and the rich text', async () => {
    const response = await exportPdf(planId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Learning-First-2027-2030.pdf"; filename*=UTF-8''${encodeURIComponent(`${TITLE}.pdf`)}`,
    );
    const file = await saved(response);

    const info = await poppler('pdfinfo', [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${TITLE}`, 'm'));
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(sectionTitles.length);

    // -raw keeps each table cell's lines together, in the order they were drawn.
    const content = words(await poppler('pdftotext', ['-raw', file, '-']));
    expect(content).toContain(TITLE);
    for (const title of sectionTitles) expect(content).toContain(title);
    for (const condition of ESSENTIAL_CONDITIONS_14.conditions) expect(content).toContain(condition.name);
    expect(content).toContain('Open a student-run help desk Dana Ortiz 2027-08-15 2028-06-30 On track');
    expect(content).toContain('• Personalised learning pathways');
    expect(content).toContain('We want every student thriving and guided by the ISTE Standards.');
    expect(content).toContain('Milestone Owner Pilot in two schools Sam Lee');
    expect(content).toContain('Devices repaired within two days');
  });

  it('carries its structure: headings, paragraphs, nested lists, tables with header cells, links, contents', async () => {
    const tree = await poppler('pdfinfo', ['-struct-text', await saved(await exportPdf(planId))]);
    const tags = new Set([...tree.matchAll(/^\s*([A-Za-z0-9]+)(?: \((?:block|inline)\))?:?$/gm)].map((m) => m[1]));
    for (const tag of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Link', 'TOC', 'TOCI', 'Sect']) expect(tags).toContain(tag);
    expect(tree).toMatch(/H2 \(block\)\n\s+"Essential Conditions coverage"/);
    expect(tree).toMatch(/TH:\n\s+\/Scope \/Column\n\s+"Owner"/);
    // The table written in the vision section: its header cells are column headers too.
    expect(tree).toMatch(/TH:\n\s+\/Scope \/Column\n\s+"Milestone"\n\s+TH:\n\s+\/Scope \/Column\n\s+"Owner"\n\s+TR\n\s+TD\n\s+P \(block\)\n\s+"Pilot in two schools"/);
  });

  it('breaks a long table of a section across pages, its header row drawn again on each page and tagged once', async () => {
    const longPlan = (await createPlan(server.url, owner, TITLE)).id;
    const steps = Array.from({ length: 90 }, (_, index) => cells('tableCell', `Step ${index + 1}`, `Person ${index + 1}`));
    const table: JSONContent = { type: 'doc', content: [{ type: 'table', content: [cells('tableHeader', 'Milestone', 'Responsible'), ...steps] }] };
    await change(longPlan, (doc) => setVisionBody(doc, table), (doc) => bodyText(doc).includes('Step 90'));
    const file = await saved(await exportPdf(longPlan));
    // pdftotext ends each page with a form feed.
    const pages = (await poppler('pdftotext', ['-raw', file, '-'])).split('\f').filter((page) => /\bStep \d+ Person \d+/.test(page));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Milestone Responsible');
    expect(pages.join('')).toContain('Step 90 Person 90');
    // A reader hears the header once; on later pages it is a pagination artifact.
    expect((await poppler('pdfinfo', ['-struct-text', file])).match(/"Responsible"/g)).toHaveLength(1);
  });

  it('embeds its DejaVu fonts and no other font', async () => {
    const fonts = (await poppler('pdffonts', [await saved(await exportPdf(planId))])).split('\n').slice(2).filter((row) => row.trim() !== '');
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const row of fonts) {
      expect(row).toMatch(/\+DejaVuSans/);
      // name, type (two words), encoding, then emb, sub, uni, object id, generation
      expect(row.trim().split(/\s+/).at(-5)).toBe('yes');
    }
  });

  it('draws a cover page worth looking at (saved for review as test-artifacts/export-page1.png)', async () => {
    const file = await saved(await exportPdf(planId));
    mkdirSync(ARTIFACTS, { recursive: true });
    await poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(ARTIFACTS, 'export-page1')]);
    const png = readFileSync(join(ARTIFACTS, 'export-page1.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const cover = words(await poppler('pdftotext', ['-f', '1', '-l', '1', file, '-']));
    expect(cover).toContain('Status: Draft');
    expect(cover).toContain('Version: Current plan');
  });

  it('exports a named version’s text, not what was written after it', async () => {
    await change(planId, (doc) => setVision(doc, 'Words of the March draft.'), (doc) => bodyText(doc).includes('March draft'));
    const created = await api(server.url, 'POST', `/api/plans/${planId}/versions`, owner, { label: 'March board draft' });
    expect(created.status).toBe(201);
    const version = VersionSchema.parse(created.body);
    await change(planId, (doc) => setVision(doc, 'Words written in April.'), (doc) => bodyText(doc).includes('April'));

    const old = await exportPdf(planId, `&version=${version.id}`);
    expect(old.status).toBe(200);
    expect(old.headers.get('content-disposition')).toContain('filename="Learning-First-2027-2030-March-board-draft.pdf"');
    const oldText = words(await poppler('pdftotext', [await saved(old), '-']));
    expect(oldText).toContain('Words of the March draft.');
    expect(oldText).not.toContain('Words written in April.');
    expect(oldText).toContain('Version: March board draft');
    expect(words(await poppler('pdftotext', [await saved(await exportPdf(planId)), '-']))).toContain('Words written in April.');
  });

  it('is recorded in the workspace audit log', async () => {
    const log = await api(server.url, 'GET', `/api/workspaces/${owner.workspaceId}/audit`, owner);
    expect(log.status).toBe(200);
    expect(JSON.stringify(log.body)).toContain('"action":"plan.exported"');
  });
});

describe('the cover of an adopted plan', () => {
  it('says the board adopted it, and when; the adopted version says so too', async () => {
    const planId = (await createPlan(server.url, owner, TITLE)).id;
    expect((await api(server.url, 'POST', `/api/plans/${planId}/status`, owner, { status: 'in_review' })).status).toBe(200);
    const adopted = await api(server.url, 'POST', `/api/plans/${planId}/status`, owner, { status: 'adopted', adoptedOn: '2027-06-12' });
    expect(adopted.status).toBe(200);
    const coverOf = async (query: string): Promise<string> => words(await poppler('pdftotext', ['-f', '1', '-l', '1', await saved(await exportPdf(planId, query)), '-']));
    const current = await coverOf('');
    expect(current).toContain('Status: Adopted');
    expect(current).toContain('Adopted by the board: 2027-06-12');
    const versions = VersionListSchema.parse((await api(server.url, 'GET', `/api/plans/${planId}/versions`, owner)).body).versions;
    const version = versions.find((v) => v.kind === 'adopted');
    expect(version).toBeDefined();
    const frozen = await coverOf(`&version=${version!.id}`);
    expect(frozen).toContain('Status: Adopted');
    expect(frozen).toContain('Adopted by the board: 2027-06-12');
  });
});

describe('every format', () => {
  it('downloads with its own type and a file name from the plan, or shows in the browser when asked', async () => {
    const planId = (await createPlan(server.url, owner, TITLE)).id;
    const expected = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', md: 'text/markdown', html: 'text/html' };
    for (const [format, type] of Object.entries(expected)) {
      const response = await fetch(`${server.url}/api/plans/${planId}/export?format=${format}`, { headers: { cookie: owner.cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="Learning-First-2027-2030\\.${format}"`));
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
    const preview = await fetch(`${server.url}/api/plans/${planId}/export?format=html&disposition=inline`, { headers: { cookie: owner.cookie } });
    expect(preview.headers.get('content-disposition')).toMatch(/^inline; filename="Learning-First-2027-2030\.html"/);
    expect(await preview.text()).toContain(TITLE);
  });
});

describe('who may export, and what', () => {
  it('refuses a format it does not make, an unknown version, a stranger and a signed-out caller', async () => {
    const planId = (await createPlan(server.url, owner)).id;
    const xls = await api(server.url, 'GET', `/api/plans/${planId}/export?format=xls`, owner);
    expect(xls).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect((await api(server.url, 'GET', `/api/plans/${planId}/export`, owner)).status).toBe(400);
    expect((await api(server.url, 'GET', `/api/plans/${planId}/export?format=pdf&version=nope`, owner)).status).toBe(404);
    expect((await api(server.url, 'GET', `/api/plans/unknown-plan/export?format=pdf`, owner)).status).toBe(404);

    const stranger = await signUp(server.url, 'Stranger');
    const asStranger = await api(server.url, 'GET', `/api/plans/${planId}/export?format=pdf`, stranger);
    // The same answer the plan itself gives a stranger.
    expect(asStranger.status).toBe((await api(server.url, 'GET', `/api/plans/${planId}`, stranger)).status);
    expect(asStranger).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await api(server.url, 'GET', `/api/plans/${planId}/export?format=pdf`)).status).toBe(401);
  });

  it('asks a caller to come back later when more exports wait than the server queues', async () => {
    const planId = (await createPlan(server.url, owner)).id;
    // More at once than any machine runs plus the 8 the queue holds.
    const answers = await Promise.all(Array.from({ length: 16 }, async () => {
      const response = await exportPdf(planId);
      return { status: response.status, body: response.status === 429 ? await response.json() : await response.arrayBuffer() };
    }));
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.body).toMatchObject({ error: { code: 'too_many_exports' } });
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(9);
    expect(answers.every((a) => a.status === 200 || a.status === 429)).toBe(true);
  });

  it('lets a viewer the plan is shared with export it', async () => {
    const planId = (await createPlan(server.url, owner)).id;
    const viewer = await signUp(server.url, 'Board Member');
    expect((await api(server.url, 'POST', `/api/plans/${planId}/members`, owner, { email: viewer.me.user.email, role: 'viewer' })).status).toBe(201);
    const response = await exportPdf(planId, '', viewer);
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
