import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { computeCoverage, coverageCounts } from '../../shared/coverage.ts';
import { ESSENTIAL_CONDITIONS_14, ESSENTIAL_CONDITIONS_7 } from '../../shared/frameworks/index.ts';
import { getMeta, readSections } from '../../shared/plan-doc.ts';
import { addGoal, getGoalsArray, readPlanStructure } from '../../shared/plan-structure.ts';
import { connectAs } from './doc-client.ts';
import { planIdFrom, shareWithApi } from './sharing-support.ts';
import { createPlanInUi, newPerson, screenshot, sectionEditor, seriousAxeFindings, signedUpPage, typeInSection, useServerAndBrowser } from './support.ts';

const ec14 = (id: string) => `iste-ec-14@1:${id}`;

/** Replaces the template's goals with one whose two action steps address technical support and equitable access. */
function seedGoals(doc: Y.Doc): void {
  doc.transact(() => {
    const goals = getGoalsArray(doc);
    goals.delete(0, goals.length);
    addGoal(doc, {
      title: 'Every classroom online',
      conditions: [ec14('technical-support')],
      strategies: [
        {
          title: 'Network',
          actions: [
            { title: 'Upgrade school wireless', ownerName: 'CTO', due: '2027-08-01', conditions: [ec14('technical-support')] },
            { title: 'Lend hotspots to families', conditions: [ec14('technical-support'), ec14('equitable-access')] },
          ],
        },
      ],
      measures: [{ name: 'Classrooms with working wireless', baseline: 60, target: 100 }],
    });
  });
}

/** A condition's region on the coverage view: an h3 with its name labels it. */
const conditionRegion = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openCoverage(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Plan views' }).getByRole('link', { name: 'Coverage' }).click();
  await page.getByRole('heading', { level: 2, name: 'Coverage by condition' }).waitFor();
}

