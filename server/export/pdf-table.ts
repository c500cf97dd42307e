/**
 * Tables that read well on paper and to a screen reader: a header row of TH cells (scope Column)
 * unless the table was written without one, optionally a row-header cell (TH, scope Row) at the
 * start of each row, TD for the rest. A cell's paragraph is plain text or rich inline text.
 *
 * A table breaks cleanly across pages: a row that does not fit moves to the next page, where the
 * header row is drawn again (as a pagination artifact, so it is read once); a row taller than a
 * whole page is split between its cells' lines, never inside a line.
 */
import { drawInlines, inlinesHeight, type TextStyle } from './pdf-inlines.ts';
import { COLOR, TYPE, type FontName, type PdfWriter, type Struct } from './pdf-writer.ts';
import type { Inline } from './prosemirror.ts';
import type { TimeSlicer } from './slicer.ts';

/** One paragraph of a cell. Cells are lists of these, so a long cell can continue on the next page. */
export interface CellLine {
  text: string;
  font?: FontName;
  color?: string;
  /** Rich text (a section body's cell: bold runs, links…), drawn instead of `text`, which is its plain form. */
  inlines?: readonly Inline[];
}
export type Cell = CellLine[];

export interface TableColumn {
  header: string;
  /** Points; the columns of a table add up to the text width. */
  width: number;
}

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly Cell[][];
  /** Whether each row's first cell names the row (a TH with row scope). */
  rowHeaders: boolean;
  /** Whether the columns' headers make a header row (true unless said); a table written without one has none. */
  headerRow?: boolean;
  /** The table's left edge; the page's text edge unless given (a table in a list item is indented). */
  left?: number;
}

const PAD = 4;
const LINE_GAP = 1.5;

interface Layout {
  left: number;
  xs: number[];
  widths: number[];
  headerHeight: number;
}

function richStyle(line: CellLine): TextStyle {
  return { size: TYPE.small, color: line.color, bold: line.font === 'bold', italic: line.font === 'italic', lineGap: LINE_GAP, gapAfter: 0 };
}

function measure(w: PdfWriter, line: CellLine, width: number): number {
  if (line.inlines) return inlinesHeight(w, line.inlines, width - 2 * PAD, richStyle(line));
  w.font(line.font ?? 'regular', TYPE.small);
  return w.doc.heightOfString(line.text, { width: width - 2 * PAD, lineGap: LINE_GAP });
}

function drawLine(w: PdfWriter, line: CellLine, height: number, x: number, y: number, width: number): void {
  w.font(line.font ?? 'regular', TYPE.small, line.color ?? COLOR.text);
  // A height bound makes PDFKit stop at the cell's bottom instead of starting a page.
  w.doc.text(line.text, x + PAD, y, { width: width - 2 * PAD, lineGap: LINE_GAP, height: height + 1 });
}

/** A cell's lines, each its own paragraph in the cell so a reader hears them apart. */
function drawLines(w: PdfWriter, cell: Struct, lines: readonly CellLine[], heights: readonly number[], x: number, y: number, width: number): void {
  let top = y + PAD;
  lines.forEach((line, index) => {
    const height = heights[index] ?? 0;
    const lineTop = top;
    if (line.inlines) {
      w.doc.y = lineTop;
      // A height bound makes PDFKit stop at the cell's bottom instead of starting a page.
      drawInlines(w, cell, 'P', line.inlines, { x: x + PAD, width: width - 2 * PAD, depth: 0 }, { ...richStyle(line), maxHeight: height + 1 });
    } else {
      w.leaf(cell, 'P', () => drawLine(w, line, height, x, lineTop, width));
    }
    top += height;
  });
}

function drawHeader(w: PdfWriter, table: Struct, spec: TableSpec, layout: Layout, tagged: boolean): void {
  if (spec.headerRow === false) return;
  const y = w.doc.y;
  const total = layout.widths.reduce((a, b) => a + b, 0);
  w.artifact(() => w.doc.rect(layout.left, y, total, layout.headerHeight).fill(COLOR.headerShade));
  const cells = spec.columns.map((column, i) => () => {
    const line: CellLine = { text: column.header, font: 'bold' };
    drawLine(w, line, measure(w, line, layout.widths[i]!), layout.xs[i]!, y + PAD, layout.widths[i]!);
  });
  if (tagged) {
    const row = w.child(table, 'TR');
    for (const draw of cells) w.leaf(row, 'TH', draw, { scope: 'Column' });
    row.end();
  } else {
    // The header again on a later page: a reader has heard it once already.
    w.artifact(() => cells.forEach((draw) => draw()), 'Pagination');
  }
  w.doc.y = y + layout.headerHeight;
}

