/**
 * Choosing a template in the browser: the picker is a radio group that works from the keyboard,
 * the preview follows the choice, every built-in template starts a plan with its own sections
 * and example goals, and a plan saved as a workspace template starts the next plan.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TemplateSummarySchema, type TemplateSummary } from '../../shared/templates.ts';
import { describeFocus, isFocused } from './sharing-support.ts';
import { newPerson, screenshot, sectionEditor, seriousAxeFindings, signedUpPage, typeInSection, UI_TIMEOUT_MS, useServerAndBrowser, waitForSaveState } from './support.ts';

const DEFAULT_TEMPLATE_ID = 'district-technology-plan';

async function builtInTemplates(page: Page, baseUrl: string): Promise<TemplateSummary[]> {
  const response = await page.request.get(`${baseUrl}/api/templates`);
  return z.object({ templates: z.array(TemplateSummarySchema) }).parse(await response.json()).templates;
}

/** The preview panel of the new-plan form. */
function preview(page: Page) {
  return page.getByRole('region', { name: /^Preview/ });
}

/** Waits until `text` is on the page, as text or as the value of a field (goals are edited in place). */
async function waitForTextOrValue(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      document.body.innerText.includes(wanted) ||
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some((field) => field.value === wanted),
    text,
    { timeout: UI_TIMEOUT_MS },
  );
}

/** Creates a plan from the form as it stands and waits for the plan page. */
async function createPlan(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: 'Create plan' }).click();
  await page.waitForURL(/\/plans\/[^/]+$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return page.url();
}

describe('starting a plan from a template', () => {
  const setup = useServerAndBrowser();

  it('every built-in template can be chosen, from the keyboard or the mouse, and starts a plan with its own sections and example goals', async () => {
    const { server, browser } = setup();
    const page = await signedUpPage(browser, server.url, newPerson('Tess Template'));
    const workspaceUrl = page.url();
    const templates = await builtInTemplates(page, server.url);
    expect(templates.length).toBeGreaterThanOrEqual(6);
    // The order on screen decides how many arrow presses reach a template; the default comes first.
    const onScreen = await page.locator('input[type="radio"][name="template"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(onScreen[0]).toBe(DEFAULT_TEMPLATE_ID);
    expect([...onScreen].sort()).toEqual(templates.map((t) => t.id).sort());
    const defaultName = templates.find((t) => t.id === DEFAULT_TEMPLATE_ID)!.name;

    for (const [index, id] of onScreen.entries()) {
      const template = templates.find((t) => t.id === id)!;
      await page.goto(workspaceUrl);
      const title = `Plan from ${template.name}`;
      await page.getByLabel('Plan title').fill(title);
      // The district plan is chosen until someone picks another.
      await preview(page).getByRole('heading', { name: `Preview: ${defaultName}` }).waitFor();
      const radio = page.getByRole('radio', { name: template.name, exact: true });
      if (index % 2 === 1) {
        // Keyboard: focus the checked radio (the default, first), then arrow keys move the choice.
        await page.getByRole('radio', { checked: true }).focus();
        for (let press = 0; press < index; press += 1) await page.keyboard.press('ArrowDown');
        expect(await isFocused(radio), await describeFocus(page)).toBe(true);
      } else {
        await page.getByText(template.name, { exact: true }).click();
      }
      expect(await radio.isChecked()).toBe(true);
      const shown = preview(page);
      await shown.getByRole('heading', { name: `Preview: ${template.name}` }).waitFor();
      await shown.getByText(template.sections[0]!.title, { exact: true }).waitFor();
      await shown.getByText(template.goals[0]!.title, { exact: true }).waitFor();
      for (const section of template.sections.filter((s) => s.wordLimit !== undefined)) {
        await shown.getByText(`(up to ${section.wordLimit} words)`).first().waitFor();
      }

      const planUrl = await createPlan(page, title);
      await sectionEditor(page, template.sections[0]!.title).waitFor();
      await page.goto(`${planUrl}/goals`);
      await waitForTextOrValue(page, template.goals[0]!.title);
    }
  });

  it('a plan saved as a workspace template is offered, marked as the workspace’s own, starts a plan with its text, and can be deleted again', async () => {
    const { server, browser } = setup();
    const page = await signedUpPage(browser, server.url, newPerson('Sam Saver'));
    const workspaceUrl = page.url();
    await page.getByLabel('Plan title').fill('Plan worth keeping');
    await page.getByRole('radio', { name: 'District technology plan', exact: true }).check();
    await createPlan(page, 'Plan worth keeping');
    await typeInSection(page, 'Mission', ' Every learner, every day.');
    await waitForSaveState(page, 'All changes saved');

    await page.getByRole('button', { name: 'Save as template' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save as a workspace template' });
    const name = dialog.getByRole('textbox', { name: 'Template name' });
    expect(await isFocused(name)).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'templates-save-dialog');
    await name.fill('Maple Valley starter');
    await dialog.getByRole('textbox', { name: 'Summary (optional)' }).fill('Our plan, ready to reuse.');
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Saved “Maple Valley starter”.' }).waitFor();
    await dialog.getByRole('link', { name: 'Start a plan from it' }).click();
    await page.waitForURL(workspaceUrl);

    const saved = page.getByRole('radio', { name: 'Maple Valley starter', exact: true });
    expect(await saved.getAttribute('aria-describedby')).toBeTruthy();
    await page.locator(`#${await saved.getAttribute('aria-describedby')}`).filter({ hasText: 'Saved in this workspace by Sam Saver' }).waitFor();
    await saved.check();
    await preview(page).getByRole('heading', { name: 'Preview: Maple Valley starter' }).waitFor();
    await preview(page).getByText('Our plan, ready to reuse.').waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'templates-picker-saved');

    await page.getByLabel('Plan title').fill('Next year’s plan');
    await createPlan(page, 'Next year’s plan');
    await sectionEditor(page, 'Mission').filter({ hasText: 'Every learner, every day.' }).waitFor();

    // A manager can delete it again; keeping it is the default, and focus lands on the choice that replaces it.
    await page.goto(workspaceUrl);
    await page.getByRole('radio', { name: 'Maple Valley starter', exact: true }).check();
    await preview(page).getByRole('button', { name: 'Delete this template' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Maple Valley starter”?' });
    expect(await isFocused(confirm.getByRole('button', { name: 'Keep it' }))).toBe(true);
    await confirm.getByRole('button', { name: 'Delete template' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted the template “Maple Valley starter”.' }).waitFor();
    await page.getByRole('radio', { name: 'Maple Valley starter', exact: true }).waitFor({ state: 'detached' });
    const fallback = page.getByRole('radio', { name: 'District technology plan', exact: true });
    expect(await fallback.isChecked()).toBe(true);
    expect(await isFocused(fallback), await describeFocus(page)).toBe(true);
  });

  it('axe-core finds nothing serious on the picker and its preview', async () => {
    const { server, browser } = setup();
    const page = await signedUpPage(browser, server.url, newPerson('Axel Axe'));
    await page.getByRole('radio', { name: '1:1 device program plan', exact: true }).check();
    await preview(page).getByRole('heading', { name: 'Preview: 1:1 device program plan' }).waitFor();
    await screenshot(page, 'templates-picker');
    expect(await seriousAxeFindings(page)).toEqual([]);
  });
});
