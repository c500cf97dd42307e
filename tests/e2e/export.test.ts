/**
 * The Export menu in Chromium: a person opens it from the keyboard, picks Word, and the file
 * downloads; the print preview opens the plan as a web page in a new tab; the dialog passes
 * axe-core and the app page reports no Content-Security-Policy violation along the way.
 */
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createPlanInUi, newContext, newPerson, screenshot, seriousAxeFindings, signUpInUi, UI_TIMEOUT_MS, useServerAndBrowser } from './support.ts';
import { isFocused, planIdFrom, pressUntilFocused, watchCspViolations } from './sharing-support.ts';

const setup = useServerAndBrowser();

/**
 * A signed-up person on a new plan's page. `newViolations` lists every Content-Security-Policy
 * violation the app page has reported since it first loaded, sign-up included.
 */
async function planPage(title: string): Promise<{ page: Page; baseUrl: string; newViolations: () => string[] }> {
  const { server, browser } = setup();
  const context = await newContext(browser);
  onTestFinished(() => context.close());
  const page = await context.newPage();
  const violations = await watchCspViolations(page);
  await signUpInUi(page, server.url, newPerson('Morgan Lee'));
  await createPlanInUi(page, title);
  return { page, baseUrl: server.url, newViolations: () => [...violations] };
}

describe('the Export menu', () => {
  it('exports the plan as a Word file from the keyboard alone, and gives focus back to the Export button', async () => {
    const title = 'Keyboard export plan';
    const { page, newViolations } = await planPage(title);
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    await pressUntilFocused(page, 'Tab', exportButton, 40);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: `Export “${title}”` });
    await dialog.waitFor();
    const pdf = dialog.getByRole('radio', { name: 'PDF' });
    const word = dialog.getByRole('radio', { name: 'Word' });
    expect(await isFocused(pdf)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await word.isChecked()).toBe(true);
    expect(await dialog.getByRole('combobox', { name: 'What to export' }).inputValue()).toBe('');
    expect(await seriousAxeFindings(page)).toEqual([]);

    const submit = dialog.getByRole('button', { name: 'Export', exact: true });
    await pressUntilFocused(page, 'Tab', submit);
    const download = page.waitForEvent('download', { timeout: UI_TIMEOUT_MS });
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe('Keyboard export plan.docx');
    await dialog.getByRole('status').getByText('Downloaded Keyboard export plan.docx').waitFor();
    await screenshot(page, 'export-dialog-downloaded');
    const text = (await mammoth.extractRawText({ buffer: await readFile(await file.path()) })).value;
    expect(text.startsWith(title)).toBe(true);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(exportButton)).toBe(true);
    expect(newViolations(), 'Content-Security-Policy violations').toEqual([]);
  });

  it('opens the print preview as a web page of the plan in a new tab', async () => {
    const title = 'Print preview plan';
    const { page, newViolations } = await planPage(title);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Export “${title}”` });
    const popup = page.context().waitForEvent('page', { timeout: UI_TIMEOUT_MS });
    await dialog.getByRole('link', { name: 'Print preview (opens in a new tab)' }).click();
    const preview = await popup;
    await preview.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await preview.title()).toContain(title);
    expect(await preview.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(newViolations(), 'Content-Security-Policy violations').toEqual([]);
  });

  it('exports a named version chosen from the list, named after the version', async () => {
    const title = 'Versioned export plan';
    const { page, baseUrl, newViolations } = await planPage(title);
    const planId = planIdFrom(page.url());
    const saved = await page.context().request.post(`${baseUrl}/api/plans/${encodeURIComponent(planId)}/versions`, {
      data: { label: 'Board draft' },
      headers: { origin: baseUrl },
    });
    expect(saved.status()).toBe(201);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Export “${title}”` });
    await dialog.getByRole('radio', { name: 'Markdown' }).check();
    const versions = dialog.getByRole('combobox', { name: 'What to export' });
    await versions.getByRole('option', { name: 'Board draft' }).waitFor({ state: 'attached' });
    await versions.selectOption({ label: 'Board draft' });
    const download = page.waitForEvent('download', { timeout: UI_TIMEOUT_MS });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Versioned export plan (Board draft).md');
    expect(await readFile(await file.path(), 'utf8')).toContain('- **Version:** Board draft');
    expect(newViolations(), 'Content-Security-Policy violations').toEqual([]);
  });
});
