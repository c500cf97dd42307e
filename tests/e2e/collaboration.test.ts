import { describe, expect, it, onTestFinished } from 'vitest';
import { createPlanInUi, newContext, newPerson, screenshot, sectionEditor, signInWithApi, signUpInUi, typeInSection, useServerAndBrowser } from './support.ts';

describe('co-writing a plan in two windows', () => {
  const setup = useServerAndBrowser();

  it('text typed in one window appears in the other, and each window lists the other as present', async () => {
    const { server, browser } = setup();
    const person = newPerson();

    const firstContext = await newContext(browser);
    onTestFinished(() => firstContext.close());
    const first = await firstContext.newPage();
    await signUpInUi(first, server.url, person);
    const planUrl = await createPlanInUi(first, 'Technology Plan 2026–2029');
    await sectionEditor(first, 'Mission').waitFor();

    const secondContext = await newContext(browser);
    onTestFinished(() => secondContext.close());
    await signInWithApi(secondContext, server.url, person);
    const second = await secondContext.newPage();
    await second.goto(planUrl);
    await sectionEditor(second, 'Mission').waitFor();

    await typeInSection(first, 'Mission', 'Every learner creates, questions and connects.');
    await sectionEditor(second, 'Mission').filter({ hasText: 'Every learner creates, questions and connects.' }).waitFor();

    await typeInSection(second, 'Learning vision', ' Students lead their own learning.');
    await sectionEditor(first, 'Learning vision').filter({ hasText: 'Students lead their own learning.' }).waitFor();

    for (const page of [first, second]) {
      const present = page.getByRole('region', { name: 'Here now' }).getByRole('listitem');
      await present.filter({ hasText: `${person.name} (you, in another window)` }).waitFor();
      await present.filter({ hasText: `${person.name} (you)` }).first().waitFor();
      expect(await present.count()).toBe(2);
    }

    // The other window's caret, with its name, shows in the section it is writing in.
    await first.locator('.collaboration-carets__label', { hasText: person.name }).first().waitFor();
    await screenshot(first, 'editor-page');
  });
});
