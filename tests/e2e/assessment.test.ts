import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPlanStructure } from '../../shared/plan-structure.ts';
import { waitFor } from '../helpers/clients.ts';
import { connectAs } from './doc-client.ts';
import { createPlanInUi, newPerson, screenshot, seriousAxeFindings, signedUpPage, UI_TIMEOUT_MS, useServerAndBrowser } from './support.ts';
import { isFocused, planIdFrom, shareWithApi } from './sharing-support.ts';

/** Rounds are re-read every 5 s; anything another window did shows up within this. */
const POLL_WAIT_MS = UI_TIMEOUT_MS;

describe('self-assessment and SWOT in the browser', () => {
  const setup = useServerAndBrowser();

  /** An owner with a new plan shared with an editor, both signed in in their own windows. */
  async function ownerAndEditor(title: string): Promise<{ owner: Page; editor: Page; planUrl: string }> {
    const { server, browser } = setup();
    const editorPerson = newPerson('Eddie Editor');
    const editor = await signedUpPage(browser, server.url, editorPerson);
    const owner = await signedUpPage(browser, server.url, newPerson('Olivia Owner'));
    const planUrl = await createPlanInUi(owner, title);
    await shareWithApi(owner.context(), server.url, planIdFrom(planUrl), editorPerson.email, 'editor');
    return { owner, editor, planUrl };
  }

  async function rate(page: Page, condition: string, level: RegExp, evidence?: string): Promise<void> {
    const group = page.getByRole('group', { name: condition, exact: true });
    await group.getByRole('radio', { name: level }).check();
    if (evidence !== undefined) {
      await group.getByLabel(`Evidence for ${condition}`).fill(evidence);
      await group.getByLabel(`Evidence for ${condition}`).blur();
    }
    await page.getByRole('status').filter({ hasText: 'All your ratings are saved.' }).waitFor();
  }

  async function expectNoSeriousAxeFindings(page: Page, name: string): Promise<void> {
    const findings = await seriousAxeFindings(page);
    if (findings.length > 0) await screenshot(page, name);
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
  }

  it('two members rate alone, the owner closes the round, and both see the results chart and table', async () => {
    const { owner, editor, planUrl } = await ownerAndEditor('Assessment plan');
    await owner.goto(`${planUrl}/assessment`);
    await owner.getByRole('heading', { name: 'Open a round' }).waitFor();
    await expectNoSeriousAxeFindings(owner, 'assessment-no-round');
    await owner.getByLabel('Round name').fill('Autumn 2026');
    await owner.getByRole('button', { name: 'Open the round' }).click();
    await owner.getByRole('heading', { name: 'Open round: Autumn 2026' }).waitFor();
    await owner.getByText('0 of 2 members have rated').waitFor();

    await editor.goto(`${planUrl}/assessment`);
    await editor.getByRole('heading', { name: 'Open round: Autumn 2026' }).waitFor();
    expect(await editor.getByRole('button', { name: 'Close the round…' }).count()).toBe(0);

    await rate(owner, 'Technical Support', /^4 · Leading/, 'OWNER-NOTE new help desk');
    await rate(owner, 'Shared Vision', /^3 · Established/);
    await rate(editor, 'Technical Support', /^2 · Emerging/, 'EDITOR-NOTE tickets wait a week');
    await rate(editor, 'Shared Vision', /^1 · Not yet/);
    await editor.getByText('2 of 2 members have rated').waitFor();
    await owner.getByText('2 of 2 members have rated').waitFor({ timeout: POLL_WAIT_MS });
    // While the round is open, each window holds its own ratings and nothing of the other's.
    expect(await editor.locator('body').innerText()).not.toContain('OWNER-NOTE');
    expect(await owner.locator('body').innerText()).not.toContain('EDITOR-NOTE');
    await expectNoSeriousAxeFindings(owner, 'assessment-open-round');

    await owner.getByRole('button', { name: 'Close the round…' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Close “Autumn 2026”?' });
    await dialog.getByText('2 of 2 members have rated').waitFor();
    await dialog.getByRole('button', { name: 'Close the round', exact: true }).click();

    for (const page of [owner, editor]) {
      await page.getByRole('heading', { name: 'Results: Autumn 2026' }).waitFor({ timeout: POLL_WAIT_MS });
      const table = page.getByRole('table', { name: 'Ratings per condition in Autumn 2026' });
      const row = table.getByRole('row', { name: /^Technical Support/ });
      expect((await row.getByRole('cell').allInnerTexts()).map((t) => t.trim())).toEqual(['3.0', '2–4', '1.0', '2', '0', '1', '0', '1']);
      const vision = table.getByRole('row', { name: /^Shared Vision/ });
      expect((await vision.getByRole('cell').allInnerTexts()).slice(0, 4).map((t) => t.trim())).toEqual(['2.0', '1–3', '1.0', '2']);
      await page.getByRole('img', { name: /mean rating and the range of ratings per condition in Autumn 2026/ }).waitFor();
      expect(await page.locator('.results-chart .recharts-bar-rectangle').count()).toBe(2);
      await page.getByText('Strengths: Technical Support (3.0)').waitFor();
      await page.getByText('Weaknesses: Shared Vision (2.0)').waitFor();
      await page.getByText('People see these differently').waitFor();
    }
    await owner.getByText('Past rounds').waitFor();
    await expectNoSeriousAxeFindings(owner, 'assessment-closed-round');
    await expectNoSeriousAxeFindings(editor, 'assessment-closed-round-editor');
  });

  it('a SWOT item typed in one window appears in the other, and a TOWS strategy becomes a goal', async () => {
    const { server } = setup();
    const { owner, editor, planUrl } = await ownerAndEditor('SWOT plan');
    for (const page of [owner, editor]) {
      await page.goto(`${planUrl}/assessment`);
      await page.getByLabel('Condition', { exact: true }).selectOption({ label: 'Technical Support' });
      await page.getByRole('heading', { name: 'SWOT: Technical Support' }).waitFor();
    }

    const strengths = owner.getByRole('region', { name: 'Strengths', exact: true });
    await strengths.getByRole('button', { name: 'Add a strength' }).click();
    const ownerStrength = strengths.getByRole('textbox', { name: 'Strength 1' });
    expect(await isFocused(ownerStrength)).toBe(true);
    await owner.keyboard.type('Help desk answers within a day', { delay: 5 });
    const editorStrength = editor.getByRole('region', { name: 'Strengths', exact: true }).getByRole('textbox', { name: 'Strength 1' });
    await expect.poll(() => editorStrength.inputValue(), { timeout: UI_TIMEOUT_MS }).toBe('Help desk answers within a day');

    const strategyText = 'Pair the help desk with student tech leaders';
    const editorSo = editor.getByRole('region', { name: 'Strengths × Opportunities' });
    await editorSo.getByRole('button', { name: 'Add a strategy' }).click();
    await editor.keyboard.type(strategyText, { delay: 5 });
    const ownerSo = owner.getByRole('region', { name: 'Strengths × Opportunities' });
    await expect.poll(() => ownerSo.getByRole('textbox').inputValue(), { timeout: UI_TIMEOUT_MS }).toBe(strategyText);
    await expectNoSeriousAxeFindings(owner, 'assessment-swot');

    await ownerSo.getByRole('button', { name: 'Make this a goal' }).click();
    const ownerLink = ownerSo.getByRole('link', { name: 'Goal created — open it' });
    await ownerLink.waitFor();
    expect(await isFocused(ownerLink)).toBe(true);
    await editorSo.getByRole('link', { name: 'Goal created — open it' }).waitFor();

    // The goal is in the plan's document as the server stores it, with the strategy as its evidence.
    const reader = await connectAs(owner.context(), server.url, planIdFrom(planUrl));
    await waitFor(() => readPlanStructure(reader.doc).goals.some((g) => g.evidence?.kind === 'tows'), UI_TIMEOUT_MS, 'the goal');
    const goal = readPlanStructure(reader.doc).goals.find((g) => g.evidence?.kind === 'tows');
    expect(goal).toMatchObject({ title: strategyText, conditions: ['iste-ec-14@1:technical-support'], evidence: { conditionTag: 'iste-ec-14@1:technical-support', label: strategyText } });

    await ownerLink.click();
    await owner.waitForURL(/\/goals$/);
    await owner.waitForFunction(
      (text) => document.body.innerText.includes(text) || [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some((e) => e.value === text),
      strategyText,
      { timeout: UI_TIMEOUT_MS },
    );
  });
});
