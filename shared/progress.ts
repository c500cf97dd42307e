/**
 * Progress of a plan (Leader Standard 2c: evaluate progress, correct course): plain
 * aggregation of the goals' action steps and measures for the progress dashboard and for
 * board reports. No DOM and no clock: "today" is always passed in, as a 'YYYY-MM-DD' date in
 * the reader's own calendar, so the same plan reads the same on every machine on one day.
 */
import { ACTION_STATUSES, type ActionStatus, type ActionStep, type Direction, type Goal, type MeasureActual, type TargetChange } from './plan-structure.ts';

/** How far ahead "due soon" looks: due today through this many days from today. */
export const DUE_SOON_DAYS = 30;

/** The owner bucket of action steps nobody owns yet. */
export const NO_OWNER = 'No owner';
/** The funding bucket of budgeted action steps without a funding source. */
export const NO_FUNDING_SOURCE = 'No funding source';

export type StatusCounts = Record<ActionStatus, number>;

/** An action step with where it sits in the plan. */
export interface ActionInPlan {
  goalId: string;
  goalTitle: string;
  strategyTitle: string;
  action: ActionStep;
}

/** An action step with a deadline and how far that is from today (negative: already past). */
export interface DatedAction extends ActionInPlan {
  daysUntilDue: number;
}

export interface OwnerProgress {
  /** The owner's person id, or their name when they are not a member, or '' for no owner. */
  key: string;
  name: string;
  counts: StatusCounts;
  total: number;
}

export interface FundingTotal {
  source: string;
  total: number;
  /** How many action steps the total adds up. */
  actions: number;
}

/**
 * Whether a measure is heading for its target:
 * - `met`: the latest result reaches the target (or passes it in the better direction);
 * - `on-course`: not there yet, but the latest result is better than the baseline, has not
 *   slipped since the reading before it, and the target date has not passed;
 * - `off-course`: the target date passed without reaching the target, or the latest result is
 *   no better than the baseline, or it slipped since the previous reading;
 * - `unknown`: no target, or no result to judge (a measure without a baseline uses its first
 *   result as the baseline, so it needs two).
 */
export type Course = 'met' | 'on-course' | 'off-course' | 'unknown';
export type CourseReason =
  | 'no-target'
  | 'no-results'
  | 'reached'
  | 'improving'
  | 'target-date-passed'
  | 'not-past-baseline'
  | 'slipped';

export interface MeasureProgress {
  goalId: string;
  goalTitle: string;
  id: string;
  name: string;
  unit: string;
  direction: Direction;
  baseline: number | null;
  target: number | null;
  targetDate: string;
  dataSource: string;
  /** Results, oldest first. */
  actuals: MeasureActual[];
  latest: MeasureActual | null;
  course: Course;
  courseReason: CourseReason;
  /** Target changes, oldest first, each with its reason. */
  targetLog: TargetChange[];
}