describe('the coverage view', () => {
  const setup = useServerAndBrowser();

  it('shows every condition of a new plan with what addresses it, the readiness checklist, and follows changes live', async () => {
    const { server, browser } = setup();
    const page = await signedUpPage(browser, server.url, newPerson('Olivia Owner'));
    const planUrl = await createPlanInUi(page, 'Coverage plan');
    const owner = await connectAs(page.context(), server.url, planIdFrom(planUrl));
    await openCoverage(page);

    // What the shared rules say of the template's plan, as the page must show it.
    const expected = computeCoverage({ sections: readSections(owner.doc), structure: readPlanStructure(owner.doc), frameworkId: getMeta(owner.doc).get('frameworkId') });
    const counts = coverageCounts(expected);
    await page.getByText(`${counts.covered} of 14 conditions ${counts.covered === 1 ? 'has' : 'have'} an action step`).waitFor();
    const titles = await page.locator('.coverage-list h3').allTextContents();
    expect(titles).toEqual(ESSENTIAL_CONDITIONS_14.conditions.map((c) => c.name));
    for (const entry of expected.conditions) {
      const region = conditionRegion(page, entry.condition.name);
      const steps = entry.actions.length;
      await region.getByText(`${steps} action ${steps === 1 ? 'step' : 'steps'}`, { exact: true }).waitFor();
      await region.getByText(steps > 0 ? 'Covered: action steps address it' : /^Gap: /).waitFor();
    }
    // Every condition has a section in the default template, each linked to its place in the write view.
    const budgetLink = conditionRegion(page, 'Consistent and Adequate Funding').getByRole('link', { name: 'Budget and sustainable funding' });
    expect(await budgetLink.getAttribute('href')).toBe(`${new URL(planUrl).pathname}#section-budget`);

    const checklist = page.getByRole('region', { name: 'Ready for review?' });
    await checklist.getByText(/^\d+ of 10 checks pass\.$/).waitFor();
    await checklist.getByText('Every section is within its word limit').waitFor();
    expect(await page.getByRole('combobox', { name: 'Lens' }).inputValue()).toBe('iste-ec-14');
    expect(await seriousAxeFindings(page), 'coverage view').toEqual([]);
    await screenshot(page, 'coverage-view');

    // A colleague's goal with two action steps shows at once, without reloading.
    seedGoals(owner.doc);
    await conditionRegion(page, 'Technical Support').getByText('2 action steps', { exact: true }).waitFor();
    await conditionRegion(page, 'Technical Support').getByText('Covered: action steps address it').waitFor();
    await conditionRegion(page, 'Equitable Access').getByText('1 action step', { exact: true }).waitFor();
    await conditionRegion(page, 'Shared Vision').getByText('0 action steps', { exact: true }).waitFor();
    await page.getByText('2 of 14 conditions have an action step').waitFor();
    await checklist.getByRole('list', { name: 'Not yet: Every action step has an owner' }).getByRole('link', { name: 'Lend hotspots to families' }).waitFor();
    await checklist.scrollIntoViewIfNeeded();
    await screenshot(page, 'readiness-checklist');

    // A section link opens the write view with focus in that section.
    await budgetLink.click();
    await page.waitForURL(/#section-budget$/);
    await page.waitForFunction(() => document.activeElement?.id === 'section-budget');
  });

  it('an owner switches the lens to the 7 conditions and an editor’s open view follows; the editor has no switch', async () => {
    const { server, browser } = setup();
    const editor = newPerson('Ed Editor');
    const editorPage = await signedUpPage(browser, server.url, editor);
    const ownerPage = await signedUpPage(browser, server.url, newPerson('Olivia Owner'));
    const planUrl = await createPlanInUi(ownerPage, 'Lens plan');
    await shareWithApi(ownerPage.context(), server.url, planIdFrom(planUrl), editor.email, 'editor');
    seedGoals((await connectAs(ownerPage.context(), server.url, planIdFrom(planUrl))).doc);
    await openCoverage(ownerPage);
    await editorPage.goto(`${planUrl}/coverage`);
    await editorPage.getByRole('heading', { level: 2, name: 'Coverage by condition' }).waitFor();

    await editorPage.getByText('ISTE Essential Conditions (14)', { exact: true }).waitFor();
    expect(await editorPage.getByRole('combobox').count()).toBe(0);
    await editorPage.getByRole('heading', { level: 3, name: 'Skilled Personnel' }).waitFor();

    await ownerPage.getByRole('combobox', { name: 'Lens' }).selectOption('iste-ec-7');

    await editorPage.getByText('ISTE Essential Conditions (7)', { exact: true }).waitFor();
    await editorPage.getByText('Read through Planwright’s mapping from the 14 conditions.').waitFor();
    await conditionRegion(editorPage, 'Prepared Educators').waitFor();
    expect(await editorPage.locator('.coverage-list h3').allTextContents()).toEqual(ESSENTIAL_CONDITIONS_7.conditions.map((c) => c.name));
    await editorPage.getByText('2 of 7 conditions have an action step').waitFor();
    await conditionRegion(editorPage, 'Skilled and Sufficient Technical Support').getByText('2 action steps', { exact: true }).waitFor();
    // Supportive External Context has no home in the 7: the page says so, with where it is tagged.
    await editorPage.locator('.crosswalk-note__unmapped', { hasText: 'Supportive External Context' }).getByRole('link', { name: 'Community and partnerships' }).waitFor();

    // The mapping itself, labelled as Planwright's, behind a disclosure.
    await ownerPage.getByText('Planwright’s own mapping from the 14 conditions to the 7 conditions').click();
    const table = ownerPage.getByRole('table', { name: /Planwright’s own mapping/ });
    await table.getByRole('row', { name: 'Supportive External Context No clear home in this lens' }).waitFor();
    await table.getByRole('row', { name: 'Ongoing Professional Learning Prepared Educators' }).waitFor();
    expect(await seriousAxeFindings(ownerPage), 'coverage view through the 7').toEqual([]);
    await screenshot(ownerPage, 'coverage-view-lens-7');
  });

  it('the write view counts a limited section’s words live and says when it goes over the limit, once', async () => {
    const { server, browser } = setup();
    const page = await signedUpPage(browser, server.url, newPerson());
    await createPlanInUi(page, 'Word limit plan');
    const mission = page.locator('#section-mission');
    const announcer = mission.locator('.word-count-row').getByRole('status');
    await mission.getByText('0 of 100 words', { exact: true }).waitFor();
    expect(await sectionEditor(page, 'Mission').getAttribute('aria-describedby')).toContain('section-mission-words');

    await typeInSection(page, 'Mission', 'Every learner creates and connects.');
    await mission.getByText('5 of 100 words', { exact: true }).waitFor();
    expect((await announcer.textContent()) ?? '').toBe('');

    await page.keyboard.insertText(` ${Array.from({ length: 96 }, (_, i) => `word${i}`).join(' ')}`);
    await mission.getByText('101 of 100 words: 1 over the limit', { exact: true }).waitFor();
    await announcer.getByText('Mission is now over its 100-word limit.').waitFor();
    await screenshot(page, 'word-limit-over');

    // Deleting the last word ("word95") brings the count back to the limit.
    for (let i = 0; i < 'word95'.length; i += 1) await page.keyboard.press('Backspace');
    await mission.getByText('100 of 100 words', { exact: true }).waitFor();
    await announcer.getByText('Mission is back within its 100-word limit.').waitFor();
    expect(await seriousAxeFindings(page), 'write view').toEqual([]);
  });
});
