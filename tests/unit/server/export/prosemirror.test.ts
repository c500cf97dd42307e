import { describe, expect, it } from 'vitest';
import { groupLinks, safeHref, toBlocks } from '../../../../server/export/prosemirror.ts';
import type { Inline } from '../../../../server/export/prosemirror.ts';

describe('reading a section body for export', () => {
  it('keeps http, https and mailto links and drops every other address', () => {
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHref('mailto:board@example.org')).toBe('mailto:board@example.org');
    for (const unsafe of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>', '/relative', 'vbscript:x', 42, undefined]) {
      expect(safeHref(unsafe)).toBeNull();
    }
  });

  it('never lets a body heading skip a level below its section', () => {
    const blocks = toBlocks({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'First' }] },
        { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Second' }] },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Third' }] },
      ],
    });
    expect(blocks.map((block) => (block.kind === 'heading' ? block.level : null))).toEqual([3, 4, 3]);
  });

  it('keeps the text of a node it does not know and of a malformed body', () => {
    expect(toBlocks({ type: 'doc', content: [{ type: 'callout', content: [{ type: 'text', text: 'Kept' }] }] })).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Kept', marks: { bold: false, italic: false, underline: false, strike: false, code: false, link: null } }] },
    ]);
    expect(toBlocks({ type: 'doc' })).toEqual([]);
  });

  it('reads a table’s header and body cells with their spans and marked paragraphs, leaving out blank paragraphs', () => {
    const paragraph = (text: string, marks: Array<{ type: string }> = []) => ({ type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text, marks }] });
    const [table] = toBlocks({
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2, rowspan: 1 }, content: [paragraph('Budget')] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('$1,200', [{ type: 'bold' }]), paragraph('')] }, { type: 'tableCell', attrs: { colspan: 1e9 }, content: [paragraph('')] }] },
          ],
        },
      ],
    });
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows.map((row) => row.map((cell) => [cell.header, cell.colspan, cell.rowspan, cell.paragraphs.length]))).toEqual([
      [[true, 2, 1, 1]],
      [
        [false, 1, 1, 1],
        // A span from stored state is bounded before anything sizes a grid by it.
        [false, 64, 1, 0],
      ],
    ]);
    expect(table.rows[1]?.[0]?.paragraphs[0]).toEqual([{ kind: 'text', text: '$1,200', marks: { bold: true, italic: false, underline: false, strike: false, code: false, link: null } }]);
  });

  it('keeps the text of a list or a table stored inside a table cell, as the cell’s paragraphs', () => {
    const item = (text: string) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const [table] = toBlocks({
      type: 'doc',
      content: [{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'bulletList', content: [item('One'), item('Two')] }] }] }] }],
    });
    if (table?.kind !== 'table') throw new Error('no table read');
    expect(table.rows[0]?.[0]?.paragraphs.map((inlines) => inlines.map((inline) => (inline.kind === 'text' ? inline.text : '')).join(''))).toEqual(['One', 'Two']);
  });

  it('groups the differently styled runs of one link into one link', () => {
    const marks = { bold: false, italic: false, underline: false, strike: false, code: false, link: 'https://example.org/' };
    const inlines: Inline[] = [
      { kind: 'text', text: 'See ', marks: { ...marks, link: null } },
      { kind: 'text', text: 'the ', marks },
      { kind: 'text', text: 'plan', marks: { ...marks, bold: true } },
    ];
    expect(groupLinks(inlines).map((group) => [group.href, group.inlines.length])).toEqual([
      [null, 1],
      ['https://example.org/', 2],
    ]);
  });
});
