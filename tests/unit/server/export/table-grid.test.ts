import { describe, expect, it } from 'vitest';
import type { TableCell } from '../../../../server/export/prosemirror.ts';
import { hasHeaderRow, hasRowHeaders, tableGrid, type BodyTable } from '../../../../server/export/table-grid.ts';

function cell(text: string, spans: Partial<Pick<TableCell, 'header' | 'colspan' | 'rowspan'>> = {}): TableCell {
  const marks = { bold: false, italic: false, underline: false, strike: false, code: false, link: null };
  return { header: false, colspan: 1, rowspan: 1, ...spans, paragraphs: [[{ kind: 'text', text, marks }]] };
}

const table = (rows: TableCell[][]): BodyTable => ({ kind: 'table', rows });

/** Each place's text, '·' where a merged cell reaches or nothing was written. */
function texts(grid: ReturnType<typeof tableGrid>): string[][] {
  return grid.map((row) => row.map((place) => (place === null ? '·' : place.paragraphs.flat().map((inline) => (inline.kind === 'text' ? inline.text : '')).join(''))));
}

describe('the shape of a table in a section body', () => {
  it('lays merged cells on one grid, leaving the places they cover empty and padding short rows', () => {
    const grid = tableGrid(
      table([
        [cell('A', { header: true, colspan: 2 }), cell('B', { header: true })],
        [cell('C', { rowspan: 2 }), cell('D'), cell('E')],
        [cell('F')],
      ]),
    );
    expect(texts(grid)).toEqual([
      ['A', '·', 'B'],
      ['C', 'D', 'E'],
      ['·', 'F', '·'],
    ]);
  });

  it('sees a header row only when every cell of the first row is a header cell', () => {
    expect(hasHeaderRow(table([[cell('A', { header: true }), cell('B', { header: true })], [cell('1'), cell('2')]]))).toBe(true);
    expect(hasHeaderRow(table([[cell('A', { header: true }), cell('B')], [cell('1'), cell('2')]]))).toBe(false);
  });

  it('sees row headers when each body row starts with a header cell', () => {
    const named = table([[cell('', { header: true }), cell('Q1', { header: true })], [cell('Devices', { header: true }), cell('40')], [cell('Hotspots', { header: true }), cell('12')]]);
    expect(hasRowHeaders(named)).toBe(true);
    expect(hasRowHeaders(table([[cell('A', { header: true })], [cell('1')]]))).toBe(false);
  });
});
