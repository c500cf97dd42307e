/**
 * A section body in Word: headings in Word's own heading styles (so the navigation pane and
 * the table of contents see them), lists as real Word numbering (so a reviewer's new item is
 * numbered by Word, not typed), links as hyperlinks, quotes and code in named styles, tables
 * as Word tables whose header row is marked as one (Word repeats it on every page).
 */
import { AlignmentType, ExternalHyperlink, HeadingLevel, LevelFormat, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ILevelsOptions, NumberingDefinition, ParagraphChild } from 'docx';
import { groupLinks, isBlank, toBlocks } from './prosemirror.ts';
import type { Block, Inline, ListItem, TableCell as BodyCell } from './prosemirror.ts';
import { hasHeaderRow, type BodyTable } from './table-grid.ts';
import type { JSONContent } from '@tiptap/core';

export const STYLE_QUOTE = 'Quote';
export const STYLE_CODE = 'CodeBlock';
export const CODE_FONT = 'Consolas';

const BULLETS = ['•', '◦', '▪'] as const;
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
const LIST_LEVELS = 9;
/** Twips: how far each list level is indented, and how far its marker hangs. */
const INDENT_STEP = 720;
const HANGING = 360;

function levelIndent(level: number): { left: number; hanging: number } {
  return { left: INDENT_STEP * (level + 1), hanging: HANGING };
}

function bulletLevels(): ILevelsOptions[] {
  return Array.from({ length: LIST_LEVELS }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: BULLETS[level % BULLETS.length],
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: levelIndent(level) } },
  }));
}

