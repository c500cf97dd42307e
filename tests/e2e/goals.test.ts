/**
 * The goals and actions view in Chromium: two people building one action step together, a
 * viewer reading it, axe-core on the view, and every control reachable with the keyboard.
 */
import { describe, expect, it } from 'vitest';
import { addByKeyboard, buildActionStep, control, openGoals, selectedLabel, waitForValue } from './goals-support.ts';
import { isFocused, planIdFrom, shareWithApi, type PlanRole } from './sharing-support.ts';
import { createPlanInUi, newPerson, screenshot, seriousAxeFindings, signedUpPage, useServerAndBrowser } from './support.ts';

describe('goals and actions', () => {
  const setup = useServerAndBrowser();

  async function sharedPlan(role: PlanRole, otherName: string) {
    const { server, browser } = setup();
    const ownerPerson = newPerson('Dana Lee');
    const otherPerson = newPerson(otherName);
    const owner = await signedUpPage(browser, server.url, ownerPerson);
    const other = await signedUpPage(browser, server.url, otherPerson);
    const planUrl = await createPlanInUi(owner, 'Technology plan 2027–2030');
    await shareWithApi(owner.context(), server.url, planIdFrom(planUrl), otherPerson.email, role);
    return { owner, other, otherPerson, goalsUrl: `${planUrl}/goals` };
  }

  it('an action step built in one window appears live in another, and simultaneous edits to it both stay', async () => {
    const { owner, other, otherPerson, goalsUrl } = await sharedPlan('editor', 'Sam Ortiz');
    await openGoals(owner);
    await openGoals(other, goalsUrl);

    const { action } = await buildActionStep(owner, otherPerson);
    const seen = other.getByRole('group', { name: action, exact: true });
    await waitForValue(control(other, action, 'Title'), 'Train student tech leaders');
    await waitForValue(control(other, action, 'Due date'), '2026-11-30');
    await waitForValue(control(other, action, 'Status'), 'on-track');
    expect(await selectedLabel(control(other, action, 'Owner'))).toBe('Sam Ortiz');
    await seen.locator('.tag', { hasText: 'Technical Support' }).waitFor();

    // The editor changes the status while the owner is typing in the title.
    const title = control(owner, action, 'Title');
    await title.focus();
    await owner.keyboard.press('End');
    await Promise.all([owner.keyboard.type(' each term', { delay: 30 }), control(other, action, 'Status').selectOption({ label: 'At risk' })]);
    for (const page of [owner, other]) {
      await waitForValue(control(page, action, 'Title'), 'Train student tech leaders each term');
      await waitForValue(control(page, action, 'Status'), 'at-risk');
    }

    await owner.getByRole('button', { name: `${action} Leader Standards` }).click();
    expect(await seriousAxeFindings(owner)).toEqual([]);
    await screenshot(owner, 'goals-view');
  });

  it('a viewer reads the same goals, strategies and action steps with nothing to change', async () => {
    const { owner, other, goalsUrl } = await sharedPlan('viewer', 'Viewer Vic');
    await openGoals(owner);
    const { goal, strategy, action } = await buildActionStep(owner, { ...newPerson(), name: 'Dana Lee' });
    await openGoals(other, goalsUrl);

    const view = other.getByRole('region', { name: 'Goals and actions' });
    await view.getByRole('heading', { name: `${goal}: Reliable devices in every classroom` }).waitFor();
    await view.getByRole('heading', { name: `${strategy}: Student help desks` }).waitFor();
    const step = view.getByRole('group', { name: `${action}: Train student tech leaders`, exact: true });
    await step.waitFor();
    for (const text of ['Dana Lee', 'On track', 'Nov 30, 2026', 'Technical Support']) await step.getByText(text, { exact: true }).first().waitFor();
    expect(await view.locator('input, select, textarea').count()).toBe(0);
    expect(await view.getByRole('button').count()).toBe(0);
    expect(await seriousAxeFindings(other)).toEqual([]);
  });

  it('a goal serves a vision element, a measure’s target change asks why and is logged, and removals ask first', async () => {
    const { owner } = await sharedPlan('editor', 'Unused Editor');
    await openGoals(owner);
    await owner.getByRole('button', { name: 'Add vision element', exact: true }).focus();
    await owner.keyboard.press('Enter');
    // A vision element's field is labelled by its own name ("Vision element 5").
    const vision = await owner.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent ?? '');
    await owner.keyboard.type('Every family can reach school services online');
    const goal = await addByKeyboard(owner, 'Add goal', 'Connectivity at home');
    const visionNumber = vision.replace(/^Vision element /, '');
    expect(visionNumber).toMatch(/^\d+$/);
    await control(owner, goal, 'Vision element it serves').selectOption({ label: `${visionNumber}. Every family can reach school services online` });
    expect(await selectedLabel(control(owner, goal, 'Vision element it serves'))).toBe(`${visionNumber}. Every family can reach school services online`);

    const measure = await addByKeyboard(owner, `Add measure to ${goal.toLowerCase()}`, 'Students with home internet');
    await control(owner, measure, 'Unit').fill('%');
    await control(owner, measure, 'Baseline').fill('72');
    await owner.getByRole('button', { name: `Set target of ${measure.toLowerCase()}` }).click();
    await owner.getByRole('dialog').getByLabel('New target (%)').fill('90');
    await owner.getByRole('button', { name: 'Save target' }).click();
    const card = owner.getByRole('group', { name: measure, exact: true });
    await card.getByText('90%', { exact: true }).waitFor();

    // A change without a reason is refused, and nothing changes.
    await owner.getByRole('button', { name: `Change target of ${measure.toLowerCase()}` }).click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByLabel('New target (%)').fill('95');
    await dialog.getByRole('button', { name: 'Save target' }).click();
    await dialog.getByText('Say why the target changes; the reason is kept with the plan.').waitFor();
    expect(await card.getByText('90%', { exact: true }).count()).toBe(1);
    await dialog.getByLabel('Why is it changing').fill('The hotspot grant came through');
    await dialog.getByRole('button', { name: 'Save target' }).click();
    await card.getByText('Dana Lee changed the target from 90% to 95%: The hotspot grant came through').waitFor();
    await card.getByText('Dana Lee set the target to 90%.').waitFor();

    await control(owner, measure, 'Date measured').fill('2026-10-01');
    await control(owner, measure, 'Value').fill('78.5');
    await control(owner, measure, 'Note').fill('Fall family survey');
    await owner.getByRole('button', { name: `Record value of ${measure.toLowerCase()}` }).click();
    const row = card.getByRole('row', { name: /Oct 1, 2026/ });
    await row.getByText('78.5%').waitFor();

    // Keeping is the default; only the explicit button removes.
    await owner.getByRole('button', { name: `Remove ${measure.toLowerCase()}` }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Keep it' }).click();
    await card.waitFor();
    await owner.getByRole('button', { name: `Remove ${measure.toLowerCase()}` }).click();
    await owner.getByRole('dialog').getByText('“Students with home internet”, its 1 recorded value and its target history will be removed').waitFor();
    await owner.getByRole('dialog').getByRole('button', { name: 'Remove measure', exact: true }).click();
    await card.waitFor({ state: 'detached' });
    expect(await isFocused(owner.getByRole('button', { name: `Add measure to ${goal.toLowerCase()}` }))).toBe(true);
  });

  it('every control of the goals view can be reached with Tab', async () => {
    const { owner } = await sharedPlan('editor', 'Unused Editor');
    await openGoals(owner);
    await buildActionStep(owner, { ...newPerson(), name: 'Dana Lee' });
    await owner.getByRole('link', { name: 'Goals and actions' }).focus();
    const controls = await owner.evaluate(() => {
      const view = document.querySelector('.goals-view');
      const controls = [...(view?.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea') ?? [])].filter((el) => el.offsetParent !== null);
      controls.forEach((el, index) => el.setAttribute('data-tab-check', String(index)));
      return controls.length;
    });
    expect(controls).toBeGreaterThan(10);
    const reached = new Set<string>();
    const last = owner.getByRole('button', { name: 'Add goal' });
    for (let presses = 0; presses < 2000 && !(await last.evaluate((el) => el === document.activeElement)); presses += 1) {
      await owner.keyboard.press('Tab');
      const mark = await owner.evaluate(() => document.activeElement?.getAttribute('data-tab-check') ?? null);
      if (mark !== null) reached.add(mark);
    }
    const unreached = await owner.evaluate((marks) => {
      return [...document.querySelectorAll<HTMLElement>('[data-tab-check]')]
        .filter((el) => !marks.includes(el.getAttribute('data-tab-check') ?? ''))
        .map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.id}`);
    }, [...reached]);
    expect(unreached).toEqual([]);
  });
});
