import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readSections, sectionPlainText } from '../../shared/plan-doc.ts';
import { waitFor } from '../helpers/clients.ts';
import { connectAs } from './doc-client.ts';
import { holdsFocus, planIdFrom, pressUntilFocused, shareWithApi } from './sharing-support.ts';
import { createPlanInUi, newPerson, screenshot, sectionEditor, seriousAxeFindings, signedUpPage, UI_TIMEOUT_MS, useServerAndBrowser } from './support.ts';

const SECTION = 'Mission';

function toolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: `${SECTION} formatting` });
}

/** The cell at a row and column of the section's first table (0-based, header row included). */
function cell(page: Page, row: number, column: number): Locator {
  return sectionEditor(page, SECTION).locator('table tr').nth(row).locator('th, td').nth(column);
}

/** A cell's text as written: other people's carets (which carry their names) left out. */
function cellText(page: Page, row: number, column: number): Promise<string> {
  return cell(page, row, column).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent ?? '';
  });
}

/** Waits, bounded, until a cell holds exactly `text`. */
async function expectCell(page: Page, row: number, column: number, text: string): Promise<void> {
  await expect.poll(() => cellText(page, row, column), { timeout: UI_TIMEOUT_MS, interval: 50 }).toBe(text);
}

/** Inserts a table from the toolbar with the keyboard alone, from the end of the section's text. */
async function insertTableByKeyboard(page: Page): Promise<void> {
  const editor = sectionEditor(page, SECTION);
  await editor.click();
  await page.keyboard.press('Control+End');
  // Out of the text to the toolbar's one Tab stop, then along it with the arrow keys.
  await page.keyboard.press('Shift+Tab');
  const insert = toolbar(page).getByRole('button', { name: 'Insert table' });
  await pressUntilFocused(page, 'ArrowRight', insert, 12);
  await page.keyboard.press('Enter');
  await cell(page, 0, 0).waitFor();
  expect(await editor.evaluate((element) => element.contains(document.activeElement))).toBe(true);
}

describe('tables in a section’s text', () => {
  const setup = useServerAndBrowser();

  it('a table inserted from the toolbar by keyboard has a header row, takes text cell by cell with Tab, and shows in a second window', async () => {
    const { server, browser } = setup();
    const alex = newPerson('Alex Rivera');
    const first = await signedUpPage(browser, server.url, alex);
    const planUrl = await createPlanInUi(first, 'Technology Plan with tables');
    const bar = toolbar(first);
    await bar.waitFor();
    // Outside a table Insert table is offered, and the buttons that change a table are not.
    expect(await bar.getByRole('button', { name: 'Insert table' }).count()).toBe(1);
    expect(await bar.getByRole('button', { name: 'Add row' }).count()).toBe(0);

    await insertTableByKeyboard(first);
    await first.keyboard.type('Milestone', { delay: 10 });
    await first.keyboard.press('Tab');
    await first.keyboard.type('Owner', { delay: 10 });
    await first.keyboard.press('Tab');
    await first.keyboard.type('Due', { delay: 10 });
    await first.keyboard.press('Tab');
    await first.keyboard.type('Pilot in two schools', { delay: 10 });

    const editor = sectionEditor(first, SECTION);
    expect(await editor.locator('table tr').first().locator('th').allTextContents()).toEqual(['Milestone', 'Owner', 'Due']);
    expect(await cell(first, 1, 0).evaluate((element) => element.tagName)).toBe('TD');
    await expectCell(first, 1, 0, 'Pilot in two schools');

    // Shift+Tab walks back cell by cell and, from the first cell, out of the table to the toolbar: no keyboard trap.
    for (let presses = 0; presses < 8 && !(await holdsFocus(toolbar(first))); presses += 1) await first.keyboard.press('Shift+Tab');
    expect(await holdsFocus(toolbar(first))).toBe(true);
    await cell(first, 1, 0).click();

    // Inside the table its own buttons are offered, and Insert table is not.
    for (const name of ['Add row', 'Add column', 'Delete row', 'Delete column', 'Delete table']) await bar.getByRole('button', { name, exact: true }).waitFor();
    expect(await bar.getByRole('button', { name: 'Insert table' }).count()).toBe(0);
    await bar.getByRole('button', { name: 'Add row', exact: true }).click();
    await editor.locator('table tr').nth(3).waitFor();
    expect(await editor.locator('table tr').count()).toBe(4);
    await bar.getByRole('button', { name: 'Add column', exact: true }).click();
    await editor.locator('table tr').first().locator('th').nth(3).waitFor();

    const findings = await seriousAxeFindings(first);
    if (findings.length > 0) await screenshot(first, 'tables-axe');
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);

    const sam = newPerson('Sam Lee');
    const second = await signedUpPage(browser, server.url, sam);
    await shareWithApi(first.context(), server.url, planIdFrom(planUrl), sam.email, 'editor');
    await second.goto(planUrl);
    await cell(second, 0, 0).waitFor();
    await expectCell(second, 0, 0, 'Milestone');
    await expectCell(second, 1, 0, 'Pilot in two schools');
    expect(await sectionEditor(second, SECTION).locator('table tr').first().locator('th').count()).toBe(4);
    await screenshot(first, 'editor-table');
  });

  it('two people typing into different cells of one table at the same time both keep their text', async () => {
    const { server, browser } = setup();
    const sam = newPerson('Sam Lee');
    const first = await signedUpPage(browser, server.url, newPerson('Alex Rivera'));
    const second = await signedUpPage(browser, server.url, sam);
    const planUrl = await createPlanInUi(first, 'Plan written together');
    await shareWithApi(first.context(), server.url, planIdFrom(planUrl), sam.email, 'editor');
    await insertTableByKeyboard(first);
    await first.keyboard.type('Milestone', { delay: 10 });

    await second.goto(planUrl);
    await cell(second, 0, 0).waitFor();
    await expectCell(second, 0, 0, 'Milestone');
    await cell(first, 1, 0).click();
    await cell(second, 2, 1).click();
    const mine = 'Alex writes in the first body row';
    const theirs = 'Sam writes in the second body row';
    await Promise.all([first.keyboard.type(mine, { delay: 15 }), second.keyboard.type(theirs, { delay: 15 })]);

    for (const page of [first, second]) {
      await expectCell(page, 1, 0, mine);
      await expectCell(page, 2, 1, theirs);
    }
    // And the server stored both, each in its own cell's paragraph.
    const reader = await connectAs(first.context(), server.url, planIdFrom(planUrl));
    const mission = readSections(reader.doc).find((section) => section.title === SECTION);
    if (!mission) throw new Error(`the plan has no ${SECTION} section`);
    await waitFor(() => {
      const lines = sectionPlainText(reader.doc, mission.id).split('\n');
      return lines.includes(mine) && lines.includes(theirs);
    }, UI_TIMEOUT_MS, 'both cells’ text in the stored plan');
  });
});
