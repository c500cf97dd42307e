/** Words and numbers for the progress dashboard. */
import { ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionStatus } from '@shared/plan-structure.ts';
import type { Course, CourseReason, StatusCounts } from '@shared/progress.ts';

// Calendar dates ('YYYY-MM-DD') are read as UTC midnight and shown in UTC, so a due date never
// shifts by a day in a time zone west of Greenwich.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const moneyFormat = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** Today's date in this person's own calendar, as 'YYYY-MM-DD'. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "12 Mar 2026" for a calendar date; the text itself when it is not one. */
export function formatDay(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && !Number.isNaN(time) ? dayFormat.format(time) : isoDate;
}

/** "12 Mar 2026, 09:00" for a timestamp; the text itself when it cannot be read. */
export function formatMoment(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateTimeFormat.format(time);
}

export function formatMoney(amount: number): string {
  return moneyFormat.format(amount);
}

/** A measure's value with its unit: "55%", "12 incidents"; "—" when there is none. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const number = numberFormat.format(value);
  if (unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** "1 action step", "3 action steps". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** How far a deadline is: "due today", "due in 5 days", "3 days overdue". */
export function deadlinePhrase(daysUntilDue: number): string {
  if (daysUntilDue === 0) return 'due today';
  if (daysUntilDue === 1) return 'due tomorrow';
  if (daysUntilDue > 0) return `due in ${daysUntilDue} days`;
  return `${plural(-daysUntilDue, 'day', 'days')} overdue`;
}

// The order people read a plan's health in: what is moving, what needs help, what is finished.
const SUMMARY_ORDER: readonly ActionStatus[] = ['on-track', 'at-risk', 'off-track', 'done', 'not-started'];

/** "12 action steps: 5 on track, 2 at risk, 1 done; 2 overdue" (statuses with none left out). */
export function summarySentence(total: number, counts: StatusCounts, overdue: number): string {
  if (total === 0) return 'No action steps yet';
  const parts = SUMMARY_ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${ACTION_STATUS_LABELS[s].toLowerCase()}`);
  return `${plural(total, 'action step', 'action steps')}: ${parts.join(', ')}; ${overdue === 0 ? 'none' : overdue} overdue`;
}

/** The statuses in the plan's own order, with their words. */
export const STATUS_ROWS = ACTION_STATUSES.map((status) => ({ status, label: ACTION_STATUS_LABELS[status] }));

export const COURSE_LABELS: Readonly<Record<Course, string>> = {
  met: 'Target met',
  'on-course': 'On course',
  'off-course': 'Off course',
  unknown: 'Not enough data',
};

export const COURSE_REASONS: Readonly<Record<CourseReason, string>> = {
  'no-target': 'No target is set.',
  'no-results': 'Record a baseline and a result to judge progress.',
  reached: 'The latest result reaches the target.',
  improving: 'The latest result is better than the baseline and has not slipped.',
  'target-date-passed': 'The target date has passed without reaching the target.',
  'not-past-baseline': 'The latest result is no better than the baseline.',
  slipped: 'The latest result slipped since the one before.',
};
