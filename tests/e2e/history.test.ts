import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  createPlanInUi,
  newPerson,
  screenshot,
  sectionEditor,
  seriousAxeFindings,
  signedUpPage,
  typeInSection,
  useServerAndBrowser,
  waitForSaveState,
} from './support.ts';

const VISION = 'Learning vision';

async function saveVersion(page: Page, label: string): Promise<void> {
  await page.getByLabel('Version name').fill(label);
  await page.getByRole('button', { name: 'Save a version' }).click();
  await page.getByRole('row', { name: new RegExp(label) }).waitFor();
}

/** Confirms a dialog opened by `button`, with `confirm`. */
async function confirmIn(page: Page, button: string, dialogTitle: string, confirm: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await dialog.getByRole('button', { name: confirm }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('versions and adoption', () => {
  const setup = useServerAndBrowser();

  it('a manager saves a version, sees an edit highlighted in the comparison, restores the old text and undoes the restore', async () => {
    const { server, browser } = setup();
    const page = await signedUpPage(browser, server.url, newPerson('Olivia Owner'));
    const planUrl = await createPlanInUi(page, 'Versioned plan');
    const writer = await page.context().newPage();
    await writer.goto(planUrl);

    await typeInSection(writer, VISION, ' Learning comes first.');
    await waitForSaveState(writer, 'All changes saved');
    await page.goto(`${planUrl}/history`);
    await saveVersion(page, 'Before the workshop');

    await typeInSection(writer, VISION, ' Devices come second.');
    await waitForSaveState(writer, 'All changes saved');
    await page.getByRole('button', { name: 'Compare with now: “Before the workshop”' }).click();
    const comparison = page.getByRole('region', { name: /From “Before the workshop” to “The current plan”/ });
    const added = comparison.locator('ins.diff-added');
    await added.first().waitFor();
    expect((await added.allTextContents()).map((t) => t.replace('[added: ', '').replace(/]$/, '').trim())).toEqual(['Devices come second.']);
    await comparison.getByText('3 words added', { exact: true }).waitFor();
    await comparison.getByText('1 section changed', { exact: true }).waitFor();
    expect(await seriousAxeFindings(page), 'history view with the list and a comparison open').toEqual([]);
    await comparison.scrollIntoViewIfNeeded();
    await screenshot(page, 'history-compare');

    // The version reads as it was saved, and cannot be edited.
    await page.getByRole('button', { name: 'Read “Before the workshop”' }).click();
    const reader = page.getByRole('region', { name: 'Reading “Before the workshop”' });
    const frozenVision = reader.getByRole('textbox', { name: `${VISION} text`, exact: true });
    await frozenVision.filter({ hasText: 'Learning comes first.' }).waitFor();
    expect(await frozenVision.textContent()).not.toContain('Devices come second.');
    expect(await frozenVision.getAttribute('contenteditable')).toBe('false');
    expect(await seriousAxeFindings(page), 'history view with a version open').toEqual([]);
    await reader.getByRole('button', { name: 'Close the version' }).click();

    await page.getByRole('button', { name: 'Restore “Before the workshop”…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore “Before the workshop”?' });
    expect(await seriousAxeFindings(page), 'restore dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Restore this version' }).click();
    await page.getByText('Restored “Before the workshop”.').waitFor();
    // The other window, open on the text, sees the old text return live.
    await sectionEditor(writer, VISION).filter({ hasText: 'Learning comes first.' }).filter({ hasNotText: 'Devices come second.' }).waitFor();
    // The comparison refreshes: the plan now equals the version.
    await comparison.getByText('The two are the same.').waitFor();

    await page.getByRole('button', { name: 'Undo restore' }).click();
    await sectionEditor(writer, VISION).filter({ hasText: 'Devices come second.' }).waitFor();
    await page.getByRole('row', { name: /Before undoing the restore of “Before the workshop”/ }).waitFor();
  });

  it('adopting the plan freezes the open editor and shows Adopted in the plan bar; a new revision opens it again', async () => {
    const { server, browser } = setup();
    const page = await signedUpPage(browser, server.url, newPerson('Olivia Owner'));
    const planUrl = await createPlanInUi(page, 'Plan for the board');
    const writer = await page.context().newPage();
    await writer.goto(planUrl);
    await writer.locator('.status-badge', { hasText: 'Draft' }).waitFor();
    expect(await sectionEditor(writer, VISION).getAttribute('contenteditable')).toBe('true');

    await page.goto(`${planUrl}/history`);
    await confirmIn(page, 'Send for review…', 'Send the plan for review?', 'Send for review');
    await page.locator('.status-badge', { hasText: 'In review' }).waitFor();
    await page.getByRole('button', { name: 'Record board adoption…' }).click();
    const adopt = page.getByRole('dialog', { name: 'Record the board’s adoption?' });
    await adopt.getByLabel('Board adoption date').fill('2027-01-14');
    expect(await seriousAxeFindings(page), 'adoption dialog').toEqual([]);
    await adopt.getByRole('button', { name: 'Record adoption and freeze the plan' }).click();
    await adopt.waitFor({ state: 'detached' });

    await page.getByRole('heading', { name: 'Status: Adopted' }).waitFor();
    await page.getByText('Adopted by the board on January 14, 2027.').waitFor();
    await page.getByRole('row', { name: /Adopted by the board — 2027-01-14/ }).waitFor();
    await writer.locator('.status-badge', { hasText: 'Adopted' }).waitFor();
    await writer.locator('.editor__content[contenteditable="false"]').first().waitFor();
    expect(await sectionEditor(writer, VISION).getAttribute('contenteditable')).toBe('false');
    expect(await seriousAxeFindings(page), 'history view of an adopted plan').toEqual([]);
    await screenshot(page, 'history-adopted');

    await confirmIn(page, 'Start a new revision…', 'Start revision 2?', 'Start the revision');
    await page.getByRole('heading', { name: 'Status: Draft · revision 2' }).waitFor();
    await writer.locator('.status-badge', { hasText: 'Draft · revision 2' }).waitFor();
    await sectionEditor(writer, VISION).and(writer.locator('[contenteditable="true"]')).waitFor();
    await typeInSection(writer, VISION, ' Amended after adoption.');
    await waitForSaveState(writer, 'All changes saved');
    await page.getByRole('button', { name: 'Compare with the adopted version' }).click();
    const comparison = page.getByRole('region', { name: /From “Adopted by the board — 2027-01-14” to “The current plan”/ });
    await comparison.locator('ins.diff-added', { hasText: 'Amended after adoption.' }).waitFor();
  });
});
