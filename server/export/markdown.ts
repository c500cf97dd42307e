/**
 * The plan as GitHub-flavoured Markdown: for districts that keep their plan in a repository or a
 * wiki, and for anyone who wants the text without a word processor. Every piece of text the plan's
 * authors wrote is escaped, so a title with `*`, `|` or `<script>` reads as written and never
 * turns into markup.
 */
import type { ExportDocument, RenderedExport } from './model.ts';
import { coverFacts, planTables, sectionTags } from './plan-parts.ts';
import type { PlanTable } from './plan-parts.ts';
import { groupLinks, isBlank, plainInline, toBlocks } from './prosemirror.ts';
import type { Block, Inline, ListItem } from './prosemirror.ts';
import { hasHeaderRow, tableGrid, type BodyTable, type GridPlace } from './table-grid.ts';

export const MARKDOWN_CONTENT_TYPE = 'text/markdown; charset=utf-8';

/**
 * Backslash-escapes every character that could start markup anywhere in a line; `#` too, since a
 * heading's trailing `#` would otherwise be read as its closing sequence and dropped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/** Escapes what would make a line start a heading, list, quote or rule. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(#|>|[-+](?=\s|$)|-{2,}\s*$|=+\s*$)/, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Emphasis delimiters must touch the text, so surrounding spaces go outside them. */
function wrap(text: string, before: string, after = before): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
  if (!match || match[2] === '') return text;
  return `${match[1]}${before}${match[2]}${after}${match[3]}`;
}

/**
 * A GFM table cell ends at any pipe not escaped, even inside a code span or a link's address,
 * and at the end of the line; `inTable` writes runs that keep to one cell.
 */
function inlineRun(inline: Inline, inTable: boolean): string {
  if (inline.kind === 'break') return inTable ? '<br>' : '\\\n';
  const { marks } = inline;
  let text = marks.code ? codeSpan(inline.text) : escapeMarkdown(inline.text);
  if (inTable) text = (marks.code ? text.replace(/\|/g, '\\|') : text).replace(/\r?\n/g, ' ');
  if (marks.underline) text = wrap(text, '<u>', '</u>');
  if (marks.strike) text = wrap(text, '~~');
  if (marks.italic) text = wrap(text, '*');
  if (marks.bold) text = wrap(text, '**');
  return text;
}

/** `|` too, which would end a table cell (and means the same encoded). */
function linkTarget(href: string): string {
  return href.replace(/[()\s<>|]/g, (c) => encodeURIComponent(c));
}

/** Inline content as Markdown; hard breaks become backslash line ends (in a table cell, <br>). */
export function inlineMarkdown(inlines: readonly Inline[], inTable = false): string {
  return groupLinks(inlines)
    .map((group) => {
      const text = group.inlines.map((inline) => inlineRun(inline, inTable)).join('');
      return group.href === null ? text : `[${text}](${linkTarget(group.href)})`;
    })
    .join('');
}

function paragraphLines(inlines: readonly Inline[]): string[] {
  return inlineMarkdown(inlines).split('\n').map(escapeLineStart);
}

function indent(lines: readonly string[], first: string): string[] {
  const rest = ' '.repeat(first.length);
  return lines.map((line, index) => (index === 0 ? first + line : line === '' ? '' : rest + line));
}

function itemLines(item: ListItem, marker: string): string[] {
  const lines: string[] = [];
  item.blocks.forEach((block, index) => {
    const previous = item.blocks[index - 1];
    const isList = block.kind === 'bulletList' || block.kind === 'orderedList';
    // A list right under its item's text keeps the list tight; two paragraphs need a blank line.
    if (previous && !isList) lines.push('');
    lines.push(...blockLines(block));
  });
  return indent(lines.length > 0 ? lines : [''], marker);
}

