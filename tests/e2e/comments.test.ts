import { describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { createPlanInUi, newContext, newPerson, screenshot, sectionEditor, seriousAxeFindings, signUpInUi, typeInSection, useServerAndBrowser, waitForSaveState } from './support.ts';
import type { Person } from './support.ts';
import { describeFocus, isFocused, planIdFrom, shareWithApi, type PlanRole } from './sharing-support.ts';

const SENTENCE = 'Every learner creates, questions and connects.';

function sidebar(page: Page) {
  return page.getByRole('complementary', { name: 'Comments' });
}

/** The thread card quoting `quote` in the sidebar. */
function threadCard(page: Page, quote: string) {
  return sidebar(page).getByRole('article').filter({ has: page.locator('.thread__quote', { hasText: quote }) });
}

function navCount(page: Page, text: string) {
  return page.getByRole('navigation', { name: 'Sections' }).getByText(text, { exact: true });
}

/** The highlighted (commented) text in a section's editor. */
function highlight(page: Page, sectionTitle: string, text: string) {
  return sectionEditor(page, sectionTitle).locator('mark.comment-mark', { hasText: text });
}

async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

/**
 * Shift+ArrowLeft until `length` characters are selected, one press at a time, each read back
 * before the next, so a slow machine cannot make the test outrun the browser's selection.
 */
async function selectLeft(page: Page, length: number): Promise<void> {
  const selected = () => page.evaluate(() => window.getSelection()?.toString().length ?? 0);
  for (let presses = 0; presses < length * 2 && (await selected()) < length; presses += 1) {
    const before = await selected();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.waitForFunction((n) => (window.getSelection()?.toString().length ?? 0) > n, before, { timeout: 1000 }).catch(() => undefined);
  }
  expect(await selected()).toBe(length);
}

describe('comments on the text', () => {
  const setup = useServerAndBrowser();

  async function signedUp(person: Person): Promise<Page> {
    const { server, browser } = setup();
    const context = await newContext(browser);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await signUpInUi(page, server.url, person);
    return page;
  }

  /** An owner's page on a new plan whose Mission ends with SENTENCE, shared with `others`. */
  async function planWithSentence(owner: Page, title: string, others: ReadonlyArray<{ person: Person; role: PlanRole }>): Promise<string> {
    const { server } = setup();
    const planUrl = await createPlanInUi(owner, title);
    for (const { person, role } of others) await shareWithApi(owner.context(), server.url, planIdFrom(planUrl), person.email, role);
    await typeInSection(owner, 'Mission', ` ${SENTENCE}`);
    return planUrl;
  }

  it('an owner comments from the keyboard; a commenter sees it, replies, resolves and comments on read-only text; deleted text leaves the thread orphaned', async () => {
    const olivia = newPerson('Olivia Owner');
    const casey = newPerson('Casey Commenter');
    const caseyPage = await signedUp(casey);
    const oliviaPage = await signedUp(olivia);
    const planUrl = await planWithSentence(oliviaPage, 'Comments plan', [{ person: casey, role: 'commenter' }]);

    // Olivia selects "questions" with the keyboard and comments with Ctrl+Alt+M, mentioning Casey.
    // Her typing is stored first, so nothing arriving from the server moves the caret meanwhile.
    await waitForSaveState(oliviaPage, 'All changes saved');
    await pressTimes(oliviaPage, 'ArrowLeft', ' and connects.'.length);
    await selectLeft(oliviaPage, 'questions'.length);
    await oliviaPage.keyboard.press('Control+Alt+M');
    const composer = sidebar(oliviaPage).getByRole('textbox', { name: 'Your comment' });
    await composer.waitFor();
    expect(await isFocused(composer), await describeFocus(oliviaPage)).toBe(true);
    await sidebar(oliviaPage)
      .locator('.thread__quote', { hasText: '“questions”' })
      .waitFor()
      .catch(async (error: unknown) => {
        const quotes = await sidebar(oliviaPage).locator('.thread__quote').allTextContents();
        const selected = await oliviaPage.evaluate(() => window.getSelection()?.toString() ?? '');
        await screenshot(oliviaPage, 'comments-quote-mismatch');
        throw new Error(`the composer quotes ${JSON.stringify(quotes)} with ${JSON.stringify(selected)} selected`, { cause: error });
      });
    await oliviaPage.keyboard.type('Who decides which questions we ask? ');
    await sidebar(oliviaPage).getByLabel('Mention a member').selectOption({ label: casey.name });
    await sidebar(oliviaPage).getByRole('button', { name: 'Mention' }).click();
    await composer.press('Control+Enter');
    await threadCard(oliviaPage, 'questions').getByText(`Who decides which questions we ask? @${casey.name}`).waitFor();
    expect(await isFocused(sectionEditor(oliviaPage, 'Mission')), 'focus returns to the text').toBe(true);
    await highlight(oliviaPage, 'Mission', 'questions').waitFor();
    await navCount(oliviaPage, '1 open comment').waitFor();
    expect(await seriousAxeFindings(oliviaPage), 'plan page with the comments sidebar').toEqual([]);
    await screenshot(oliviaPage, 'comments-sidebar');

    // Casey, a commenter, sees the thread, its author and the highlight; it mentions him.
    await caseyPage.goto(planUrl);
    const caseyThread = threadCard(caseyPage, 'questions');
    await caseyThread.getByText('Olivia Owner', { exact: true }).waitFor();
    await highlight(caseyPage, 'Mission', 'questions').waitFor();
    await navCount(caseyPage, '1 open comment').waitFor();
    await sidebar(caseyPage).getByLabel('Mentions of me').check();
    await caseyThread.waitFor();
    await caseyThread.getByText('Mentions you').waitFor();
    expect(await sectionEditor(caseyPage, 'Mission').getAttribute('contenteditable')).toBe('false');

    await caseyThread.getByRole('button', { name: 'Reply' }).click();
    await caseyThread.getByRole('textbox', { name: 'Your reply' }).fill('The student council, each spring.');
    await caseyThread.getByRole('button', { name: 'Send reply' }).click();
    await caseyThread.getByRole('button', { name: 'Resolve' }).click();
    await caseyThread.waitFor({ state: 'detached' });

    // Olivia sees the reply and who resolved it; the open count is gone.
    await navCount(oliviaPage, '1 open comment').waitFor({ state: 'detached' });
    await highlight(oliviaPage, 'Mission', 'questions').waitFor({ state: 'detached' });
    await sidebar(oliviaPage).getByLabel('Show resolved').check();
    const resolved = threadCard(oliviaPage, 'questions');
    await resolved.getByText('The student council, each spring.').waitFor();
    await resolved.getByText(`Resolved by ${casey.name}`).waitFor();
    await resolved.getByText(casey.name, { exact: true }).waitFor();

    // Casey comments on read-only text from the keyboard: into the text, to its end, select a word.
    await sidebar(caseyPage).getByLabel('Mentions of me').uncheck();
    await sectionEditor(caseyPage, 'Mission').focus();
    await caseyPage.keyboard.press('Control+End');
    await selectLeft(caseyPage, 'connects.'.length);
    await caseyPage.keyboard.press('Control+Alt+M');
    await sidebar(caseyPage).locator('.thread__quote', { hasText: '“connects.”' }).waitFor();
    await caseyPage.keyboard.type('Connects with families too?');
    await caseyPage.keyboard.press('Control+Enter');
    await threadCard(caseyPage, 'connects.').getByText('Connects with families too?').waitFor();
    await highlight(oliviaPage, 'Mission', 'connects.').waitFor();
    await navCount(oliviaPage, '1 open comment').waitFor();
    await screenshot(caseyPage, 'comments-commenter');

    // Olivia deletes the sentence: the thread stays, orphaned, in both windows.
    const mission = sectionEditor(oliviaPage, 'Mission');
    await mission.click();
    await oliviaPage.keyboard.press('Control+End');
    await selectLeft(oliviaPage, SENTENCE.length);
    await oliviaPage.keyboard.press('Backspace');
    for (const page of [oliviaPage, caseyPage]) {
      const orphan = threadCard(page, 'connects.');
      await orphan.getByText('The text this comment was on was removed.').waitFor();
      await orphan.getByText('Connects with families too?').waitFor();
    }
    await highlight(oliviaPage, 'Mission', 'connects.').waitFor({ state: 'detached' });
    expect(await seriousAxeFindings(caseyPage), 'plan page for a commenter, with an orphaned thread').toEqual([]);
  });

  it('a viewer reads comments but is offered no way to write them', async () => {
    const olivia = newPerson('Olivia Owner');
    const vera = newPerson('Vera Viewer');
    const veraPage = await signedUp(vera);
    const oliviaPage = await signedUp(olivia);
    const planUrl = await planWithSentence(oliviaPage, 'Viewer comments plan', [{ person: vera, role: 'viewer' }]);
    await oliviaPage.keyboard.press('Shift+Home');
    await sectionEditor(oliviaPage, 'Mission').press('Control+Alt+M');
    await sidebar(oliviaPage).getByRole('textbox', { name: 'Your comment' }).fill('Too long for a mission?');
    await sidebar(oliviaPage).getByRole('button', { name: 'Add comment' }).click();
    await threadCard(oliviaPage, 'connects').waitFor();

    await veraPage.goto(planUrl);
    const thread = threadCard(veraPage, 'connects');
    await thread.getByText('Too long for a mission?').waitFor();
    await thread.getByText('Olivia Owner', { exact: true }).waitFor();
    await highlight(veraPage, 'Mission', 'connects').waitFor();
    expect(await thread.getByRole('button').count()).toBe(0);
    expect(await veraPage.getByRole('toolbar').count()).toBe(0);
    await sectionEditor(veraPage, 'Mission').focus();
    await veraPage.keyboard.press('Control+End');
    await pressTimes(veraPage, 'Shift+ArrowLeft', 4);
    await veraPage.keyboard.press('Control+Alt+M');
    expect(await sidebar(veraPage).getByRole('textbox').count()).toBe(0);
    expect(await seriousAxeFindings(veraPage), 'plan page for a viewer, with a thread').toEqual([]);
  });
});
