/**
 * The journey the coverage map exists for: one person adds an action step tagged with a
 * condition in the goals view, and a colleague watching the coverage map in another window
 * sees that condition's gap close, without reloading.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { getGoalsArray } from '../../shared/plan-structure.ts';
import { waitFor } from '../helpers/clients.ts';
import { connectAs } from './doc-client.ts';
import { buildActionStep, openGoals } from './goals-support.ts';
import { planIdFrom, shareWithApi } from './sharing-support.ts';
import { createPlanInUi, newPerson, seriousAxeFindings, signedUpPage, useServerAndBrowser } from './support.ts';

/** Clears the template's example goals through a stock client, so the test starts from a known gap. */
async function clearGoals(context: BrowserContext, baseUrl: string, planId: string): Promise<void> {
  const client = await connectAs(context, baseUrl, planId);
  const goals = getGoalsArray(client.doc);
  goals.delete(0, goals.length);
  // A client that joins afterwards is sent only what the server has stored.
  const check = await connectAs(context, baseUrl, planId);
  await waitFor(() => getGoalsArray(check.doc).length === 0, 5000, 'goals cleared on the server');
}

describe('the coverage map follows the plan live', () => {
  const setup = useServerAndBrowser();

  it('an action step tagged Technical Support in one window closes that gap on the coverage map in the other', async () => {
    const { server, browser } = setup();
    const ownerPerson = newPerson('Dana Lee');
    const editorPerson = newPerson('Sam Ortiz');
    const owner = await signedUpPage(browser, server.url, ownerPerson);
    const editor = await signedUpPage(browser, server.url, editorPerson);
    const planUrl = await createPlanInUi(owner, 'Technology plan 2027–2030');
    const planId = planIdFrom(planUrl);
    await shareWithApi(owner.context(), server.url, planId, editorPerson.email, 'editor');
    await clearGoals(owner.context(), server.url, planId);

    await editor.goto(`${planUrl}/coverage`);
    const technicalSupport = editor.getByRole('region', { name: 'Technical Support', exact: true });
    await technicalSupport.getByText('0 action steps', { exact: true }).waitFor();
    await technicalSupport.getByText('Gap: no action step yet').waitFor();

    await openGoals(owner, `${planUrl}/goals`);
    await buildActionStep(owner, editorPerson);

    await technicalSupport.getByText('1 action step', { exact: true }).waitFor();
    await technicalSupport.getByText('Covered: action steps address it').waitFor();
    await technicalSupport.getByRole('link', { name: 'Train student tech leaders' }).waitFor();
    expect(await seriousAxeFindings(editor)).toEqual([]);
  });
});
