import { CloseCodes } from '@shared/close-codes.ts';
import { describe, it, onTestFinished } from 'vitest';
import { startServer } from '../helpers/server.ts';
import { createPlanInUi, newContext, newPerson, sectionEditor, signInWithApi, signUpInUi, typeInSection, waitForSaveState, useServerAndBrowser } from './support.ts';

describe('the connection indicator', () => {
  const setup = useServerAndBrowser();

  it('reaches "All changes saved" after typing, and the saved text is there for a fresh browser', async () => {
    const { server, browser } = setup();
    const context = await newContext(browser);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const person = newPerson();
    await signUpInUi(page, server.url, person);
    const planUrl = await createPlanInUi(page, 'Saved plan');
    await sectionEditor(page, 'Mission').waitFor();
    await page.locator('.connection__phase', { hasText: 'Connected' }).waitFor();

    const phrase = 'Technology serves learning, never the other way round.';
    await typeInSection(page, 'Mission', phrase);
    await waitForSaveState(page, 'All changes saved');
    await page.locator('.connection[data-unconfirmed="0"]').waitFor();

    // A fresh context has no IndexedDB copy: the text can only come from the server.
    const fresh = await newContext(browser);
    onTestFinished(() => fresh.close());
    await signInWithApi(fresh, server.url, person);
    const reader = await fresh.newPage();
    await reader.goto(planUrl);
    await sectionEditor(reader, 'Mission').filter({ hasText: phrase }).waitFor();
  });

  it('says the server went away, and keeps counting edits made meanwhile as unsaved', async () => {
    const { browser } = setup();
    const own = await startServer();
    onTestFinished(async () => {
      await own.stop();
      own.cleanup();
    });
    const context = await newContext(browser);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await signUpInUi(page, own.url, newPerson());
    await createPlanInUi(page, 'Interrupted plan');
    await page.locator('.connection__phase', { hasText: 'Connected' }).waitFor();

    await own.stop();
    await page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: CloseCodes.goingAway.message }).first().waitFor();
    await page.locator('.connection__phase', { hasText: 'Offline' }).waitFor();
    await typeInSection(page, 'Mission', 'Still writing.');
    await waitForSaveState(page, 'unsaved changes, kept on this device');
  });
});
