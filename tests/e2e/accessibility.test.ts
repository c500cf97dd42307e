import { describe, expect, it, onTestFinished } from 'vitest';
import { createPlanInUi, newContext, newPerson, screenshot, sectionEditor, seriousAxeFindings, signUpInUi, useServerAndBrowser } from './support.ts';

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const setup = useServerAndBrowser();

  it('the sign-in page, the plan list and the editor have no serious or critical violations', async () => {
    const { server, browser } = setup();
    const context = await newContext(browser);
    onTestFinished(() => context.close());
    const page = await context.newPage();

    await page.goto(`${server.url}/signin`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Planwright' }).waitFor();
    expect(await seriousAxeFindings(page), 'sign-in page').toEqual([]);

    await signUpInUi(page, server.url, newPerson());
    await page.getByRole('radio', { name: /District technology plan/ }).waitFor();
    expect(await seriousAxeFindings(page), 'plan list page').toEqual([]);
    await screenshot(page, 'workspace-page');

    await createPlanInUi(page, 'Accessible plan');
    await sectionEditor(page, 'Mission').waitFor();
    expect(await seriousAxeFindings(page), 'editor page').toEqual([]);
  });

  it('the skip link moves keyboard focus to the main content', async () => {
    const { server, browser } = setup();
    const context = await newContext(browser);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await page.goto(`${server.url}/signin`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Planwright' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('E-mail').evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
