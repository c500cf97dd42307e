import { describe, expect, it, onTestFinished } from 'vitest';
import { createPlanInUi, newContext, newPerson, screenshot, sectionEditor, seriousAxeFindings, signUpInUi, useServerAndBrowser } from './support.ts';
import { watchCspViolations } from './sharing-support.ts';

describe('invite links', () => {
  const setup = useServerAndBrowser();

  it('a person without an account opens the link, signs up with the invited address and lands on the plan', async () => {
    const { server, browser } = setup();
    const owner = newPerson('Olivia Owner');
    const newcomer = newPerson('Nia Newcomer');
    const ownerContext = await newContext(browser);
    onTestFinished(() => ownerContext.close());
    const ownerPage = await ownerContext.newPage();
    await signUpInUi(ownerPage, server.url, owner);
    const planUrl = await createPlanInUi(ownerPage, 'Invitation plan');

    await ownerPage.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = ownerPage.getByRole('dialog', { name: 'Share “Invitation plan”' });
    const byEmail = dialog.getByRole('form', { name: 'Invite by e-mail' });
    await byEmail.getByRole('textbox', { name: 'E-mail' }).fill(newcomer.email);
    await byEmail.getByRole('radio', { name: 'Commenter' }).check();
    await byEmail.getByRole('button', { name: 'Share', exact: true }).click();
    await byEmail.getByRole('status').filter({ hasText: 'has no Planwright account yet' }).waitFor();
    const link = await byEmail.getByRole('textbox', { name: 'Invite link' }).inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/invite/[^/]+$`));
    await dialog.getByRole('listitem').filter({ hasText: newcomer.email }).filter({ hasText: 'Commenter' }).waitFor();
    await screenshot(ownerPage, 'share-dialog-invite');
    await ownerPage.keyboard.press('Escape');

    const newcomerContext = await newContext(browser);
    onTestFinished(() => newcomerContext.close());
    const page = await newcomerContext.newPage();
    const violations = await watchCspViolations(page);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Join “Invitation plan”' }).waitFor();
    await page.getByText('Olivia Owner invited you').waitFor();
    expect(await seriousAxeFindings(page), 'invitation page, signed out').toEqual([]);
    await screenshot(page, 'invite-signed-out');

    // Joining by invite asks for no district, and the invited address is fixed.
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByText(`join “Invitation plan”`, { exact: false }).waitFor();
    await page.getByText(newcomer.email).waitFor();
    expect(await page.getByLabel('District name').count()).toBe(0);
    expect(await seriousAxeFindings(page), 'sign-up from an invitation').toEqual([]);
    await screenshot(page, 'invite-sign-up');
    await page.getByLabel('Your name').fill(newcomer.name);
    await page.getByLabel('Password').fill(newcomer.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(planUrl);
    await page.locator('.role-badge', { hasText: 'You can comment' }).filter({ hasText: 'Commenter' }).waitFor();
    await page.getByText('You can read and comment on this plan').waitFor();
    expect(await sectionEditor(page, 'Mission').getAttribute('contenteditable')).toBe('false');
    expect(violations, 'Content-Security-Policy violations').toEqual([]);

    // With no district of their own, home lists what was shared with them.
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 2, name: 'Shared with you' }).waitFor();
    await page.getByRole('link', { name: 'Invitation plan' }).waitFor();
    expect(await seriousAxeFindings(page), 'plans shared with you').toEqual([]);

    // The owner's access log tells the story.
    await ownerPage.goto(`${server.url}/`);
    await ownerPage.getByRole('link', { name: 'Access log' }).click();
    const table = ownerPage.getByRole('table', { name: /Sharing and access changes/ });
    await table.getByRole('row').filter({ hasText: 'Accepted an invite' }).filter({ hasText: 'Nia Newcomer' }).waitFor();
    await table.getByRole('row').filter({ hasText: 'Created an invite' }).waitFor();
    expect(await seriousAxeFindings(ownerPage), 'access log').toEqual([]);
    await screenshot(ownerPage, 'access-log');
  });

  it('a revoked link says it cannot be used and offers no Accept button', async () => {
    const { server, browser } = setup();
    const owner = newPerson('Olivia Owner');
    const context = await newContext(browser);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await signUpInUi(page, server.url, owner);
    const planUrl = await createPlanInUi(page, 'Revoked plan');
    const planId = planUrl.split('/').pop() ?? '';
    const response = await context.request.post(`${server.url}/api/plans/${planId}/invites`, { data: { role: 'viewer' }, headers: { origin: server.url } });
    const { url, id } = (await response.json()) as { url: string; id: string };
    await context.request.delete(`${server.url}/api/plans/${planId}/invites/${id}`, { headers: { origin: server.url } });

    const visitor = await newContext(browser);
    onTestFinished(() => visitor.close());
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(url);
    await visitorPage.getByRole('heading', { level: 1, name: 'This invitation cannot be used' }).waitFor();
    await visitorPage.getByRole('alert').filter({ hasText: 'not valid' }).waitFor();
    expect(await visitorPage.getByRole('button', { name: 'Accept invitation' }).count()).toBe(0);
  });

  it('someone signed in with another address is told so and can switch account without losing the link', async () => {
    const { server, browser } = setup();
    const owner = newPerson('Olivia Owner');
    const context = await newContext(browser);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await signUpInUi(page, server.url, owner);
    const planUrl = await createPlanInUi(page, 'Bound plan');
    const planId = planUrl.split('/').pop() ?? '';
    const response = await context.request.post(`${server.url}/api/plans/${planId}/invites`, {
      data: { role: 'editor', email: 'someone-else@example.org' },
      headers: { origin: server.url },
    });
    const { url } = (await response.json()) as { url: string };

    await page.goto(url);
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.getByRole('alert').filter({ hasText: 'someone-else@example.org' }).waitFor();
    await page.getByRole('button', { name: 'Sign out and switch account' }).click();
    await page.getByRole('link', { name: 'Sign in to accept' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(new URL(url).pathname);
  });
});
