/**
 * The four tables that follow the sections: the action plan (grouped by goal and strategy, so
 * the columns a board reads — owner, dates, status, cost — fit a portrait page), the Essential
 * Conditions matrix (always all 14), measures with their targets and latest values, and the
 * Leader Standards appendix. The facts are the ExportDocument's; only their arrangement is the PDF's.
 */
import type { ExportActionRow, ExportCoverageRow, ExportDocument, ExportMeasureRow, ExportStandardRow } from './model.ts';
import { drawBlocks, drawInlines } from './pdf-blocks.ts';
import { drawNote, fullFrame, startPart, type ContentsEntry } from './pdf-parts.ts';
import { drawTable, type Cell, type CellLine } from './pdf-table.ts';
import { COLOR, TYPE, type PdfWriter, type Struct } from './pdf-writer.ts';
import { EMPTY_CELL, measureValue } from './plan-parts.ts';
import { plainInline } from './prosemirror.ts';
import type { TimeSlicer } from './slicer.ts';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

const line = (text: string, extra: Omit<CellLine, 'text'> = {}): CellLine => ({ text: text.trim() === '' ? EMPTY_CELL : text, ...extra });
const muted = (text: string): CellLine => line(text, { color: COLOR.muted });

function heading(w: PdfWriter, parent: Struct, type: 'H3' | 'H4', text: string): void {
  const size = type === 'H3' ? TYPE.h3 : TYPE.h4;
  w.ensureSpace(w.lineHeight(size, 'bold') + 4 * w.lineHeight(TYPE.small) + 20);
  w.doc.y += 4;
  drawInlines(w, parent, type, [plainInline(text)], fullFrame(w), { size, bold: true, color: COLOR.accent, gapAfter: 4 });
}

/** Consecutive rows of one goal and strategy, in plan order. */
function groups(rows: readonly ExportActionRow[]): Array<{ goal: string; strategy: string; rows: ExportActionRow[] }> {
  const out: Array<{ goal: string; strategy: string; rows: ExportActionRow[] }> = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last.goal === row.goal && last.strategy === row.strategy) last.rows.push(row);
    else out.push({ goal: row.goal, strategy: row.strategy, rows: [row] });
  }
  return out;
}

function actionCells(row: ExportActionRow): Cell[] {
  const budget = row.budget === null ? '' : money.format(row.budget);
  return [
    [line(row.action, { font: 'bold' }), ...(row.conditions.length > 0 ? [muted(`Essential Conditions: ${row.conditions.join(', ')}`)] : [])],
    [line(row.owner)],
    [line(row.start)],
    [line(row.due)],
    [line(row.status)],
    [line(budget), ...(row.funding.trim() !== '' ? [muted(row.funding)] : [])],
  ];
}

const ACTION_COLUMNS = [
  { header: 'Action step', width: 148 },
  { header: 'Owner', width: 70 },
  { header: 'Start', width: 60 },
  { header: 'Due', width: 60 },
  { header: 'Status', width: 60 },
  { header: 'Budget', width: 70 },
];

async function drawActionPlan(w: PdfWriter, plan: ExportDocument, entries: ContentsEntry[], slicer: TimeSlicer): Promise<void> {
  const part = startPart(w, 'Action plan', 'action-plan', entries);
  drawNote(w, part, 'Every action step of the plan, by goal and strategy: who owns it, when it runs, where it stands and what it costs.', 10);
  if (plan.vision.length > 0) {
    heading(w, part, 'H3', 'The vision the goals serve');
    await drawBlocks(w, part, [{ kind: 'bulletList', items: plan.vision.map((text) => ({ blocks: [{ kind: 'paragraph', inlines: [plainInline(text)] }] })) }], fullFrame(w), slicer);
  }
  if (plan.actionPlan.length === 0) drawNote(w, part, 'The plan has no action steps yet.');
  let goalNumber = 0;
  let lastGoal: string | null = null;
  for (const group of groups(plan.actionPlan)) {
    if (group.goal !== lastGoal) {
      goalNumber += 1;
      lastGoal = group.goal;
      heading(w, part, 'H3', `Goal ${goalNumber}: ${group.goal || 'Untitled goal'}`);
    }
    heading(w, part, 'H4', `Strategy: ${group.strategy || 'Untitled strategy'}`);
    await drawTable(w, part, { columns: ACTION_COLUMNS, rows: group.rows.map(actionCells), rowHeaders: true }, slicer);
  }
  part.end();
}

