import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActual, addGoal, changeTarget, readPlanStructure, type ActionStep, type Goal, type Measure } from '../../../shared/plan-structure.ts';
import { daysBetween, measureCourse, NO_FUNDING_SOURCE, NO_OWNER, planProgress, type Course, type CourseReason } from '../../../shared/progress.ts';

const TODAY = '2026-03-15';

function action(overrides: Partial<ActionStep> = {}): ActionStep {
  return {
    id: 'a', title: 'Action', ownerId: '', ownerName: '', start: '', due: '', status: 'not-started',
    budget: null, funding: '', conditions: [], standards: [], ...overrides,
  };
}

function goal(actions: ActionStep[], measures: Measure[] = [], title = 'Every student learns with technology'): Goal {
  return {
    id: `g-${title}`, title, visionId: '', conditions: [], standards: [], evidence: null,
    strategies: [{ id: 's1', title: 'Professional learning', actions }], measures,
  };
}

function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: 'm1', name: 'Teachers using the LMS weekly', unit: '%', baseline: 40, target: 80, targetDate: '2027-06-30',
    dataSource: 'LMS logs', direction: 'higher', actuals: [], targetLog: [], ...overrides,
  };
}

const results = (...values: number[]) => values.map((value, i) => ({ id: `r${i}`, date: `2026-0${i + 1}-01`, value, note: '' }));

describe('progress of action steps', () => {
  it('counts action steps by status across goals and strategies', () => {
    const progress = planProgress(
      [
        goal([action({ status: 'on-track' }), action({ status: 'on-track' }), action({ status: 'at-risk' })]),
        goal([action({ status: 'done' }), action()], [], 'Connectivity at home'),
      ],
      TODAY,
    );
    expect(progress.totalActions).toBe(5);
    expect(progress.byStatus).toEqual({ 'not-started': 1, 'on-track': 2, 'at-risk': 1, 'off-track': 0, done: 1 });
  });

  it('groups action steps by owner and status, people in name order and the unowned last', () => {
    const progress = planProgress(
      [
        goal([
          action({ ownerId: 'u2', ownerName: 'Sam Ortiz', status: 'done' }),
          action({ status: 'at-risk' }),
          action({ ownerId: 'u1', ownerName: 'Ana Li', status: 'on-track' }),
          action({ ownerId: 'u2', ownerName: 'Sam Ortiz', status: 'off-track' }),
          action({ ownerName: 'Board liaison', status: 'on-track' }),
        ]),
      ],
      TODAY,
    );
    expect(progress.byOwner.map((o) => [o.name, o.total, o.counts['on-track'], o.counts['off-track'], o.counts.done, o.counts['at-risk']])).toEqual([
      ['Ana Li', 1, 1, 0, 0, 0],
      ['Board liaison', 1, 1, 0, 0, 0],
      ['Sam Ortiz', 2, 0, 1, 1, 0],
      [NO_OWNER, 1, 0, 0, 0, 1],
    ]);
  });

  const deadlineCases: Array<{ name: string; due: string; status?: ActionStep['status']; overdue: boolean; dueSoon: boolean }> = [
    { name: 'due yesterday and not done is overdue', due: '2026-03-14', overdue: true, dueSoon: false },
    { name: 'due today is due soon, not overdue', due: '2026-03-15', overdue: false, dueSoon: true },
    { name: 'due in 30 days is due soon', due: '2026-04-14', overdue: false, dueSoon: true },
    { name: 'due in 31 days is neither', due: '2026-04-15', overdue: false, dueSoon: false },
    { name: 'done before its date is neither', due: '2026-03-01', status: 'done', overdue: false, dueSoon: false },
    { name: 'done and due soon is neither', due: '2026-03-20', status: 'done', overdue: false, dueSoon: false },
    { name: 'without a due date is neither', due: '', overdue: false, dueSoon: false },
    { name: 'with an unreadable due date is neither', due: 'next spring', overdue: false, dueSoon: false },
  ];
  it.each(deadlineCases)('an action step $name', ({ due, status, overdue, dueSoon }) => {
    const progress = planProgress([goal([action({ title: 'Train coaches', due, status: status ?? 'at-risk' })])], TODAY);
    expect(progress.overdue.map((a) => a.action.title)).toEqual(overdue ? ['Train coaches'] : []);
    expect(progress.dueSoon.map((a) => a.action.title)).toEqual(dueSoon ? ['Train coaches'] : []);
  });

  it('lists the most overdue first and the soonest due first, with days to the deadline', () => {
    const progress = planProgress(
      [goal([action({ title: 'A', due: '2026-03-10' }), action({ title: 'B', due: '2026-02-01' }), action({ title: 'C', due: '2026-03-30' }), action({ title: 'D', due: '2026-03-16' })])],
      TODAY,
    );
    expect(progress.overdue.map((a) => [a.action.title, a.daysUntilDue])).toEqual([['B', -42], ['A', -5]]);
    expect(progress.dueSoon.map((a) => [a.action.title, a.daysUntilDue])).toEqual([['D', 1], ['C', 15]]);
    expect(progress.overdue[0]?.goalTitle).toBe('Every student learns with technology');
    expect(progress.overdue[0]?.strategyTitle).toBe('Professional learning');
  });

  it('totals budgets by funding source, largest first and the unfunded last, skipping steps without a budget', () => {
    const progress = planProgress(
      [
        goal([
          action({ budget: 12_000, funding: 'E-rate' }),
          action({ budget: 3_000, funding: 'Title IV-A' }),
          action({ budget: 8_000, funding: ' E-rate ' }),
          action({ budget: 500 }),
          action({ budget: null, funding: 'General fund' }),
          action({ budget: 0, funding: 'Donations' }),
        ]),
      ],
      TODAY,
    );
    expect(progress.budgetByFunding).toEqual([
      { source: 'E-rate', total: 20_000, actions: 2 },
      { source: 'Title IV-A', total: 3_000, actions: 1 },
      { source: 'Donations', total: 0, actions: 1 },
      { source: NO_FUNDING_SOURCE, total: 500, actions: 1 },
    ]);
    expect(progress.budgetTotal).toBe(23_500);
  });

  it('an empty plan has nothing to count and nothing to list', () => {
    expect(planProgress([], TODAY)).toEqual({
      totalActions: 0,
      byStatus: { 'not-started': 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, done: 0 },
      byOwner: [],
      overdue: [],
      dueSoon: [],
      budgetByFunding: [],
      budgetTotal: 0,
      measures: [],
    });
  });
});