function fence(text: string): string {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A cell on one line: its paragraphs apart with <br>, as GitHub shows them. */
function cellMarkdown(place: GridPlace): string {
  return place === null ? '' : place.paragraphs.map((inlines) => inlineMarkdown(inlines, true)).join('<br>');
}

/** A GFM table; GFM has no table without a header row, so such a table gets an empty one. */
function bodyTableLines(table: BodyTable): string[] {
  const grid = tableGrid(table);
  const headed = hasHeaderRow(table);
  const width = grid[0]?.length ?? 1;
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const header = headed && grid[0] ? grid[0].map(cellMarkdown) : Array.from({ length: width }, () => '');
  return [line(header), `|${' --- |'.repeat(width)}`, ...grid.slice(headed ? 1 : 0).map((row) => line(row.map(cellMarkdown)))];
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return paragraphLines(block.inlines);
    case 'heading':
      // Body headings are 3 and 4: under the plan (#) and its section (##).
      return [`${'#'.repeat(Math.min(Math.max(block.level, 3), 6))} ${inlineMarkdown(block.inlines).replace(/\\\n/g, ' ')}`];
    case 'bulletList':
      return block.items.flatMap((item) => itemLines(item, '- '));
    case 'orderedList':
      return block.items.flatMap((item, index) => itemLines(item, `${block.start + index}. `));
    case 'blockquote':
      return blocksMarkdown(block.blocks).map((line) => (line === '' ? '>' : `> ${line}`));
    case 'codeBlock': {
      const marker = fence(block.text);
      return [marker, ...block.text.split('\n'), marker];
    }
    case 'horizontalRule':
      return ['---'];
    case 'table':
      return bodyTableLines(block);
  }
}

/** Blocks separated by blank lines, empty paragraphs left out. */
function blocksMarkdown(blocks: readonly Block[]): string[] {
  const written = blocks.filter((block) => block.kind !== 'paragraph' || !isBlank(block.inlines));
  return written.flatMap((block, index) => (index === 0 ? blockLines(block) : ['', ...blockLines(block)]));
}

function tableCell(text: string): string {
  return escapeMarkdown(text).replace(/\s*\n\s*/g, ' ');
}

function tableLines(table: PlanTable): string[] {
  if (table.rows.length === 0) return [escapeMarkdown(table.empty)];
  const row = (cells: readonly string[]) => `| ${cells.map(tableCell).join(' | ')} |`;
  return [row(table.columns), `|${table.columns.map(() => ' --- |').join('')}`, ...table.rows.map(row)];
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorMaker(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

function contentsLines(titles: readonly string[]): string[] {
  const anchor = anchorMaker();
  anchor('Contents');
  return ['## Contents', '', ...titles.map((title) => `- [${escapeMarkdown(title)}](#${anchor(title)})`)];
}

/** The plan as one Markdown document. */
export function planMarkdown(doc: ExportDocument): string {
  const tables = planTables(doc);
  const parts: string[][] = [
    [`# ${escapeMarkdown(doc.title)}`],
    coverFacts(doc).map(([label, value]) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`),
  ];
  const titles = [...(doc.vision.length > 0 ? ['Vision'] : []), ...doc.sections.map((section) => section.title), ...tables.map((table) => table.title)];
  parts.push(contentsLines(titles));
  if (doc.vision.length > 0) parts.push(['## Vision'], ...doc.vision.map((text) => paragraphLines([plainInline(text)])));
  for (const section of doc.sections) {
    parts.push([`## ${escapeMarkdown(section.title)}`]);
    const tags = sectionTags(section);
    if (tags.length > 0) parts.push(tags.map((line, index) => `*${escapeMarkdown(line)}*${index < tags.length - 1 ? '\\' : ''}`));
    const body = blocksMarkdown(toBlocks(section.content));
    if (body.length > 0) parts.push(body);
  }
  for (const table of tables) parts.push([`## ${escapeMarkdown(table.title)}`], [escapeMarkdown(table.summary)], tableLines(table));
  return `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

export async function renderMarkdown(doc: ExportDocument): Promise<RenderedExport> {
  return { contentType: MARKDOWN_CONTENT_TYPE, extension: 'md', body: Buffer.from(planMarkdown(doc), 'utf8') };
}