/** "Sections", then one line per section, and so on: a list a reader can scan, split across pages if long. */
function addressedBy(groupsOf: Array<[string, readonly string[]]>, none: string): Cell {
  const lines = groupsOf.flatMap(([label, items]) => (items.length === 0 ? [] : [line(`${label} (${items.length})`, { font: 'bold' }), ...items.map((item) => line(`• ${item}`))]));
  return lines.length > 0 ? lines : [muted(none)];
}

function coverageCells(row: ExportCoverageRow): Cell[] {
  return [
    [line(row.condition, { font: 'bold' }), muted(row.description)],
    [line(row.status, row.covered ? { font: 'bold', color: COLOR.accent } : {})],
    addressedBy([['Sections', row.sections], ['Goals', row.goals], ['Action steps', row.actions], ['Measures', row.measures]], 'Nothing in the plan addresses it yet.'),
  ];
}

async function drawCoverage(w: PdfWriter, plan: ExportDocument, entries: ContentsEntry[], slicer: TimeSlicer): Promise<void> {
  const part = startPart(w, 'Essential Conditions coverage', 'coverage', entries);
  const withActions = plan.coverage.filter((row) => row.covered).length;
  const addressed = plan.coverage.filter((row) => row.covered || row.sections.length + row.goals.length + row.measures.length > 0).length;
  drawNote(w, part, `All ${plan.coverage.length} of ISTE’s Essential Conditions and what in this plan addresses each. ${withActions} have action steps; ${addressed} are addressed somewhere in the plan.`, 10);
  const columns = [
    { header: 'Essential Condition', width: 150 },
    { header: 'Status', width: 88 },
    { header: 'What in the plan addresses it', width: 230 },
  ];
  await drawTable(w, part, { columns, rows: plan.coverage.map(coverageCells), rowHeaders: true }, slicer);
  part.end();
}

function measureCells(row: ExportMeasureRow): Cell[] {
  const value = (n: number | null): string => measureValue(n, row.unit) ?? EMPTY_CELL;
  return [
    [line(row.name, { font: 'bold' }), muted(`Goal: ${row.goal}`)],
    [line(value(row.baseline))],
    [line(value(row.target)), muted(row.direction === 'higher' ? 'Higher is better' : 'Lower is better')],
    [line(row.targetDate)],
    row.latest ? [line(value(row.latest.value)), muted(row.latest.date)] : [muted('None recorded')],
    [line(row.dataSource)],
  ];
}

async function drawMeasures(w: PdfWriter, plan: ExportDocument, entries: ContentsEntry[], slicer: TimeSlicer): Promise<void> {
  const part = startPart(w, 'Measures and targets', 'measures', entries);
  drawNote(w, part, 'How the district will know each goal is met: the baseline, the target, and the latest value recorded.', 10);
  if (plan.measures.length === 0) drawNote(w, part, 'The plan has no measures yet.');
  else {
    const columns = [
      { header: 'Measure', width: 150 },
      { header: 'Baseline', width: 56 },
      { header: 'Target', width: 66 },
      { header: 'Target date', width: 62 },
      { header: 'Latest', width: 62 },
      { header: 'Data source', width: 72 },
    ];
    await drawTable(w, part, { columns, rows: plan.measures.map(measureCells), rowHeaders: true }, slicer);
  }
  part.end();
}

function standardCells(row: ExportStandardRow): Cell[] {
  return [
    [line(`${row.code} ${row.label}`, { font: 'bold' })],
    addressedBy([['Sections', row.sections], ['Goals', row.goals], ['Action steps', row.actions]], EMPTY_CELL),
  ];
}

async function drawStandards(w: PdfWriter, plan: ExportDocument, entries: ContentsEntry[], slicer: TimeSlicer): Promise<void> {
  const part = startPart(w, 'Appendix: ISTE Standards for Education Leaders', 'leader-standards', entries);
  drawNote(w, part, 'Each Leader Standard indicator the plan is tagged with, and the parts of the plan that carry it.', 10);
  if (plan.standards.length === 0) drawNote(w, part, 'Nothing in the plan is tagged with a Leader Standard yet.');
  else {
    const columns = [
      { header: 'Indicator', width: 140 },
      { header: 'Tagged in this plan', width: 328 },
    ];
    await drawTable(w, part, { columns, rows: plan.standards.map(standardCells), rowHeaders: true }, slicer);
  }
  part.end();
}

/** The parts after the sections, in order: each a contents line and a bookmark. */
export const APPENDICES = [drawActionPlan, drawCoverage, drawMeasures, drawStandards] as const;
