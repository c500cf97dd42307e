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
