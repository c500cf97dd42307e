/**
 * The parts of the board-ready document every format lays out the same way: the cover facts,
 * a section's tags and the four tables (action plan, coverage matrix, measures, standards
 * appendix) as plain rows of text. Renderers decide only how a table looks, never what is in it,
 * so a board member reading the Word file and one reading the web page see the same cells.
 */
import type { ExportDocument, ExportMeasureRow, ExportSection } from './model.ts';

export interface PlanTable {
  /** A stable id for anchors and bookmarks. */
  id: string;
  /** The heading the table sits under, and its caption. */
  title: string;
  /** One sentence that says what the table shows. */
  summary: string;
  columns: string[];
  /** Each row's first cell names the row (a row header). */
  rows: string[][];
  /** Said instead of the table when it has no rows. */
  empty: string;
}

/** Shown in a cell that has nothing in it, so a gap reads as a gap rather than a layout slip. */
export const EMPTY_CELL = '—';

function cell(text: string | null | undefined): string {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? EMPTY_CELL : trimmed;
}

function listCell(items: readonly string[]): string {
  return items.length === 0 ? EMPTY_CELL : items.join('; ');
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2, minimumFractionDigits: 0 });

function budgetCell(budget: number | null, funding: string): string {
  const amount = budget === null ? '' : money.format(budget);
  const source = funding.trim();
  if (amount && source) return `${amount} (${source})`;
  return cell(amount || source);
}

/** "85%", "12 devices"; null when there is no value. */
export function measureValue(value: number | null, unit: string): string | null {
  if (value === null) return null;
  const number = value.toLocaleString('en-US');
  const trimmed = unit.trim();
  if (trimmed === '') return number;
  return trimmed === '%' ? `${number}%` : `${number} ${trimmed}`;
}

function latestCell(row: ExportMeasureRow): string {
  if (!row.latest) return EMPTY_CELL;
  return `${measureValue(row.latest.value, row.unit) ?? ''} (${row.latest.date})`;
}

/** The facts under the title on the cover, label then value. */
export function coverFacts(doc: ExportDocument): Array<[string, string]> {
  const facts: Array<[string, string]> = [
    ['District', doc.district],
    ['Status', doc.status],
    ['Version', doc.versionLabel],
  ];
  if (doc.adoptedOn) facts.push(['Adopted by the board', doc.adoptedOn]);
  facts.push(['Revision', String(doc.revision)], ['Exported on', doc.exportedOn], ['Read through', doc.lensName]);
  return facts;
}

/** The lines under a section's title: what it addresses. Empty when it is tagged with nothing. */
export function sectionTags(section: ExportSection): string[] {
  const lines: string[] = [];
  if (section.conditions.length > 0) lines.push(`Essential Conditions: ${section.conditions.join(', ')}`);
  if (section.standards.length > 0) lines.push(`Leader Standards: ${section.standards.join(', ')}`);
  return lines;
}

export function actionPlanTable(doc: ExportDocument): PlanTable {
  return {
    id: 'action-plan',
    title: 'Action plan',
    summary: 'Every action step with its goal and strategy, who owns it, when it runs, its status and what it costs.',
    columns: ['Action step', 'Goal', 'Strategy', 'Owner', 'Start', 'Due', 'Status', 'Budget and funding', 'Essential Conditions'],
    rows: doc.actionPlan.map((row) => [
      cell(row.action),
      cell(row.goal),
      cell(row.strategy),
      cell(row.owner),
      cell(row.start),
      cell(row.due),
      cell(row.status),
      budgetCell(row.budget, row.funding),
      listCell(row.conditions),
    ]),
    empty: 'The plan has no action steps yet.',
  };
}

export function coverageTable(doc: ExportDocument): PlanTable {
  return {
    id: 'coverage',
    title: 'Essential Conditions coverage',
    summary: `Each of ISTE’s 14 Essential Conditions and the parts of the plan that address it (read through ${doc.lensName}).`,
    columns: ['Essential Condition', 'Status', 'Sections', 'Goals', 'Action steps', 'Measures'],
    rows: doc.coverage.map((row) => [
      cell(row.condition),
      cell(row.status),
      listCell(row.sections),
      listCell(row.goals),
      listCell(row.actions),
      listCell(row.measures),
    ]),
    empty: 'No conditions to show.',
  };
}

export function measuresTable(doc: ExportDocument): PlanTable {
  return {
    id: 'measures',
    title: 'Measures of progress',
    summary: 'How the district will know each goal is met: the baseline, the target and the latest recorded value.',
    columns: ['Measure', 'Goal', 'Baseline', 'Target', 'Target date', 'Better when', 'Latest', 'Data source'],
    rows: doc.measures.map((row) => [
      cell(row.name),
      cell(row.goal),
      cell(measureValue(row.baseline, row.unit)),
      cell(measureValue(row.target, row.unit)),
      cell(row.targetDate),
      row.direction === 'higher' ? 'Higher' : 'Lower',
      latestCell(row),
      cell(row.dataSource),
    ]),
    empty: 'The plan has no measures yet.',
  };
}

export function standardsTable(doc: ExportDocument): PlanTable {
  return {
    id: 'leader-standards',
    title: 'Appendix: ISTE Standards for Education Leaders',
    summary: 'Each Leader Standard indicator and the parts of the plan tagged with it.',
    columns: ['Indicator', 'Sections', 'Goals', 'Action steps'],
    rows: doc.standards.map((row) => [`${row.code} ${row.label}`, listCell(row.sections), listCell(row.goals), listCell(row.actions)]),
    empty: 'No indicators to show.',
  };
}

/** The tables in the order they follow the sections. */
export function planTables(doc: ExportDocument): PlanTable[] {
  return [actionPlanTable(doc), coverageTable(doc), measuresTable(doc), standardsTable(doc)];
}

/** The document's title line: "Plan title — District". */
export function documentTitle(doc: ExportDocument): string {
  return doc.district.trim() === '' ? doc.title : `${doc.title} — ${doc.district}`;
}