describe('whether a measure is on course', () => {
  const cases: Array<{ name: string; m: Partial<Measure>; course: Course; reason: CourseReason }> = [
    { name: 'higher is better, rising past the baseline', m: { actuals: results(45, 55) }, course: 'on-course', reason: 'improving' },
    { name: 'higher is better, one result above the baseline', m: { actuals: results(50) }, course: 'on-course', reason: 'improving' },
    { name: 'higher is better, reaching the target exactly', m: { actuals: results(60, 80) }, course: 'met', reason: 'reached' },
    { name: 'higher is better, passing the target', m: { actuals: results(90) }, course: 'met', reason: 'reached' },
    { name: 'higher is better, below the baseline', m: { actuals: results(35) }, course: 'off-course', reason: 'not-past-baseline' },
    { name: 'higher is better, equal to the baseline', m: { actuals: results(40) }, course: 'off-course', reason: 'not-past-baseline' },
    { name: 'higher is better, slipping since the last result', m: { actuals: results(60, 50) }, course: 'off-course', reason: 'slipped' },
    { name: 'higher is better, short of the target after its date', m: { targetDate: '2026-03-14', actuals: results(70) }, course: 'off-course', reason: 'target-date-passed' },
    { name: 'higher is better, short of the target on its date', m: { targetDate: TODAY, actuals: results(70) }, course: 'on-course', reason: 'improving' },
    { name: 'lower is better, falling past the baseline', m: { direction: 'lower', baseline: 20, target: 5, actuals: results(15, 12) }, course: 'on-course', reason: 'improving' },
    { name: 'lower is better, reaching the target', m: { direction: 'lower', baseline: 20, target: 5, actuals: results(4) }, course: 'met', reason: 'reached' },
    { name: 'lower is better, rising above the baseline', m: { direction: 'lower', baseline: 20, target: 5, actuals: results(25) }, course: 'off-course', reason: 'not-past-baseline' },
    { name: 'lower is better, rising since the last result', m: { direction: 'lower', baseline: 20, target: 5, actuals: results(10, 14) }, course: 'off-course', reason: 'slipped' },
    { name: 'without a target', m: { target: null, actuals: results(50) }, course: 'unknown', reason: 'no-target' },
    { name: 'without results', m: {}, course: 'unknown', reason: 'no-results' },
    { name: 'without a baseline and one result', m: { baseline: null, actuals: results(50) }, course: 'unknown', reason: 'no-results' },
    { name: 'without a baseline, judged from its first result', m: { baseline: null, actuals: results(50, 60) }, course: 'on-course', reason: 'improving' },
  ];
  it.each(cases)('$name is $course', ({ m, course, reason }) => {
    expect(measureCourse(measure(m), TODAY)).toEqual({ course, reason });
  });

  it('reads measures from the document with their results, latest value and target changes', () => {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'Digital citizenship', measures: [{ name: 'Incidents per term', unit: 'incidents', baseline: 30, target: 10, direction: 'lower' }] });
    const measureId = readPlanStructure(doc).goals[0]!.measures[0]!.id;
    addActual(doc, goalId, measureId, { date: '2026-02-01', value: 22, note: 'After the first unit' });
    addActual(doc, goalId, measureId, { date: '2025-11-01', value: 27, note: '' });
    changeTarget(doc, goalId, measureId, { to: 15, reason: 'New reporting rules count more incidents', by: 'Ana Li', at: '2026-01-10T09:00:00Z' });

    const [m] = planProgress(readPlanStructure(doc).goals, TODAY).measures;
    expect(m?.goalTitle).toBe('Digital citizenship');
    expect(m?.actuals.map((a) => a.value)).toEqual([27, 22]);
    expect(m?.latest?.value).toBe(22);
    expect(m?.target).toBe(15);
    expect(m?.course).toBe('on-course');
    expect(m?.targetLog).toEqual([{ at: '2026-01-10T09:00:00Z', by: 'Ana Li', from: 10, to: 15, reason: 'New reporting rules count more incidents' }]);
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-03-15', '2026-03-15', 0],
    ['2026-03-15', '2026-04-14', 30],
    ['2026-03-08', '2026-03-07', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-15', '', null],
    ['2026-03-15', '15/03/2026', null],
  ])('from %s to %s is %s', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
