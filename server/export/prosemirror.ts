/**
 * Reads a section body (ProseMirror JSON in the editor's schema, see shared/editor-extensions.ts)
 * into a small, typed block tree every renderer lays out in its own format. The JSON comes from
 * stored Yjs state, so it is read defensively: unknown nodes keep their text, unknown marks are
 * dropped, and a link whose address is not http(s) or mailto becomes plain text.
 */
import type { JSONContent } from '@tiptap/core';

export interface TextMarks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  /** A safe absolute address, or null when the text is not a link. */
  link: string | null;
}

export type Inline = { kind: 'text'; text: string; marks: TextMarks } | { kind: 'break' };

export interface ListItem {
  blocks: Block[];
}

/** One cell of a table in a section body. */
export interface TableCell {
  /** A header cell (the editor's tableHeader, a <th>): the header row's, or a row's name. */
  header: boolean;
  /** The cell's paragraphs, blank ones left out; an empty cell has none. */
  paragraphs: Inline[][];
  /** How many columns and rows the cell spans (merged cells), at least 1. */
  colspan: number;
  rowspan: number;
}

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  /** Editor heading levels (3 or 4: the plan is 1, a section 2). */
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'bulletList'; items: ListItem[] }
  | { kind: 'orderedList'; start: number; items: ListItem[] }
  | { kind: 'blockquote'; blocks: Block[] }
  | { kind: 'codeBlock'; text: string }
  | { kind: 'horizontalRule' }
  /** Rows of cells as written; each has at least one cell. */
  | { kind: 'table'; rows: TableCell[][] };

const NO_MARKS: TextMarks = { bold: false, italic: false, underline: false, strike: false, code: false, link: null };

/** Text the plan's facts hold (not a section body), as an inline without marks. */
export function plainInline(text: string): Inline {
  return { kind: 'text', text, marks: { ...NO_MARKS } };
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The address when it is absolute and http, https or mailto; null otherwise (javascript:, data:, relative…). */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  try {
    const url = new URL(href.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function readMarks(marks: JSONContent['marks']): TextMarks {
  const result: TextMarks = { ...NO_MARKS };
  for (const mark of marks ?? []) {
    switch (mark.type) {
      case 'bold':
      case 'italic':
      case 'underline':
      case 'strike':
      case 'code':
        result[mark.type] = true;
        break;
      case 'link':
        result.link = safeHref(mark.attrs?.['href']);
        break;
      default:
        break;
    }
  }
  return result;
}

function readInlines(nodes: readonly JSONContent[] | undefined): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') inlines.push({ kind: 'break' });
    else if (node.type === 'text' && typeof node.text === 'string' && node.text !== '') inlines.push({ kind: 'text', text: node.text, marks: readMarks(node.marks) });
    else if (node.content) inlines.push(...readInlines(node.content));
  }
  return inlines;
}

function numberAttr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}

function readItems(list: JSONContent): ListItem[] {
  return (list.content ?? []).map((item) => ({ blocks: readBlocks(item.content) }));
}

/** Spans beyond this are read as this: stored state is not trusted to size a grid. */
const MAX_SPAN = 64;

function spanAttr(value: unknown): number {
  return Math.min(Math.max(numberAttr(value, 1), 1), MAX_SPAN);
}

/**
 * The text of blocks as paragraphs. The editor's cells hold paragraphs only; anything else
 * found in one (stored by another version, pasted) keeps its text rather than its shape.
 */
function textBlocks(blocks: readonly Block[]): Inline[][] {
  return blocks.flatMap((block): Inline[][] => {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        return [block.inlines];
      case 'bulletList':
      case 'orderedList':
        return block.items.flatMap((item) => textBlocks(item.blocks));
      case 'blockquote':
        return textBlocks(block.blocks);
      case 'codeBlock':
        return [[plainInline(block.text)]];
      case 'horizontalRule':
        return [];
      case 'table':
        return block.rows.flat().flatMap((cell) => cell.paragraphs);
    }
  });
}

function readTable(table: JSONContent): Block[] {
  const rows = (table.content ?? []).map((row) =>
    (row.content ?? []).map(
      (cell): TableCell => ({
        header: cell.type === 'tableHeader',
        paragraphs: textBlocks(readBlocks(cell.content)).filter((inlines) => !isBlank(inlines)),
        colspan: spanAttr(cell.attrs?.['colspan']),
        rowspan: spanAttr(cell.attrs?.['rowspan']),
      }),
    ),
  );
  const written = rows.filter((row) => row.length > 0);
  return written.length > 0 ? [{ kind: 'table', rows: written }] : [];
}

function readBlock(node: JSONContent): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', inlines: readInlines(node.content) }];
    case 'heading':
      return [{ kind: 'heading', level: numberAttr(node.attrs?.['level'], 3), inlines: readInlines(node.content) }];
    case 'bulletList':
      return [{ kind: 'bulletList', items: readItems(node) }];
    case 'orderedList':
      return [{ kind: 'orderedList', start: numberAttr(node.attrs?.['start'], 1), items: readItems(node) }];
    case 'blockquote':
      return [{ kind: 'blockquote', blocks: readBlocks(node.content) }];
    case 'codeBlock':
      return [{ kind: 'codeBlock', text: plainText(readInlines(node.content)) }];
    case 'horizontalRule':
      return [{ kind: 'horizontalRule' }];
    case 'table':
      return readTable(node);
    default: {
      // A node this version does not know: keep whatever text it holds rather than lose it.
      const inlines = readInlines(node.content);
      return inlines.length > 0 ? [{ kind: 'paragraph', inlines }] : [];
    }
  }
}

function readBlocks(nodes: readonly JSONContent[] | undefined): Block[] {
  return (nodes ?? []).flatMap(readBlock);
}

/** The heading level of a section's own title; body headings sit below it. */
export const SECTION_LEVEL = 2;

/**
 * Body headings never skip a level: an h4 straight under the section title is read as an h3,
 * since assistive technology navigates by level and a gap reads as missing content.
 */
function withoutSkippedLevels(blocks: readonly Block[]): Block[] {
  let previous = SECTION_LEVEL;
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    const level = Math.max(SECTION_LEVEL + 1, Math.min(block.level, previous + 1));
    previous = level;
    return { ...block, level };
  });
}

/**
 * The blocks of a section body (`doc` node); an empty or malformed body gives no blocks.
 * Heading levels are the page's (3 and below: the plan is 1, the section 2), never skipping one.
 */
export function toBlocks(doc: JSONContent): Block[] {
  return withoutSkippedLevels(readBlocks(doc.content));
}

/** The text of inline content, a hard break read as a newline. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'break' ? '\n' : inline.text)).join('');
}

/** Whether a paragraph has nothing in it worth writing (the editor leaves empty ones behind). */
export function isBlank(inlines: readonly Inline[]): boolean {
  return plainText(inlines).trim() === '';
}

export interface LinkRun {
  /** The address the inlines link to, or null for inlines outside any link. */
  href: string | null;
  inlines: Inline[];
}

/**
 * Consecutive inlines with the same link, so a link whose text has several styles
 * (part of it bold, say) becomes one link in every format.
 */
export function groupLinks(inlines: readonly Inline[]): LinkRun[] {
  const runs: LinkRun[] = [];
  for (const inline of inlines) {
    const href = inline.kind === 'text' ? inline.marks.link : null;
    const last = runs[runs.length - 1];
    if (last && last.href === href) last.inlines.push(inline);
    else runs.push({ href, inlines: [inline] });
  }
  return runs;
}