function numberLevels(start: number): ILevelsOptions[] {
  return Array.from({ length: LIST_LEVELS }, (_, level) => ({
    level,
    format: NUMBER_FORMATS[level % NUMBER_FORMATS.length],
    text: `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    start: level === 0 ? start : 1,
    style: { paragraph: { indent: levelIndent(level) } },
  }));
}

export const BULLET_LIST = 'bullet-list';
export const NUMBERED_LIST = 'numbered-list';

/** The two list definitions every exported document has. */
export const LIST_NUMBERING: NumberingDefinition[] = [
  { reference: BULLET_LIST, levels: bulletLevels() },
  { reference: NUMBERED_LIST, levels: numberLevels(1) },
];

/** Editor headings are 3 and 4 (under the plan and the section); in Word the section is Heading 1. */
function wordHeading(editorLevel: number): (typeof HeadingLevel)[keyof typeof HeadingLevel] {
  return editorLevel <= 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
}

function textRun(inline: Inline, linked: boolean, bold: boolean): TextRun {
  if (inline.kind === 'break') return new TextRun({ break: 1 });
  const { marks } = inline;
  return new TextRun({
    text: inline.text,
    bold: marks.bold || bold || undefined,
    italics: marks.italic || undefined,
    underline: marks.underline && !linked ? {} : undefined,
    strike: marks.strike || undefined,
    font: marks.code ? CODE_FONT : undefined,
    // Word's own Hyperlink character style: blue and underlined, as people expect a link to look.
    style: linked ? 'Hyperlink' : undefined,
  });
}

/** Runs of a paragraph, with every run of one link inside one hyperlink; all bold in a header cell. */
export function docxRuns(inlines: readonly Inline[], bold = false): ParagraphChild[] {
  return groupLinks(inlines).flatMap((group): ParagraphChild[] => {
    if (group.href === null) return group.inlines.map((inline) => textRun(inline, false, bold));
    return [new ExternalHyperlink({ link: group.href, children: group.inlines.map((inline) => textRun(inline, true, bold)) })];
  });
}

const HEADER_FILL = 'E3F0F0';

function bodyCell(cell: BodyCell, rowsBelow: number): TableCell {
  // Word needs a paragraph in every cell, even an empty one.
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [[]];
  return new TableCell({
    children: paragraphs.map((inlines) => new Paragraph({ spacing: { after: 0 }, children: docxRuns(inlines, cell.header) })),
    columnSpan: cell.colspan > 1 ? cell.colspan : undefined,
    rowSpan: Math.min(cell.rowspan, rowsBelow + 1) > 1 ? Math.min(cell.rowspan, rowsBelow + 1) : undefined,
    // Bold says "header" without colour; the shade is for the eye only.
    shading: cell.header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
  });
}

/** A section body's table; a header row is marked as one, so Word repeats it and reads it as the columns' names. */
function bodyTable(table: BodyTable): Table {
  const headed = hasHeaderRow(table);
  const rows = table.rows.map(
    (cells, index) => new TableRow({ tableHeader: headed && index === 0 ? true : undefined, children: cells.map((cell) => bodyCell(cell, table.rows.length - 1 - index)) }),
  );
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

interface Place {
  /** The list the paragraph is numbered in, and where. */
  list: { reference: string | NumberingDefinition; level: number; instance: number } | null;
  /** A paragraph after the first of a list item: indented with the item, not numbered. */
  continuesLevel: number | null;
  quote: boolean;
}

const TOP: Place = { list: null, continuesLevel: null, quote: false };

/** Writes one section body; list instances count up so each list starts its own numbering. */
class BodyWriter {
  private instances = 0;

  write(blocks: readonly Block[], place: Place): Array<Paragraph | Table> {
    return blocks.flatMap((block) => this.block(block, place));
  }

  private paragraph(inlines: readonly Inline[], place: Place): Paragraph {
    return new Paragraph({
      children: docxRuns(inlines),
      style: place.quote ? STYLE_QUOTE : undefined,
      numbering: place.list ?? undefined,
      indent: place.list === null && place.continuesLevel !== null ? { left: INDENT_STEP * (place.continuesLevel + 1) } : undefined,
    });
  }

  private block(block: Block, place: Place): Array<Paragraph | Table> {
    switch (block.kind) {
      case 'paragraph':
        return isBlank(block.inlines) && place.list === null ? [] : [this.paragraph(block.inlines, place)];
      case 'heading':
        return [new Paragraph({ heading: wordHeading(block.level), children: docxRuns(block.inlines) })];
      case 'bulletList':
        return this.list(block.items, BULLET_LIST, place);
      case 'orderedList':
        return this.list(block.items, block.start === 1 ? NUMBERED_LIST : { reference: `${NUMBERED_LIST}-from-${block.start}`, levels: numberLevels(block.start) }, place);
      case 'blockquote':
        return this.write(block.blocks, { ...place, quote: true });
      case 'codeBlock':
        return [codeParagraph(block.text)];
      case 'horizontalRule':
        return [new Paragraph({ border: { bottom: { style: 'single', size: 6, color: 'C9C5BB', space: 1 } }, children: [] })];
      case 'table':
        return [bodyTable(block)];
    }
  }

  private list(items: readonly ListItem[], reference: string | NumberingDefinition, outer: Place): Array<Paragraph | Table> {
    const parent = outer.list;
    const level = parent === null ? 0 : Math.min(parent.level + 1, LIST_LEVELS - 1);
    const sameList = parent !== null && listKey(parent.reference) === listKey(reference);
    // A nested list of the same kind is a deeper level of its parent's list; any other list starts anew.
    const instance = sameList ? parent.instance : ++this.instances;
    return items.flatMap((item) => this.item(item, { reference, level, instance }, outer.quote));
  }

  private item(item: ListItem, list: NonNullable<Place['list']>, quote: boolean): Array<Paragraph | Table> {
    const [first, ...rest] = item.blocks;
    const numbered: Place = { list, continuesLevel: null, quote };
    const head = first && first.kind === 'paragraph' ? [this.paragraph(first.inlines, numbered)] : this.write(first ? [first] : [], numbered);
    const following = rest.flatMap((block) =>
      block.kind === 'bulletList' || block.kind === 'orderedList' ? this.block(block, numbered) : this.block(block, { list: null, continuesLevel: list.level, quote }),
    );
    return [...head, ...following];
  }
}

function listKey(reference: string | NumberingDefinition): string {
  return typeof reference === 'string' ? reference : reference.reference;
}

function codeParagraph(text: string): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({
    style: STYLE_CODE,
    children: lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined })),
  });
}

/** The paragraphs and tables of a section body (a ProseMirror `doc`). */
export function docxBody(content: JSONContent): Array<Paragraph | Table> {
  return new BodyWriter().write(toBlocks(content), TOP);
}
