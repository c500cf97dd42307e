/**
 * The shape of a table in a section body, read the same way by every format: whether its first
 * row is a header row, whether each row is named by a header cell, and a rectangular grid for
 * the formats that cannot merge cells (Markdown, the PDF), where a place a merged cell covers
 * is left empty. Word and HTML merge cells themselves and read the rows as written.
 */
import type { Block, TableCell } from './prosemirror.ts';

export type BodyTable = Extract<Block, { kind: 'table' }>;

/** A grid place: the cell that starts there, or null where a merged cell reaches or no cell was written. */
export type GridPlace = TableCell | null;

/** Whether the first row is all header cells: the row that names the columns. */
export function hasHeaderRow(table: BodyTable): boolean {
  const [first] = table.rows;
  return first !== undefined && first.every((cell) => cell.header);
}

/**
 * Every row, the cells laid on one grid: each cell at the place its row's earlier cells and
 * the merged cells of rows above leave free, rows padded to the widest so columns line up.
 */
export function tableGrid(table: BodyTable): GridPlace[][] {
  const grid: Array<Array<GridPlace | undefined>> = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (grid[r]![column] !== undefined) column += 1;
      for (let down = 0; down < cell.rowspan && r + down < grid.length; down += 1) {
        for (let across = 0; across < cell.colspan; across += 1) grid[r + down]![column + across] = down === 0 && across === 0 ? cell : null;
      }
      column += cell.colspan;
    }
  });
  const width = Math.max(1, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? null));
}

/** Whether each row under the header row starts with a header cell (or under a merged one): the row's name. */
export function hasRowHeaders(table: BodyTable): boolean {
  const body = tableGrid(table).slice(hasHeaderRow(table) ? 1 : 0);
  return body.length > 0 && body.every((row) => row[0] === null || row[0]?.header === true) && body.some((row) => row[0]?.header === true);
}
