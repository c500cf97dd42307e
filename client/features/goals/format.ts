/** How goals, actions and measures are named, numbered and shown. */
import { ACTION_STATUS_LABELS, type ActionStatus, type Direction } from '@shared/plan-structure.ts';

/** Common funding sources of district technology work, offered as suggestions. */
export const FUNDING_SOURCES = [
  'General fund',
  'E-rate',
  'Title I',
  'Title II-A',
  'Title IV-A',
  'State technology grant',
  'Bond',
  'Foundation or partner grant',
] as const;

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
};

/** Position-based names: stable enough to talk about in a meeting ("action step 2.1.3"). */
export const names = {
  vision: (index: number) => `Vision element ${index + 1}`,
  goal: (goal: number) => `Goal ${goal + 1}`,
  strategy: (goal: number, strategy: number) => `Strategy ${goal + 1}.${strategy + 1}`,
  action: (goal: number, strategy: number, action: number) => `Action step ${goal + 1}.${strategy + 1}.${action + 1}`,
  measure: (goal: number, measure: number) => `Measure ${goal + 1}.${measure + 1}`,
};

/** DOM ids derived from item ids, so a new item's first field can be focused by id. */
export const fieldId = (itemId: string, field: string): string => `plan-item-${itemId}-${field}`;

export function statusLabel(status: ActionStatus): string {
  return ACTION_STATUS_LABELS[status];
}

const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2, minimumFractionDigits: 0 });
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
// Plan dates are calendar days; read them in UTC so no time zone shifts them by one.
const DAY = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatMoney(amount: number | null): string {
  return amount === null ? 'Not estimated' : MONEY.format(amount);
}

export function formatNumber(value: number | null, unit = ''): string {
  if (value === null) return 'Not set';
  if (unit === '') return NUMBER.format(value);
  // "85%", but "85 students".
  return unit === '%' ? `${NUMBER.format(value)}%` : `${NUMBER.format(value)} ${unit}`;
}

/** A 'YYYY-MM-DD' day (or an ISO timestamp) for reading; '' reads as `empty`. */
export function formatDay(iso: string, empty = 'Not set'): string {
  if (iso === '') return empty;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : DAY.format(date);
}

/**
 * A number typed by a person: '' is no value (null), thousands separators and a leading $
 * are allowed; anything else is `undefined` (not a number, nothing written).
 */
export function parseAmount(text: string): number | null | undefined {
  const cleaned = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (cleaned === '') return null;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** The text an amount field shows for a stored number. */
export function amountText(value: number | null): string {
  return value === null ? '' : String(value);
}

/** The first words of a longer text, for options and confirmations. */
export function shorten(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** "a, b and c". */
export function listWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "3 action steps", "1 measure". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
