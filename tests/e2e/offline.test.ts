import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it, onTestFinished } from 'vitest';
import { startServer } from '../helpers/server.ts';
import type { RunningServer } from '../helpers/server.ts';
import { createPlanInUi, launchBrowser, newContext, newPerson, sectionEditor, signInWithApi, signUpInUi, typeInSection, waitForSaveState } from './support.ts';

describe('working offline', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('edits made offline are counted as unsaved, then merge with the others once back online', async () => {
    if (!server || !browser) throw new Error('setup failed');
    const person = newPerson();
    const writerContext = await newContext(browser);
    onTestFinished(() => writerContext.close());
    const writer = await writerContext.newPage();
    await signUpInUi(writer, server.url, person);
    const planUrl = await createPlanInUi(writer, 'Offline plan');
    await sectionEditor(writer, 'Mission').waitFor();
    await writer.locator('.connection__phase', { hasText: 'Connected' }).waitFor();

    const readerContext = await newContext(browser);
    onTestFinished(() => readerContext.close());
    await signInWithApi(readerContext, server.url, person);
    const reader = await readerContext.newPage();
    await reader.goto(planUrl);
    await sectionEditor(reader, 'Mission').waitFor();

    await writerContext.setOffline(true);
    await writer.locator('.connection__phase', { hasText: 'Offline' }).waitFor();
    await typeInSection(writer, 'Mission', 'Written on the bus.');
    await waitForSaveState(writer, 'unsaved changes, kept on this device');

    await writerContext.setOffline(false);
    await waitForSaveState(writer, 'All changes saved');
    await sectionEditor(reader, 'Mission').filter({ hasText: 'Written on the bus.' }).waitFor();
  });
});