export interface PlanProgress {
  totalActions: number;
  byStatus: StatusCounts;
  /** People in name order; the "No owner" bucket last. */
  byOwner: OwnerProgress[];
  /** Not done and due before today; most overdue first. */
  overdue: DatedAction[];
  /** Not done and due from today through today + DUE_SOON_DAYS; soonest first. */
  dueSoon: DatedAction[];
  /** Budgeted action steps per funding source, largest first; "No funding source" last. */
  budgetByFunding: FundingTotal[];
  budgetTotal: number;
  measures: MeasureProgress[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Days from calendar date `from` to `to` (both 'YYYY-MM-DD'); null when either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  if (!ISO_DATE.test(from) || !ISO_DATE.test(to)) return null;
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Number.isNaN(a) || Number.isNaN(b) ? null : Math.round((b - a) / DAY_MS);
}

/** A fresh count of zero for every status, in the order of ACTION_STATUSES. */
export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function actionsInPlan(goals: readonly Goal[]): ActionInPlan[] {
  return goals.flatMap((goal) =>
    goal.strategies.flatMap((strategy) =>
      strategy.actions.map((action) => ({ goalId: goal.id, goalTitle: goal.title, strategyTitle: strategy.title, action })),
    ),
  );
}

function ownerOf(action: ActionStep): { key: string; name: string } {
  const name = action.ownerName.trim();
  const key = action.ownerId !== '' ? action.ownerId : name;
  if (key === '') return { key: '', name: NO_OWNER };
  return { key, name: name === '' ? 'Unnamed person' : name };
}

function byOwner(actions: readonly ActionInPlan[]): OwnerProgress[] {
  const owners = new Map<string, OwnerProgress>();
  for (const { action } of actions) {
    const { key, name } = ownerOf(action);
    const owner = owners.get(key) ?? { key, name, counts: emptyStatusCounts(), total: 0 };
    owner.counts[action.status] += 1;
    owner.total += 1;
    owners.set(key, owner);
  }
  return [...owners.values()].sort((a, b) => Number(a.key === '') - Number(b.key === '') || a.name.localeCompare(b.name));
}

function dated(actions: readonly ActionInPlan[], today: string): DatedAction[] {
  return actions.flatMap((item) => {
    if (item.action.status === 'done') return [];
    const daysUntilDue = daysBetween(today, item.action.due);
    return daysUntilDue === null ? [] : [{ ...item, daysUntilDue }];
  });
}

function budgetByFunding(actions: readonly ActionInPlan[]): FundingTotal[] {
  const sources = new Map<string, FundingTotal>();
  for (const { action } of actions) {
    if (action.budget === null) continue;
    const source = action.funding.trim() || NO_FUNDING_SOURCE;
    const entry = sources.get(source) ?? { source, total: 0, actions: 0 };
    entry.total += action.budget;
    entry.actions += 1;
    sources.set(source, entry);
  }
  const last = (f: FundingTotal) => Number(f.source === NO_FUNDING_SOURCE);
  return [...sources.values()].sort((a, b) => last(a) - last(b) || b.total - a.total || a.source.localeCompare(b.source));
}

/** Whether `a` is better than `b` for a measure where `direction` is better. */
function better(direction: Direction, a: number, b: number): boolean {
  return direction === 'higher' ? a > b : a < b;
}

/**
 * Whether a measure is on course toward its target (see `Course` for the rules), judged on
 * `today`.
 */
export function measureCourse(
  measure: { baseline: number | null; target: number | null; targetDate: string; direction: Direction; actuals: readonly MeasureActual[] },
  today: string,
): { course: Course; reason: CourseReason } {
  const { target, direction, actuals } = measure;
  if (target === null) return { course: 'unknown', reason: 'no-target' };
  const latest = actuals.at(-1);
  const baseline = measure.baseline ?? (actuals.length > 1 ? actuals[0]?.value : undefined);
  if (latest === undefined || baseline === undefined) return { course: 'unknown', reason: 'no-results' };
  if (!better(direction, target, latest.value)) return { course: 'met', reason: 'reached' };
  const daysLeft = daysBetween(today, measure.targetDate);
  if (daysLeft !== null && daysLeft < 0) return { course: 'off-course', reason: 'target-date-passed' };
  if (!better(direction, latest.value, baseline)) return { course: 'off-course', reason: 'not-past-baseline' };
  const previous = actuals.at(-2);
  if (previous !== undefined && better(direction, previous.value, latest.value)) return { course: 'off-course', reason: 'slipped' };
  return { course: 'on-course', reason: 'improving' };
}

function measuresOf(goals: readonly Goal[], today: string): MeasureProgress[] {
  return goals.flatMap((goal) =>
    goal.measures.map((m) => {
      const { course, reason } = measureCourse(m, today);
      return {
        goalId: goal.id, goalTitle: goal.title, id: m.id, name: m.name, unit: m.unit, direction: m.direction,
        baseline: m.baseline, target: m.target, targetDate: m.targetDate, dataSource: m.dataSource,
        actuals: m.actuals, latest: m.actuals.at(-1) ?? null, course, courseReason: reason, targetLog: m.targetLog,
      };
    }),
  );
}

/**
 * Everything the progress dashboard shows, from the plan's goals (as `readPlanStructure`
 * reads them) on calendar day `today` ('YYYY-MM-DD'). An action step due today is due soon,
 * not overdue; a done one is neither.
 */
export function planProgress(goals: readonly Goal[], today: string): PlanProgress {
  const actions = actionsInPlan(goals);
  const byStatus = emptyStatusCounts();
  for (const { action } of actions) byStatus[action.status] += 1;
  const withDeadline = dated(actions, today);
  const funding = budgetByFunding(actions);
  return {
    totalActions: actions.length,
    byStatus,
    byOwner: byOwner(actions),
    overdue: withDeadline.filter((a) => a.daysUntilDue < 0).sort((a, b) => a.daysUntilDue - b.daysUntilDue),
    dueSoon: withDeadline.filter((a) => a.daysUntilDue >= 0 && a.daysUntilDue <= DUE_SOON_DAYS).sort((a, b) => a.daysUntilDue - b.daysUntilDue),
    budgetByFunding: funding,
    budgetTotal: funding.reduce((sum, f) => sum + f.total, 0),
    measures: measuresOf(goals, today),
  };
}