interface OpenCell {
  element: Struct;
  lines: Cell;
  heights: number[];
  next: number;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** The lines of each cell that fit in `room` points, from where each cell stopped. */
function take(cells: readonly OpenCell[], room: number): number[] {
  return cells.map((cell) => {
    let used = 0;
    let end = cell.next;
    while (end < cell.lines.length && used + (cell.heights[end] ?? 0) <= room) used += cell.heights[end++] ?? 0;
    return end;
  });
}

/** On a page where a split row goes on, its name again, for the eye only (a reader has heard it). */
function continuedLine(cell: OpenCell): CellLine {
  return { text: `${cell.lines[0]?.text ?? ''} (continued)`, font: 'italic', color: COLOR.muted };
}

/** Draws the part of a row on this page: lines next..ends[i] of each cell. */
function drawSegment(w: PdfWriter, cells: OpenCell[], ends: readonly number[], layout: Layout, shaded: boolean, continued: OpenCell | null): void {
  const y = w.doc.y;
  const label = continued !== null && ends[0] === continued.next ? continuedLine(continued) : null;
  const labelHeight = label ? measure(w, label, layout.widths[0]!) : 0;
  const height = Math.max(labelHeight, ...cells.map((cell, i) => sum(cell.heights.slice(cell.next, ends[i])))) + 2 * PAD;
  const total = sum(layout.widths);
  w.artifact(() => {
    if (shaded) w.doc.rect(layout.left, y, total, height).fill(COLOR.shade);
    w.doc.moveTo(layout.left, y + height).lineTo(layout.left + total, y + height).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    if (label) drawLine(w, label, labelHeight, layout.xs[0]!, y + PAD, layout.widths[0]!);
  });
  cells.forEach((cell, i) => {
    const end = ends[i] ?? cell.next;
    if (end === cell.next) return;
    drawLines(w, cell.element, cell.lines.slice(cell.next, end), cell.heights.slice(cell.next, end), layout.xs[i]!, y, layout.widths[i]!);
    cell.next = end;
  });
  w.doc.y = y + height;
}

/** Lays out one row, over as many pages as it needs. */
function drawRow(w: PdfWriter, table: Struct, spec: TableSpec, layout: Layout, row: readonly Cell[], shaded: boolean): void {
  const tr = w.child(table, 'TR');
  const cells: OpenCell[] = row.map((lines, i) => ({
    element: w.child(tr, i === 0 && spec.rowHeaders ? 'TH' : 'TD', i === 0 && spec.rowHeaders ? { scope: 'Row' } : {}),
    lines,
    heights: lines.map((line) => measure(w, line, layout.widths[i]!)),
    next: 0,
  }));
  const freshRoom = w.bottom - w.top - layout.headerHeight - 2 * PAD;
  const newPage = (): void => {
    w.newPage();
    drawHeader(w, table, spec, layout, false);
  };
  while (cells.some((cell) => cell.next < cell.lines.length)) {
    const atTop = w.doc.y <= w.top + layout.headerHeight + 0.5;
    const room = w.bottom - w.doc.y - 2 * PAD;
    const needed = Math.max(...cells.map((cell) => sum(cell.heights.slice(cell.next))));
    const firstLines = Math.max(...cells.map((cell) => cell.heights[cell.next] ?? 0));
    // A short row that does not fit moves whole to the next page; a long one fills this page
    // first (unless little of it is left), so long rows leave no half-empty pages behind.
    const movesWhole = needed > room && needed <= freshRoom && (needed <= freshRoom / 4 || room < freshRoom / 3);
    if (!atTop && (movesWhole || firstLines > room)) {
      newPage();
      continue;
    }
    let ends = take(cells, room);
    // A single paragraph taller than a page: draw it anyway (clipped) rather than loop forever.
    if (ends.every((end, i) => end === cells[i]!.next)) ends = cells.map((cell) => Math.min(cell.next + 1, cell.lines.length));
    drawSegment(w, cells, ends, layout, shaded, spec.rowHeaders && cells[0]!.next > 0 ? cells[0]! : null);
    if (cells.some((cell) => cell.next < cell.lines.length)) newPage();
  }
  for (const cell of cells) cell.element.end();
  tr.end();
}

export async function drawTable(w: PdfWriter, parent: Struct, spec: TableSpec, slicer: TimeSlicer): Promise<void> {
  const left = spec.left ?? w.left;
  const widths = spec.columns.map((c) => c.width);
  const xs = widths.map((_, i) => left + sum(widths.slice(0, i)));
  const headerHeight = spec.headerRow === false ? 0 : Math.max(...spec.columns.map((c, i) => measure(w, { text: c.header, font: 'bold' }, widths[i]!))) + 2 * PAD;
  const layout: Layout = { left, xs, widths, headerHeight };
  const table = w.child(parent, 'Table');
  // The header never sits alone at the foot of a page.
  w.ensureSpace(headerHeight + 3 * w.lineHeight(TYPE.small) + 2 * PAD);
  drawHeader(w, table, spec, layout, true);
  for (const [index, row] of spec.rows.entries()) {
    drawRow(w, table, spec, layout, row, index % 2 === 1);
    await slicer.breathe();
  }
  table.end();
  w.doc.x = w.left;
  w.doc.y += TYPE.paragraphGap + 4;
}
