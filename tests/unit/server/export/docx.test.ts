import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCX_CONTENT_TYPE, renderDocx } from '../../../../server/export/docx.ts';
import { CONDITION_NAMES, LINK_HREF, ROLLOUT_HREF, SECTION_TITLES, fixtureDocument } from './fixture.ts';
import { readZipEntry } from './zip.ts';

let file: Buffer;
let html: string;
let rawText: string;

beforeAll(async () => {
  const rendered = await renderDocx(fixtureDocument());
  expect(rendered.contentType).toBe(DOCX_CONTENT_TYPE);
  expect(rendered.extension).toBe('docx');
  if (!Buffer.isBuffer(rendered.body)) throw new Error('the Word file should be one buffer');
  file = rendered.body;
  html = (await mammoth.convertToHtml({ buffer: file })).value;
  rawText = (await mammoth.extractRawText({ buffer: file })).value;
});

/** The text of every heading of `level` mammoth made from a Word heading style. */
function headings(level: number): string[] {
  return [...html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((match) => (match[1] ?? '').replace(/<[^>]*>/g, ''));
}

/** The field codes of a part (TOC, PAGE…), as Word stores them. */
function fieldCodes(name: string): string[] {
  return [...part(name).matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((match) => (match[1] ?? '').replaceAll('&quot;', '"').trim());
}

function part(name: string): string {
  const entry = readZipEntry(file, name);
  if (entry === null) throw new Error(`the Word file has no ${name}`);
  return entry;
}

describe('the Word export', () => {
  it('puts every section and every part of the plan in Heading 1, so Word’s navigation pane lists them', () => {
    expect(headings(1)).toEqual([
      'Vision',
      ...SECTION_TITLES,
      'Action plan',
      'Essential Conditions coverage',
      'Measures of progress',
      'Appendix: ISTE Standards for Education Leaders',
    ]);
  });

  it('writes headings inside a section body one level below the section', () => {
    expect(headings(2)).toEqual(['Why learning comes first', 'How we learn']);
    expect(headings(3)).toEqual(['What we heard']);
  });

  it('writes bulleted and ordered lists as Word lists, nested ones as deeper levels', () => {
    expect(html).toContain('<ul><li>Personalised learning<ul><li>Small-group instruction</li><li>Student voice and choice</li></ul></li><li>Equity of access</li></ul>');
    expect(html).toContain('<ol><li>Leadership institute for every principal<ol><li>Three days each summer</li><li>Follow-up coaching visits</li></ol></li>');
  });

  it('keeps bold, italic and struck-out runs and makes links real hyperlinks', () => {
    expect(html).toContain('<strong>every student</strong>');
    expect(html).toContain('<em>every day</em>');
    expect(html).toContain('<s>The old roll-out plan</s>');
    expect(html).toContain(`<a href="${LINK_HREF}">ISTE Standards</a>`);
  });

  it('writes quotes and code blocks in named paragraph styles and keeps underline and inline code', () => {
    const body = part('word/document.xml');
    expect(body).toMatch(/<w:pStyle w:val="Quote"\/><\/w:pPr><w:r><w:t xml:space="preserve">We spent so much time on deployment/);
    expect(body).toMatch(/<w:pStyle w:val="CodeBlock"\/>(?:<[^>]+>)*<w:r><w:t xml:space="preserve">devices: 1:1<\/w:t>/);
    expect(body).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">Devices go to high schools first/);
    expect(body).toMatch(/<w:rFonts w:ascii="Consolas"[^>]*\/><\/w:rPr><w:t xml:space="preserve">ticket-triage/);
  });

  it('writes a title full of markup characters as text in a file Word can still open', async () => {
    const doc = fixtureDocument();
    doc.title = '</w:t><script>alert("x")</script> & more';
    const rendered = await renderDocx(doc);
    if (!Buffer.isBuffer(rendered.body)) throw new Error('the Word file should be one buffer');
    const text = (await mammoth.extractRawText({ buffer: rendered.body })).value;
    expect(text.startsWith('</w:t><script>alert("x")</script> & more')).toBe(true);
  });

  it('writes a table in a section body as a Word table whose header row is marked, with each cell’s marks, links and paragraphs', () => {
    expect(html).toContain('<table><thead><tr><th><p><strong>School</strong></p></th><th><p><strong>Devices</strong></p></th><th><p><strong>Ready by</strong></p></th></tr></thead>');
    expect(html).toContain('<tr><td><p>Maple High</p></td><td><p><strong>1,200</strong></p></td><td><p>2027-09-01</p></td></tr>');
    expect(html).toContain(`<td><p>800</p><p>plus 40 hotspots</p></td><td><p><a href="${ROLLOUT_HREF}">Roll-out plan</a></p></td>`);
  });

  it('lays the action plan, coverage matrix, measures and standards out as tables with header rows', () => {
    // Four plan tables and the roll-out table of a section body.
    expect(html.match(/<table><thead><tr><th>/g)).toHaveLength(5);
    expect(html).toContain('<th><p><strong>Owner</strong></p></th>');
    // Word repeats a header row on every page only when the row says it is one.
    expect(part('word/document.xml').match(/<w:tblHeader\/>/g)).toHaveLength(5);
  });

  it('names each action step’s owner and due date and lists all 14 Essential Conditions', () => {
    expect(rawText).toContain('Dana Ortiz');
    expect(rawText).toContain('2027-06-30');
    for (const condition of CONDITION_NAMES) expect(rawText).toContain(condition);
    expect(CONDITION_NAMES).toHaveLength(14);
  });

  it('starts with a cover that gives the plan title, district, status, date and version, then a table of contents', () => {
    const cover = rawText.slice(0, rawText.indexOf('Contents'));
    for (const fact of ['Learning First: Technology Plan 2027–2030', 'Maple Valley School District', 'In review', '2027-03-14', 'Draft for the March board meeting']) {
      expect(cover).toContain(fact);
    }
    expect(fieldCodes('word/document.xml')).toContain('TOC \\h \\o "1-3"');
  });

  it('says its title, creator and language, so assistive technology reads it correctly', () => {
    const core = part('docProps/core.xml');
    expect(core).toContain('<dc:title>Learning First: Technology Plan 2027–2030 — Maple Valley School District</dc:title>');
    expect(core).toContain('<dc:creator>Maple Valley School District (Planwright)</dc:creator>');
    expect(part('word/styles.xml')).toMatch(/<w:docDefaults>.*<w:lang w:val="en-US"\/>.*<\/w:docDefaults>/s);
  });

  it('runs the plan title along the top of every page and the page number along the bottom', () => {
    expect(part('word/header1.xml')).toContain('Learning First: Technology Plan 2027–2030');
    expect(fieldCodes('word/footer1.xml')).toEqual(['PAGE', 'NUMPAGES']);
  });
});
