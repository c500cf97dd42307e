import { describe, expect, it } from 'vitest';
import { HTML_CONTENT_TYPE, HTML_EXPORT_CSP, planHtml, renderHtml } from '../../../../server/export/html.ts';
import { CONDITION_NAMES, LINK_HREF, ROLLOUT_HREF, ROLLOUT_TABLE, SECTION_TITLES, fixtureDocument } from './fixture.ts';

const html = planHtml(fixtureDocument());

const VOID_ELEMENTS = new Set(['meta', 'br', 'hr', 'link', 'img', 'input']);

/** Every tag opened and never closed, or closed out of order; the style element's text is skipped. */
function unbalancedTags(page: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const markup = page.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/<!doctype html>/i, '');
  for (const match of markup.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    const [, closing, name = ''] = match;
    if (VOID_ELEMENTS.has(name)) continue;
    if (!closing) open.push(name);
    else if (open.pop() !== name) problems.push(`</${name}> closes the wrong element`);
  }
  return [...problems, ...open.map((name) => `<${name}> is never closed`)];
}

function textOf(fragment: string): string {
  return fragment.replace(/<[^>]*>/g, '');
}

function elements(page: string, tag: string): string[] {
  return [...page.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => textOf(match[1] ?? ''));
}

describe('the HTML export', () => {
  it('is one UTF-8 HTML page with the .html extension, and names the CSP it must be served with', async () => {
    const rendered = await renderHtml(fixtureDocument());
    expect(rendered).toMatchObject({ contentType: HTML_CONTENT_TYPE, extension: 'html' });
    expect(rendered.body.toString()).toBe(html);
    expect(HTML_EXPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  });

  it('is well formed, in English, titled after the plan and its district', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(unbalancedTags(html)).toEqual([]);
    expect(elements(html, 'title')).toEqual(['Learning First: Technology Plan 2027–2030 — Maple Valley School District']);
  });

  it('has one banner, navigation, main and footer landmark', () => {
    for (const tag of ['header', 'nav', 'main', 'footer']) expect(html.match(new RegExp(`<${tag}\\b`, 'g')), tag).toHaveLength(1);
  });

  it('outlines the plan with one h1, an h2 for every part and body headings below their section', () => {
    expect(elements(html, 'h1')).toEqual(['Learning First: Technology Plan 2027–2030']);
    expect(elements(html, 'h2')).toEqual([
      'Contents',
      'Vision',
      ...SECTION_TITLES,
      'Action plan',
      'Essential Conditions coverage',
      'Measures of progress',
      'Appendix: ISTE Standards for Education Leaders',
    ]);
    expect(elements(html, 'h3')).toEqual(['Why learning comes first', 'How we learn']);
    expect(elements(html, 'h4')).toEqual(['What we heard']);
  });

  it('links every contents entry to a part of the page', () => {
    const nav = /<nav\b[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets).toHaveLength(8);
    for (const target of targets) expect(html).toContain(`id="${target}"`);
  });

  it('writes the section bodies as nested lists, emphasis, links and quotes', () => {
    expect(html).toContain('<ul><li><p>Personalised learning</p>\n<ul><li>Small-group instruction</li><li>Student voice and choice</li></ul></li><li>Equity of access</li></ul>');
    expect(html).toContain('<ol><li><p>Leadership institute for every principal</p>\n<ol><li>Three days each summer</li>');
    expect(html).toContain('<strong>every student</strong>');
    expect(html).toContain('<em>every day</em>');
    expect(html).toContain(`<a href="${LINK_HREF}">ISTE Standards</a>`);
    expect(html).toContain('<blockquote><p>We spent so much time on deployment and very little on everything else.</p></blockquote>');
  });

  it('writes a table in a section body with its header row as column headers and each cell’s marks, links and paragraphs', () => {
    expect(html).toContain(
      '<table class="body-table">\n<thead><tr><th scope="col">School</th><th scope="col">Devices</th><th scope="col">Ready by</th></tr></thead>\n<tbody>\n<tr><td>Maple High</td><td><strong>1,200</strong></td><td>2027-09-01</td></tr>',
    );
    expect(html).toContain(`<tr><td>Cedar Middle | annex</td><td><p>800</p><p>plus 40 hotspots</p></td><td><a href="${ROLLOUT_HREF}">Roll-out plan</a></td></tr>\n</tbody>\n</table>`);
  });

  it('writes a body table without a header row with no <thead>, and keeps merged cells merged', () => {
    const doc = fixtureDocument();
    const [, ...bodyRows] = ROLLOUT_TABLE.content ?? [];
    const merged = { type: 'tableCell', attrs: { colspan: 2, rowspan: 1 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Both columns' }] }] };
    doc.sections[0]!.content = { type: 'doc', content: [{ type: 'table', content: [...bodyRows, { type: 'tableRow', content: [merged] }] }] };
    const page = planHtml(doc);
    const table = /<table class="body-table">[\s\S]*?<\/table>/.exec(page)?.[0] ?? '';
    expect(table).toContain('<tr><td>Maple High</td>');
    expect(table).not.toContain('<thead>');
    expect(table).not.toContain('<th');
    expect(table).toContain('<td colspan="2">Both columns</td>');
  });

  it('gives every table column headers and row headers with a scope', () => {
    expect(html.match(/<table\b/g)).toHaveLength(5);
    const headerCells = html.match(/<th(?=[\s>])[^>]*>/g) ?? [];
    expect(headerCells.length).toBeGreaterThan(14);
    expect(headerCells.filter((cell) => !/ scope="(col|row)"/.test(cell))).toEqual([]);
    expect(html).toContain('<th scope="col">Owner</th>');
    expect(html).toContain('<th scope="row">Run the summer leadership institute</th>');
    expect(html).toContain('<td>Dana Ortiz</td><td>2027-06-01</td><td>2027-06-30</td>');
    for (const condition of CONDITION_NAMES) expect(html).toContain(`<th scope="row">${condition}</th>`);
  });

  it('prints as a board packet: page margins, page breaks before major parts, repeated table headers, link addresses', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toMatch(/@page\s*\{[^}]*margin:/);
    const print = style.slice(style.indexOf('@media print'));
    expect(print).toContain('break-before: page');
    expect(print).toContain('thead { display: table-header-group; }');
    expect(print).toMatch(/a\[href\^="http"\]::after[^}]*attr\(href\)/);
    expect(html).toContain('<section class="part part--major part--wide" id="action-plan"');
  });

  it('makes no requests and runs nothing: no script, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
  });

  it('escapes a hostile plan title, section title and body text so they stay inert text', () => {
    const doc = fixtureDocument();
    doc.title = '</title><script>alert(1)</script>';
    doc.district = '</style><script>alert(2)</script>';
    doc.sections[0]!.title = '<img src=x onerror="alert(3)">';
    doc.sections[0]!.content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '<b>hi</b>', marks: [{ type: 'link', attrs: { href: 'javascript:alert(4)' } }] }] }],
    };
    const hostile = planHtml(doc);
    expect(hostile).not.toMatch(/<script|<img|<b>|javascript:/i);
    expect(elements(hostile, 'title')).toEqual(['&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; — &lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;']);
    expect(hostile.match(/<\/style>/g)).toHaveLength(1);
    expect(hostile).toContain('<h2 id="section-1-title">&lt;img src=x onerror=&quot;alert(3)&quot;&gt;</h2>');
    expect(hostile).toContain('<p>&lt;b&gt;hi&lt;/b&gt;</p>');
    expect(unbalancedTags(hostile)).toEqual([]);
  });
});
