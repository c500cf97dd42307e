/**
 * A table written in a section body, in the PDF: laid out by pdf-table.ts like the plan's own
 * tables (header row as TH cells with column scope, repeated on every page the table runs to;
 * rows split between paragraphs, never inside a line), each cell keeping its bold runs and links.
 * Columns share the width equally: the editor keeps no column widths (they would be one writer's
 * preference in a shared plan).
 */
import { drawTable, type Cell, type CellLine, type TableSpec } from './pdf-table.ts';
import type { Frame } from './pdf-inlines.ts';
import type { PdfWriter, Struct } from './pdf-writer.ts';
import { plainText, type Inline } from './prosemirror.ts';
import { hasHeaderRow, hasRowHeaders, tableGrid, type BodyTable, type GridPlace } from './table-grid.ts';
import type { TimeSlicer } from './slicer.ts';

function cellLines(place: GridPlace): Cell {
  if (place === null) return [];
  return place.paragraphs.map((inlines: readonly Inline[]): CellLine => ({ text: plainText(inlines), inlines, font: place.header ? 'bold' : undefined }));
}

/** A header row's cell as the column's name: its paragraphs' text, one a line. */
function headerText(place: GridPlace): string {
  return place === null ? '' : place.paragraphs.map(plainText).join('\n');
}

export async function drawBodyTable(w: PdfWriter, parent: Struct, table: BodyTable, frame: Frame, slicer: TimeSlicer): Promise<void> {
  const grid = tableGrid(table);
  const headed = hasHeaderRow(table);
  const [first = []] = grid;
  const width = frame.width / first.length;
  const spec: TableSpec = {
    columns: first.map((place) => ({ header: headed ? headerText(place) : '', width })),
    rows: grid.slice(headed ? 1 : 0).map((row) => row.map(cellLines)),
    rowHeaders: hasRowHeaders(table),
    headerRow: headed,
    left: frame.x,
  };
  await drawTable(w, parent, spec, slicer);
  w.doc.x = frame.x;
}
