import { describe, it, onTestFinished } from 'vitest';
import { createPlanInUi, newContext, newPerson, sectionEditor, signInWithApi, signUpInUi, typeInSection, waitForSaveState, useServerAndBrowser } from './support.ts';

describe('working offline', () => {
  const setup = useServerAndBrowser();

  it('edits made offline are counted as unsaved, then merge with the others once back online', async () => {
    const { server, browser } = setup();
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
