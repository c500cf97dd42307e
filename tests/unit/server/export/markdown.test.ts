import { describe, expect, it } from 'vitest';
import { MARKDOWN_CONTENT_TYPE, planMarkdown, renderMarkdown } from '../../../../server/export/markdown.ts';
import { CONDITION_NAMES, LINK_HREF, ROLLOUT_HREF, ROLLOUT_TABLE, SECTION_TITLES, fixtureDocument } from './fixture.ts';

const markdown = planMarkdown(fixtureDocument());
const lines = markdown.split('\n');

describe('the Markdown export', () => {
  it('is served as UTF-8 Markdown with the .md extension', async () => {
    const rendered = await renderMarkdown(fixtureDocument());
    expect(rendered).toMatchObject({ contentType: MARKDOWN_CONTENT_TYPE, extension: 'md' });
    expect(MARKDOWN_CONTENT_TYPE).toBe('text/markdown; charset=utf-8');
    expect(rendered.body.toString()).toBe(markdown);
  });

  it('titles the plan with one # heading, each section with ## and body headings below them', () => {
    expect(lines.filter((line) => line.startsWith('# '))).toEqual(['# Learning First: Technology Plan 2027–2030']);
    for (const title of SECTION_TITLES) expect(lines).toContain(`## ${title}`);
    expect(lines).toContain('### Why learning comes first');
    expect(lines).toContain('### How we learn');
    expect(lines).toContain('#### What we heard');
  });

  it('links each part from the contents to its GitHub heading anchor', () => {
    expect(markdown).toContain('- [Our learning vision](#our-learning-vision)');
    expect(markdown).toContain('- [Appendix: ISTE Standards for Education Leaders](#appendix-iste-standards-for-education-leaders)');
  });

  it('writes nested bulleted and ordered lists indented under their item', () => {
    expect(markdown).toContain('- Personalised learning\n  - Small-group instruction\n  - Student voice and choice\n- Equity of access');
    expect(markdown).toContain('1. Leadership institute for every principal\n   1. Three days each summer\n   2. Follow-up coaching visits\n2. Standard-by-standard deep dives for teachers');
  });

  it('keeps bold, italic, struck-out and code runs, links and quotes', () => {
    expect(markdown).toContain('We want **every student** to learn with technology *every day*');
    expect(markdown).toContain(`[ISTE Standards](${LINK_HREF})`);
    expect(markdown).toContain('~~The old roll-out plan~~ is retired; the help desk runs `ticket-triage`.');
    expect(markdown).toContain('> We spent so much time on deployment and very little on everything else.');
    expect(markdown).toContain('```\ndevices: 1:1\nhotspots: on loan\n```');
  });

  it('writes a table in a section body as a GFM table: header row, one line a row, marks kept, pipes escaped', () => {
    expect(markdown).toContain(
      [
        '| School | Devices | Ready by |',
        '| --- | --- | --- |',
        '| Maple High | **1,200** | 2027-09-01 |',
        `| Cedar Middle \\| annex | 800<br>plus 40 hotspots | [Roll-out plan](${ROLLOUT_HREF}) |`,
      ].join('\n'),
    );
  });

  it('gives a body table written without a header row an empty one, and keeps a code span’s pipe inside its cell', () => {
    const doc = fixtureDocument();
    const [, ...bodyRows] = ROLLOUT_TABLE.content ?? [];
    const code = { type: 'tableRow', content: ['a|b', 'x', 'y'].map((value) => ({ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: value, marks: [{ type: 'code' }] }] }] })) };
    doc.sections[0]!.content = { type: 'doc', content: [{ type: 'table', content: [...bodyRows, code] }] };
    expect(planMarkdown(doc)).toContain(['|  |  |  |', '| --- | --- | --- |', '| Maple High | **1,200** | 2027-09-01 |'].join('\n'));
    expect(planMarkdown(doc)).toContain('| `a\\|b` | `x` | `y` |');
  });

  it('lays out the action plan as a table whose cells escape pipes', () => {
    expect(markdown).toContain('| Action step | Goal | Strategy | Owner | Start | Due | Status | Budget and funding | Essential Conditions |\n| --- |');
    expect(markdown).toContain('| Run the summer leadership institute | Every teacher uses the standards | Leadership cohorts | Dana Ortiz | 2027-06-01 | 2027-06-30 | On track | $12,500 (Title IV-A) |');
    expect(markdown).toContain('| Deliver high-school devices \\| phase 1 |');
  });

  it('gives every one of the 14 Essential Conditions a row of the coverage matrix', () => {
    const rows = lines.filter((line) => CONDITION_NAMES.some((name) => line.startsWith(`| ${name} |`)));
    expect(rows).toHaveLength(14);
  });

  it('writes the authors’ markup characters as text, never as Markdown or HTML', () => {
    const doc = fixtureDocument();
    doc.title = '<script>alert(1)</script> *Plan*';
    doc.sections[0]!.title = '# Not | a heading';
    doc.sections[0]!.content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '1. not a list [x](javascript:alert(1))' }] }] };
    const hostile = planMarkdown(doc);
    expect(hostile).toContain('# \\<script\\>alert(1)\\</script\\> \\*Plan\\*');
    expect(hostile).toContain('## \\# Not \\| a heading');
    expect(hostile).toContain('\n1\\. not a list \\[x\\](javascript:alert(1))\n');
    expect(hostile).not.toContain('<script>');
  });

  it('writes a link to an unsafe address as its text alone', () => {
    const doc = fixtureDocument();
    doc.sections[0]!.content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click me', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    };
    const written = planMarkdown(doc);
    expect(written).toContain('\nclick me\n');
    expect(written).not.toContain('javascript:');
  });
});
