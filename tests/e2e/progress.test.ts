import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import type * as Y from 'yjs';
import { addActual, addGoal, changeTarget, findAction, getGoalsArray, readPlanStructure, type ActionInit } from '../../shared/plan-structure.ts';
import { connectAs } from './doc-client.ts';
import { planIdFrom, watchCspViolations } from './sharing-support.ts';
import { createPlanInUi, newContext, newPerson, screenshot, seriousAxeFindings, signUpInUi, UI_TIMEOUT_MS, useServerAndBrowser } from './support.ts';

/** A calendar date `days` from today in this machine's own calendar (the browser shares it). */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const ACTIONS: readonly ActionInit[] = [
  { title: 'Train instructional coaches', ownerId: 'u-ana', ownerName: 'Ana Li', status: 'on-track', due: dayFromToday(7), budget: 12_000, funding: 'Title IV-A' },
  { title: 'Launch the teacher leader network', ownerId: 'u-ana', ownerName: 'Ana Li', status: 'at-risk', due: dayFromToday(-5), budget: 3_000, funding: 'Title IV-A' },
  { title: 'Publish the exemplars library', ownerId: 'u-sam', ownerName: 'Sam Ortiz', status: 'off-track', due: dayFromToday(-12) },
  { title: 'Adopt the responsible use policy', ownerId: 'u-sam', ownerName: 'Sam Ortiz', status: 'done', due: dayFromToday(-20) },
  { title: 'Survey families about home connectivity', status: 'not-started', due: dayFromToday(60), budget: 8_000, funding: 'E-rate' },
];
const MEASURE = 'Teachers using the LMS weekly';

/** Replaces the template's goals with one goal, its action steps and a measure with results. */
function seedGoals(doc: Y.Doc): void {
  doc.transact(() => {
    const goals = getGoalsArray(doc);
    goals.delete(0, goals.length);
    const goalId = addGoal(doc, {
      title: 'Every student learns with technology',
      strategies: [{ title: 'Professional learning', actions: ACTIONS }],
      measures: [{ name: MEASURE, unit: '%', baseline: 40, target: 80, targetDate: dayFromToday(365), direction: 'higher' }],
    });
    const measureId = readPlanStructure(doc).goals[0]!.measures[0]!.id;
    addActual(doc, goalId, measureId, { date: dayFromToday(-90), value: 48, note: 'Fall survey' });
    addActual(doc, goalId, measureId, { date: dayFromToday(-30), value: 57, note: 'Winter survey' });
    changeTarget(doc, goalId, measureId, { to: 85, reason: 'The board raised the bar after the pilot', by: 'Ana Li', at: new Date().toISOString() });
  });
}

/** Sets one seeded action step's status, as a colleague would in their own window. */
function setStatus(doc: Y.Doc, title: string, status: string): void {
  const goal = readPlanStructure(doc).goals[0]!;
  const strategy = goal.strategies[0]!;
  const action = strategy.actions.find((a) => a.title === title)!;
  findAction(doc, goal.id, strategy.id, action.id)!.set('status', status);
}

/** Each body row of a table as its cells' texts. */
function rowsOf(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

/** Waits until the summary sentence reads `text`. */
async function summaryReads(page: Page, text: string): Promise<void> {
  await page.locator('.progress-summary__lead', { hasText: text }).waitFor({ timeout: UI_TIMEOUT_MS });
}

describe('the progress dashboard', () => {
  const setup = useServerAndBrowser();

  it("shows the plan's action steps, deadlines and measures, and follows a colleague's status change live", async () => {
    const { server, browser } = setup();
    const context = await newContext(browser);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const cspViolations = await watchCspViolations(page);
    await signUpInUi(page, server.url, newPerson());
    const planUrl = await createPlanInUi(page, 'Progress plan');
    const planId = planIdFrom(planUrl);
    const client = await connectAs(context, server.url, planId);

    client.doc.transact(() => getGoalsArray(client.doc).delete(0, getGoalsArray(client.doc).length));
    await page.goto(`${planUrl}/progress`);
    await page.getByText('No action steps yet — add them under Goals and actions.').waitFor();

    seedGoals(client.doc);
    await summaryReads(page, '5 action steps: 1 on track, 1 at risk, 1 off track, 1 done, 1 not started; 2 overdue');

    const statusTable = page.getByRole('table', { name: 'Action steps by status' });
    expect(await rowsOf(statusTable)).toEqual([['Not started', '1'], ['On track', '1'], ['At risk', '1'], ['Off track', '1'], ['Done', '1']]);

    const overdue = page.getByRole('region', { name: /^Overdue/ }).getByRole('listitem');
    expect(await overdue.allInnerTexts()).toEqual([
      expect.stringMatching(/^Publish the exemplars library\s+12 days overdue/),
      expect.stringMatching(/^Launch the teacher leader network\s+5 days overdue/),
    ]);
    expect(await overdue.first().getByRole('link').getAttribute('href')).toBe(`/plans/${planId}/goals`);
    const dueSoon = page.getByRole('region', { name: /^Due in the next 30 days/ }).getByRole('listitem');
    expect(await dueSoon.allInnerTexts()).toEqual([expect.stringMatching(/^Train instructional coaches\s+due in 7 days/)]);

    const owners = await rowsOf(page.getByRole('region', { name: 'Action steps by owner' }).getByRole('table'));
    expect(owners.map((row) => [row[0], row.at(-1)])).toEqual([['Ana Li', '2'], ['Sam Ortiz', '2'], ['No owner', '1']]);

    const measure = page.getByRole('article', { name: MEASURE });
    expect(await rowsOf(measure.getByRole('table', { name: `Results of ${MEASURE}` }))).toEqual([
      [expect.any(String), '48%', 'Fall survey'],
      [expect.any(String), '57%', 'Winter survey'],
    ]);
    expect(await rowsOf(measure.getByRole('table', { name: `Target changes of ${MEASURE}` }))).toEqual([
      [expect.any(String), 'Ana Li', '80%', '85%', 'The board raised the bar after the pilot'],
    ]);
    await measure.getByText('On course', { exact: true }).waitFor();
    // The charts drew: a bar per status and the measure's line.
    await measure.locator('.recharts-line-curve').waitFor();
    expect(await page.locator('.progress-bar').count()).toBe(5);

    setStatus(client.doc, 'Launch the teacher leader network', 'done');
    await summaryReads(page, '5 action steps: 1 on track, 1 off track, 2 done, 1 not started; 1 overdue');
    expect((await rowsOf(statusTable)).find((row) => row[0] === 'Done')).toEqual(['Done', '2']);
    expect(await overdue.allInnerTexts()).toEqual([expect.stringMatching(/^Publish the exemplars library/)]);

    await screenshot(page, 'progress-view');
    expect(await seriousAxeFindings(page), 'progress view').toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
