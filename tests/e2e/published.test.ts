/**
 * Public links in Chromium: the owner publishes the adopted plan from the versions and
 * adoption view, a browser with no account reads it (title, sections, goals) and finds no
 * comment and no member's name, axe finds nothing serious on either screen, a withdrawn link
 * says so, and a person from another district starts a plan of their own from the page.
 * Plans are adopted through the adoption route, as the facilitator's view would.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import type * as Y from 'yjs';
import { anchorInText } from '../../shared/comment-anchors.ts';
import { addThread, getCommentsMap } from '../../shared/comments.ts';
import { getSectionBody, sectionPlainText } from '../../shared/plan-doc.ts';
import { findAction, readPlanStructure } from '../../shared/plan-structure.ts';
import { PublicationSchema } from '../../shared/publication.ts';
import { waitFor } from '../helpers/clients.ts';
import { connectAs } from './doc-client.ts';
import { planIdFrom, watchCspViolations } from './sharing-support.ts';
import { createPlanInUi, newContext, newPerson, screenshot, seriousAxeFindings, signedUpPage, typeInSection, useServerAndBrowser, waitForSaveState } from './support.ts';

const PUBLIC_TEXT = 'Learning first, technology second, in every school.';
const COMMENT = 'Is the second sentence too vague for the board?';
const OWNER = 'Olive Ownerly';
const TITLE = 'Maple Valley technology plan';

/** A plan written in the browser, with an owner named on an action step and a comment thread, adopted through the route. */
async function adoptedPlan(page: Page, baseUrl: string): Promise<{ planId: string; firstGoal: string }> {
  const planUrl = await createPlanInUi(page, TITLE);
  await typeInSection(page, 'Mission', PUBLIC_TEXT);
  await waitForSaveState(page, 'All changes saved');
  const planId = planIdFrom(planUrl);
  const member = await connectAs(page.context(), baseUrl, planId);
  const structure = readPlanStructure(member.doc);
  const goal = structure.goals[0]!;
  const strategy = goal.strategies[0]!;
  member.doc.transact(() => {
    const action = findAction(member.doc, goal.id, strategy.id, strategy.actions[0]!.id)!;
    action.set('ownerName', OWNER);
    const paragraph = getSectionBody(member.doc, 'mission').get(0) as Y.XmlElement;
    addThread(member.doc, { sectionId: 'mission', anchor: anchorInText(paragraph.get(0) as Y.XmlText, 0, 5), quote: 'start', body: COMMENT });
  });
  const check = await connectAs(page.context(), baseUrl, planId);
  await waitFor(() => getCommentsMap(check.doc).size === 1 && sectionPlainText(check.doc, 'mission').includes(PUBLIC_TEXT), 10_000, 'the thread to be stored');
  for (const body of [{ status: 'in_review' }, { status: 'adopted', adoptedOn: '2027-05-12' }]) {
    const answer = await page.context().request.post(`${baseUrl}/api/plans/${planId}/status`, { data: body, headers: { origin: baseUrl } });
    expect(answer.status(), await answer.text()).toBe(200);
  }
  return { planId, firstGoal: goal.title };
}

async function anonymousPage(context: () => Promise<BrowserContext>): Promise<Page> {
  const anonymous = await context();
  onTestFinished(() => anonymous.close());
  return anonymous.newPage();
}

/** Everything a reader can perceive: the visible text and every attribute a screen reader may announce. */
function perceivableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value));
    return `${document.body.innerText}\n${attributes.join('\n')}\n${document.title}`;
  });
}

