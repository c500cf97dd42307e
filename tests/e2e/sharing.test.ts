import { describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import {
  createPlanInUi,
  newContext,
  newPerson,
  screenshot,
  sectionEditor,
  seriousAxeFindings,
  signUpInUi,
  typeInSection,
  useServerAndBrowser,
  waitForSaveState,
} from './support.ts';
import type { Person } from './support.ts';
import {
  describeFocus,
  documentText,
  holdsFocus,
  isFocused,
  planIdFrom,
  pressUntilFocused,
  shareWithApi,
  watchCspViolations,
  watchDocTraffic,
} from './sharing-support.ts';

describe('roles and sharing in the browser', () => {
  const setup = useServerAndBrowser();

  async function signedUp(person: Person, beforeFirstPage?: (page: Page) => Promise<unknown>): Promise<Page> {
    const { server, browser } = setup();
    const context = await newContext(browser);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await beforeFirstPage?.(page);
    await signUpInUi(page, server.url, person);
    return page;
  }

  it("a viewer's editor is read-only, and the owner's window never receives anything from the viewer", async () => {
    const owner = newPerson('Olivia Owner');
    const viewer = newPerson('Vera Viewer');
    const viewerPage = await signedUp(viewer);
    const ownerPage = await signedUp(owner);
    const ownerTraffic = watchDocTraffic(ownerPage);
    const planUrl = await createPlanInUi(ownerPage, 'Shared plan');
    await typeInSection(ownerPage, 'Mission', 'Owner text.');
    await waitForSaveState(ownerPage, 'All changes saved');

    // Share through the dialog with the keyboard alone: Tab, arrows, Enter.
    const shareButton = ownerPage.getByRole('button', { name: 'Share', exact: true });
    await shareButton.focus();
    await ownerPage.keyboard.press('Enter');
    const dialog = ownerPage.getByRole('dialog', { name: 'Share “Shared plan”' });
    await dialog.waitFor();
    expect(await isFocused(dialog.getByRole('textbox', { name: 'E-mail' })), await describeFocus(ownerPage)).toBe(true);
    await ownerPage.keyboard.type(viewer.email);
    await ownerPage.keyboard.press('Tab');
    const byEmail = dialog.getByRole('form', { name: 'Invite by e-mail' });
    expect(await isFocused(byEmail.getByRole('radio', { name: 'Editor' }))).toBe(true);
    await ownerPage.keyboard.press('ArrowDown');
    await ownerPage.keyboard.press('ArrowDown');
    expect(await byEmail.getByRole('radio', { name: 'Viewer' }).isChecked()).toBe(true);
    await ownerPage.keyboard.press('Tab');
    expect(await isFocused(byEmail.getByRole('button', { name: 'Share', exact: true }))).toBe(true);
    await ownerPage.keyboard.press('Enter');
    await dialog.getByRole('status').filter({ hasText: 'Added Vera Viewer as a viewer.' }).waitFor();
    await dialog.getByRole('listitem').filter({ hasText: viewer.email }).waitFor();
    await ownerPage.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    const viewerTraffic = watchDocTraffic(viewerPage);
    await viewerPage.goto(planUrl);
    const viewerMission = sectionEditor(viewerPage, 'Mission');
    await viewerMission.filter({ hasText: 'Owner text.' }).waitFor();
    await viewerPage.getByText('You can read this plan').waitFor();
    await viewerPage.locator('.role-badge', { hasText: 'You can view' }).waitFor();
    expect(await viewerMission.getAttribute('contenteditable')).toBe('false');
    expect(await viewerMission.getAttribute('aria-readonly')).toBe('true');
    expect(await viewerPage.getByRole('toolbar').count()).toBe(0);
    expect(await viewerPage.getByRole('button', { name: 'Share', exact: true }).count()).toBe(0);
    const receivedBefore = ownerTraffic.received();

    await viewerMission.click();
    await viewerPage.keyboard.press('Control+End');
    await viewerPage.keyboard.type('Viewer was here.', { delay: 10 });
    await viewerPage.keyboard.press('Enter');
    await viewerPage.keyboard.press('Backspace');
    expect(await documentText(viewerMission)).toBe('Owner text.');

    // A round trip through the server: the owner writes, the viewer sees it. Anything the
    // viewer had sent before would have reached the owner by now.
    await typeInSection(ownerPage, 'Mission', ' Still the owner.');
    await viewerMission.filter({ hasText: 'Owner text. Still the owner.' }).waitFor();
    expect(viewerTraffic.sent(), 'document frames the viewer sent').toBe(0);
    expect(ownerTraffic.received() - receivedBefore, 'document frames the owner received').toBe(0);
    expect(await documentText(sectionEditor(ownerPage, 'Mission'))).toBe('Owner text. Still the owner.');
    await viewerPage.locator('.connection[data-unconfirmed="0"]').waitFor();
    expect(await seriousAxeFindings(viewerPage), 'plan page for a viewer').toEqual([]);
    await viewerPage.evaluate(() => window.scrollTo(0, 0));
    await screenshot(viewerPage, 'plan-viewer-readonly');
  });

  it('the share dialog is keyboard-usable and axe-clean, and Escape returns focus to the Share button', async () => {
    const { server } = setup();
    const owner = newPerson('Olivia Owner');
    const colleague = newPerson('Casey Commenter');
    await signedUp(colleague);
    let violations: string[] = [];
    const page = await signedUp(owner, async (fresh) => {
      violations = await watchCspViolations(fresh);
    });
    const planUrl = await createPlanInUi(page, 'Dialog plan');
    await shareWithApi(page.context(), server.url, planIdFrom(planUrl), colleague.email, 'commenter');

    const shareButton = page.getByRole('button', { name: 'Share', exact: true });
    await shareButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Share “Dialog plan”' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    await dialog.getByRole('listitem').filter({ hasText: colleague.email }).waitFor();

    // Make a link with the keyboard: Tab to the link form's role group, pick Commenter, create.
    const linkForm = dialog.getByRole('form', { name: 'Create a link' });
    await pressUntilFocused(page, 'Tab', linkForm.getByRole('radio', { name: 'Viewer' }));
    await page.keyboard.press('ArrowUp');
    expect(await linkForm.getByRole('radio', { name: 'Commenter' }).isChecked()).toBe(true);
    await pressUntilFocused(page, 'Tab', linkForm.getByRole('button', { name: 'Create link' }));
    await page.keyboard.press('Space');
    await dialog.getByRole('status').filter({ hasText: 'Link created' }).waitFor();
    const link = await dialog.getByLabel('Link for a commenter').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/invite/`));
    await dialog.getByRole('listitem').filter({ hasText: 'Anyone with the link' }).waitFor();

    // Focus stays inside the dialog however far one tabs, both ways.
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let presses = 0; presses < 30; presses += 1) {
        await page.keyboard.press(key);
        expect(await holdsFocus(dialog), `${key} ×${presses + 1} left the dialog: ${await describeFocus(page)}`).toBe(true);
      }
    }

    expect(await seriousAxeFindings(page), 'plan page with the share dialog open').toEqual([]);
    await screenshot(page, 'share-dialog');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(shareButton), await describeFocus(page)).toBe(true);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });

  it("a mid-session downgrade makes the other window's editor read-only without a reload; removal closes the plan there", async () => {
    const { server } = setup();
    const owner = newPerson('Olivia Owner');
    const editor = newPerson('Eli Editor');
    const editorPage = await signedUp(editor);
    const ownerPage = await signedUp(owner);
    const ownerTraffic = watchDocTraffic(ownerPage);
    const planUrl = await createPlanInUi(ownerPage, 'Downgrade plan');
    await shareWithApi(ownerPage.context(), server.url, planIdFrom(planUrl), editor.email, 'editor');

    await editorPage.goto(planUrl);
    await editorPage.locator('.role-badge', { hasText: 'You can edit' }).waitFor();
    await typeInSection(editorPage, 'Mission', 'Written by the editor.');
    await sectionEditor(ownerPage, 'Mission').filter({ hasText: 'Written by the editor.' }).waitFor();
    // The same watcher the viewer test relies on does see another person's writing.
    expect(ownerTraffic.received()).toBeGreaterThan(0);
    await editorPage.evaluate(() => Object.assign(window, { samePageMarker: true }));

    await ownerPage.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = ownerPage.getByRole('dialog');
    const row = dialog.getByRole('listitem').filter({ hasText: editor.email });
    await row.getByLabel('Role for Eli Editor').selectOption('viewer');
    await row.getByRole('button', { name: 'Save role for Eli Editor' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Eli Editor is now a viewer.' }).waitFor();

    const mission = sectionEditor(editorPage, 'Mission');
    await editorPage.locator('.editor__content[contenteditable="false"]').first().waitFor();
    await editorPage.getByText('You can read this plan').waitFor();
    await editorPage.locator('.role-badge', { hasText: 'You can view' }).waitFor();
    expect(await mission.getAttribute('contenteditable')).toBe('false');
    expect(await editorPage.getByRole('toolbar').count()).toBe(0);
    expect(await editorPage.evaluate(() => 'samePageMarker' in window), 'the page was not reloaded').toBe(true);

    await mission.click();
    await editorPage.keyboard.type('No more.');
    expect(await documentText(mission)).toBe('Written by the editor.');
    await editorPage.evaluate(() => window.scrollTo(0, 0));
    await screenshot(editorPage, 'plan-downgraded');

    await row.getByRole('button', { name: 'Remove Eli Editor' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Eli Editor no longer has access to this plan.' }).waitFor();
    await editorPage.getByRole('heading', { level: 1, name: 'This plan is not available' }).waitFor();
    expect(await sectionEditor(editorPage, 'Mission').count()).toBe(0);
  });
});
