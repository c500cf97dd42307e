import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sectionPlainText } from '../../shared/plan-doc.ts';
import { waitFor } from '../helpers/clients.ts';
import { connectAs } from './doc-client.ts';
import { createPlanInUi, newPerson, screenshot, sectionEditor, seriousAxeFindings, signedUpPage, UI_TIMEOUT_MS, useServerAndBrowser } from './support.ts';
import { documentText, isFocused, planIdFrom, shareWithApi } from './sharing-support.ts';

/** Rounds and results are re-read every 5 s; anything another window did shows up within this. */
const POLL_WAIT_MS = UI_TIMEOUT_MS;

const POINT = 'Tell families which apps their children use and why';

describe('stakeholder input in the browser', () => {
  const setup = useServerAndBrowser();

  async function expectNoSeriousAxeFindings(page: Page, name: string): Promise<void> {
    const findings = await seriousAxeFindings(page);
    if (findings.length > 0) await screenshot(page, name);
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
  }

  it('a commenter shares a point in a round the owner opened, and the owner quotes it in the plan with a link back', async () => {
    const { server, browser } = setup();
    const commenterPerson = newPerson('Pat Parent');
    const commenter = await signedUpPage(browser, server.url, commenterPerson);
    const owner = await signedUpPage(browser, server.url, newPerson('Olivia Owner'));
    const planUrl = await createPlanInUi(owner, 'Input plan');
    const planId = planIdFrom(planUrl);
    await shareWithApi(owner.context(), server.url, planId, commenterPerson.email, 'commenter');

    // The owner opens a round for parents on two sections.
    await owner.goto(`${planUrl}/input`);
    await owner.getByText('No input round yet.').waitFor();
    await owner.getByRole('button', { name: 'Open a new round…' }).click();
    await owner.getByLabel('Round name').fill('Spring 2027 family survey');
    expect(await owner.getByRole('radio', { name: 'Parents' }).isChecked()).toBe(true);
    await owner.getByRole('checkbox', { name: 'Learning vision' }).check();
    await owner.getByRole('checkbox', { name: 'Budget and sustainable funding' }).check();
    await expectNoSeriousAxeFindings(owner, 'input-open-form');
    await owner.getByRole('button', { name: 'Open the round' }).click();
    const roundHeading = owner.getByRole('heading', { level: 3, name: /Spring 2027 family survey/ });
    await roundHeading.waitFor();
    expect(await isFocused(roundHeading)).toBe(true);

    // The commenter rates a section and adds a point, under a pseudonym.
    await commenter.goto(`${planUrl}/input`);
    await commenter.getByRole('heading', { name: 'Your input' }).waitFor();
    expect(await commenter.getByRole('button', { name: 'Close the round…' }).count()).toBe(0);
    expect(await commenter.getByRole('heading', { name: 'Results so far' }).count()).toBe(0);
    const vision = commenter.getByRole('region', { name: 'Learning vision', exact: true });
    await vision.getByRole('radio', { name: '4 · Mostly' }).check();
    await vision.getByLabel('Add a point about Learning vision').fill(POINT);
    await vision.getByRole('button', { name: 'Add point about Learning vision' }).click();
    await vision.getByRole('status').filter({ hasText: 'Your point was added.' }).waitFor();
    const mine = vision.getByRole('listitem').filter({ hasText: POINT });
    await mine.getByText(/\(you\)$/).waitFor();
    expect(await vision.getByRole('radio', { name: '4 · Mostly' }).isChecked()).toBe(true);
    await expectNoSeriousAxeFindings(commenter, 'input-participant');

    // The owner sees it in the results, by pseudonym, and uses it.
    const results = owner.getByRole('region', { name: 'Results so far' }).getByRole('region', { name: 'Learning vision', exact: true });
    const resultPoint = results.getByRole('listitem').filter({ hasText: POINT }).filter({ has: owner.getByRole('button') });
    await resultPoint.waitFor({ timeout: POLL_WAIT_MS });
    await results.getByText(/1 person took part · Mean rating 4\.0 of 5/).waitFor({ timeout: POLL_WAIT_MS });
    expect(await resultPoint.innerText()).not.toContain('Pat Parent');
    const pointId = (await resultPoint.getAttribute('id'))?.replace(/^point-/, '');
    expect(pointId).toBeTruthy();
    await expectNoSeriousAxeFindings(owner, 'input-facilitator');

    await resultPoint.getByRole('button', { name: 'Use this point in Learning vision' }).click();
    await resultPoint.getByRole('status').filter({ hasText: 'Quoted at the end of Learning vision.' }).waitFor();
    await resultPoint.getByText('Used in the plan').waitFor();

    // The quote is an ordinary edit of the plan: stored on the server, and in the write view with its link back.
    const reader = await connectAs(owner.context(), server.url, planId);
    await waitFor(() => sectionPlainText(reader.doc, 'vision').includes(POINT), UI_TIMEOUT_MS, 'the quoted point on the server');
    await resultPoint.getByRole('link', { name: 'Go to the section' }).click();
    await owner.waitForURL(/\/plans\/[^/]+$|\/plans\/[^/]+#section-vision$/);
    const editor = sectionEditor(owner, 'Learning vision');
    await expect.poll(() => documentText(editor), { timeout: UI_TIMEOUT_MS }).toContain(`${POINT}Source: Stakeholder input — Parents round`);
    const link = editor.locator('blockquote').getByRole('link', { name: 'Stakeholder input — Parents round' });
    expect(await link.getAttribute('href')).toBe(`/plans/${planId}/input#point-${pointId}`);

    // The link back lands on the point.
    await commenter.goto(`${server.url}/plans/${planId}/input#point-${pointId}`);
    const target = commenter.locator(`[id="point-${pointId}"]`);
    await target.waitFor();
    await expect.poll(() => isFocused(target), { timeout: UI_TIMEOUT_MS }).toBe(true);
  });
});