describe('a published plan in the browser', () => {
  const setup = useServerAndBrowser();

  it('the owner publishes the adopted plan; a browser with no account reads it without any comment or name; withdrawn, the link says it is no longer available', async () => {
    const { server, browser } = setup();
    const page = await signedUpPage(browser, server.url, { ...newPerson(OWNER), district: 'Maple Valley School District' });
    const { planId, firstGoal } = await adoptedPlan(page, server.url);

    await page.goto(`${server.url}/plans/${planId}/history`);
    const control = page.getByRole('region', { name: 'Public link' });
    await control.getByText('not comments, SWOT notes, or anyone’s name').waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await control.getByRole('button', { name: 'Publish', exact: true }).click();
    const linkField = control.getByRole('textbox', { name: /^Public link, published/ });
    await linkField.waitFor();
    const url = await linkField.inputValue();
    expect(url).toMatch(new RegExp(`^${server.url}/p/[A-Za-z0-9_-]{43}$`));
    expect(await seriousAxeFindings(page)).toEqual([]);
    await control.scrollIntoViewIfNeeded();
    await screenshot(page, 'publish-control');

    const reader = await anonymousPage(() => newContext(browser));
    const violations = await watchCspViolations(reader);
    await reader.goto(url);
    await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await reader.getByText('Adopted by the board on May 12, 2027').waitFor();
    await reader.getByRole('heading', { level: 2, name: 'Mission' }).waitFor();
    await reader.getByRole('textbox', { name: 'Mission text' }).getByText(PUBLIC_TEXT).waitFor();
    await reader.getByRole('heading', { level: 3, name: `Goal 1: ${firstGoal}` }).waitFor();
    await reader.getByRole('table', { name: 'Action steps of strategy 1.1' }).waitFor();
    const perceivable = await perceivableText(reader);
    for (const secret of [OWNER, COMMENT]) expect(perceivable, `the public page shows “${secret}”`).not.toContain(secret);
    expect(await reader.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await seriousAxeFindings(reader)).toEqual([]);
    expect(violations, 'the public page runs under the app’s Content-Security-Policy').toEqual([]);
    await screenshot(reader, 'published-plan');

    await control.getByRole('button', { name: 'Withdraw the public link' }).click();
    const confirm = page.getByRole('dialog', { name: 'Withdraw the public link?' });
    await confirm.getByRole('button', { name: 'Withdraw the link' }).click();
    await control.getByRole('button', { name: 'Publish', exact: true }).waitFor();
    await reader.reload();
    await reader.getByRole('heading', { level: 1, name: 'This link is no longer available' }).waitFor();
    expect(await reader.getByText(PUBLIC_TEXT).count()).toBe(0);
    expect(await seriousAxeFindings(reader)).toEqual([]);
  });

  it('a signed-out reader is sent to sign in and back, and a person of another district starts a plan of their own from the page', async () => {
    const { server, browser } = setup();
    const owner = await signedUpPage(browser, server.url, newPerson(OWNER));
    const { planId, firstGoal } = await adoptedPlan(owner, server.url);
    const published = await owner.context().request.post(`${server.url}/api/plans/${planId}/publication`, { headers: { origin: server.url } });
    expect(published.status()).toBe(201);
    const { url, token } = PublicationSchema.parse(await published.json());

    const stranger = await anonymousPage(() => newContext(browser));
    await stranger.goto(url);
    await stranger.getByRole('button', { name: 'Start a plan from this one' }).click();
    const signIn = stranger.getByRole('link', { name: 'Sign in to start a plan' });
    expect(await signIn.getAttribute('href')).toBe(`/signin?next=${encodeURIComponent(`/p/${token}`)}`);

    const colleague = { ...newPerson('Riley Otherton'), district: 'Cedar Falls Schools' };
    const other = await signedUpPage(browser, server.url, colleague);
    await other.goto(url);
    await other.getByRole('button', { name: 'Start a plan from this one' }).click();
    const title = other.getByLabel('Title of your plan');
    expect(await title.inputValue()).toBe(TITLE);
    await title.fill('Cedar Falls plan, after Maple Valley');
    expect(await seriousAxeFindings(other)).toEqual([]);
    await other.getByRole('button', { name: 'Create my plan' }).click();
    await other.waitForURL(/\/plans\/[^/]+$/);
    await other.getByRole('heading', { level: 1, name: 'Cedar Falls plan, after Maple Valley' }).waitFor();
    const copy = await connectAs(other.context(), server.url, planIdFrom(other.url()));
    expect(sectionPlainText(copy.doc, 'mission')).toContain(PUBLIC_TEXT);
    const goal = readPlanStructure(copy.doc).goals[0]!;
    expect(goal.title).toBe(firstGoal);
    expect(goal.strategies[0]!.actions[0]!.ownerName).toBe('');
    expect(getCommentsMap(copy.doc).size).toBe(0);
  });
});
