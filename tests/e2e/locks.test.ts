import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createPlanInUi, newPerson, screenshot, sectionEditor, seriousAxeFindings, signedUpPage, typeInSection, useServerAndBrowser } from './support.ts';
import type { Person } from './support.ts';
import { describeFocus, isFocused, planIdFrom, pressUntilFocused, shareWithApi } from './sharing-support.ts';

describe('section locks', () => {
  const setup = useServerAndBrowser();

  const signedUp = (person: Person): Promise<Page> => {
    const { server, browser } = setup();
    return signedUpPage(browser, server.url, person);
  };

  it('a manager locks a section to one editor from the keyboard; another editor sees it turn read-only at once', async () => {
    const { server } = setup();
    const owner = newPerson('Olivia Owner');
    const ana = newPerson('Ana Author');
    const ben = newPerson('Ben Bystander');
    const anaPage = await signedUp(ana);
    const benPage = await signedUp(ben);
    const ownerPage = await signedUp(owner);
    const planUrl = await createPlanInUi(ownerPage, 'Locked plan');
    for (const person of [ana, ben]) await shareWithApi(ownerPage.context(), server.url, planIdFrom(planUrl), person.email, 'editor');
    for (const page of [anaPage, benPage]) {
      await page.goto(planUrl);
      await page.locator('.role-badge', { hasText: 'You can edit' }).waitFor();
    }

    const lockButton = ownerPage.getByRole('button', { name: 'Lock Mission', exact: true });
    await lockButton.focus();
    await ownerPage.keyboard.press('Enter');
    const dialog = ownerPage.getByRole('dialog', { name: 'Who may edit “Mission”' });
    const anaBox = dialog.getByRole('checkbox', { name: /Ana Author/ });
    await anaBox.waitFor();
    expect(await seriousAxeFindings(ownerPage), 'lock dialog').toEqual([]);
    await pressUntilFocused(ownerPage, 'Tab', anaBox);
    await ownerPage.keyboard.press('Space');
    expect(await anaBox.isChecked()).toBe(true);
    await screenshot(ownerPage, 'lock-dialog');
    await pressUntilFocused(ownerPage, 'Tab', dialog.getByRole('button', { name: 'Save lock' }));
    await ownerPage.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const changeButton = ownerPage.getByRole('button', { name: 'Change lock on Mission' });
    await changeButton.waitFor();
    expect(await isFocused(changeButton), await describeFocus(ownerPage)).toBe(true);
    await ownerPage.getByText('Locked: only Ana Author edits this section.').waitFor();

    // Ben, an editor the lock does not name, can read Mission but still write elsewhere.
    await benPage.getByText('Locked: only Ana Author edits this section. You can read it.').waitFor();
    await benPage.locator('#section-mission .editor__content[contenteditable="false"]').waitFor();
    expect(await sectionEditor(benPage, 'Learning vision').getAttribute('contenteditable')).toBe('true');
    await benPage.getByRole('navigation', { name: 'Sections' }).getByText('Locked', { exact: true }).waitFor();
    await benPage.evaluate(() => window.scrollTo(0, 0));
    await screenshot(benPage, 'plan-section-locked');

    // Ana, named by the lock, writes there and everyone sees it.
    await anaPage.getByText('Locked: only you edit this section.').waitFor();
    await typeInSection(anaPage, 'Mission', 'Ana keeps this one.');
    await sectionEditor(benPage, 'Mission').filter({ hasText: 'Ana keeps this one.' }).waitFor();
  });
});
