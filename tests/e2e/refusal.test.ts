import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createPlanInUi, newPerson, sectionEditor, signedUpPage, typeInSection, useServerAndBrowser, waitForSaveState } from './support.ts';
import type { Person } from './support.ts';
import { documentText, planIdFrom, shareWithApi } from './sharing-support.ts';

describe('a change the server refused', () => {
  const setup = useServerAndBrowser();

  const signedUp = (person: Person): Promise<Page> => {
    const { server, browser } = setup();
    return signedUpPage(browser, server.url, person);
  };

  it('does not strand the window: reloading from the server makes later changes save again', async () => {
    const { server } = setup();
    const owner = newPerson('Olivia Owner');
    const ben = newPerson('Ben Editor');
    const principal = newPerson('Pat Principal');
    const benPage = await signedUp(ben);
    await signedUp(principal);
    const ownerPage = await signedUp(owner);
    const planUrl = await createPlanInUi(ownerPage, 'Refusal plan');
    const planId = planIdFrom(planUrl);
    for (const person of [ben, principal]) await shareWithApi(ownerPage.context(), server.url, planId, person.email, 'editor');
    await benPage.goto(planUrl);
    await waitForSaveState(benPage, 'All changes saved');

    // Offline, Ben writes in Mission; meanwhile Mission is locked to the principal.
    await benPage.context().setOffline(true);
    await typeInSection(benPage, 'Mission', 'Written offline before the lock.');
    const principalId = await ownerPage.evaluate(async ({ id, email }) => {
      const response = await fetch(`/api/plans/${id}/members`);
      const list = (await response.json()) as { members: Array<{ userId: string; email: string }> };
      return list.members.find((m) => m.email === email)?.userId ?? '';
    }, { id: planId, email: principal.email });
    const locked = await ownerPage.context().request.put(`${server.url}/api/plans/${planId}/sections/mission/editors`, {
      data: { editorIds: [principalId] },
      headers: { origin: server.url },
    });
    expect(locked.status()).toBe(200);
    await benPage.context().setOffline(false);

    const reload = benPage.getByRole('button', { name: 'Reload the plan from the server' });
    await reload.waitFor();
    await reload.click();
    await reload.waitFor({ state: 'detached' });
    await waitForSaveState(benPage, 'All changes saved');
    expect(await documentText(sectionEditor(benPage, 'Mission'))).not.toContain('Written offline');

    await typeInSection(benPage, 'Learning vision', 'Saved after the reload.');
    await waitForSaveState(benPage, 'All changes saved');
    await ownerPage.goto(planUrl);
    await ownerPage.getByText('Saved after the reload.').waitFor();
    expect(await documentText(sectionEditor(ownerPage, 'Mission'))).not.toContain('Written offline');
  });
});
