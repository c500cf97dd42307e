/**
 * Shared steps for the browser tests: launching the system Chromium, the journeys a person
 * takes (sign up, start a plan), and axe-core checks. Every wait is bounded.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';

const require = createRequire(import.meta.url);
// Injected by evaluation, not a <script> tag: the app's Content-Security-Policy refuses inline scripts.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const ARTIFACTS_DIR = resolve(import.meta.dirname, '..', '..', 'test-artifacts');

/** Longest we wait for anything the UI should show. */
export const UI_TIMEOUT_MS = 15_000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 30_000 });
}

export interface Person {
  name: string;
  email: string;
  password: string;
  district: string;
}

export function newPerson(name = 'Alex Rivera'): Person {
  return {
    name,
    email: `e2e-${randomUUID()}@example.org`,
    password: 'a long enough passphrase',
    district: 'Maple Valley School District',
  };
}

/** A context whose pages fail fast instead of waiting the default 30 s. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  return context;
}

/** Signs up through the form and waits for the workspace page. */
export async function signUpInUi(page: Page, baseUrl: string, person: Person): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByLabel('District name').fill(person.district);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: `${person.district} plans` }).waitFor();
}

/** Signs a fresh context in through the API (the cookie lands in the context's jar). */
export async function signInWithApi(context: BrowserContext, baseUrl: string, person: Person): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/auth/login`, {
    data: { email: person.email, password: person.password },
    headers: { origin: baseUrl },
  });
  if (response.status() !== 200) throw new Error(`login answered ${response.status()}: ${await response.text()}`);
}

/** Starts a plan from the district template on the workspace page; returns its URL. */
export async function createPlanInUi(page: Page, title: string): Promise<string> {
  await page.getByLabel('Plan title').fill(title);
  await page.getByRole('radio', { name: /District technology plan/ }).check();
  await page.getByRole('button', { name: 'Create plan' }).click();
  await page.waitForURL(/\/plans\/[^/]+$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return page.url();
}

/** The editor of one section, found by its accessible name. */
export function sectionEditor(page: Page, sectionTitle: string) {
  return page.getByRole('textbox', { name: `${sectionTitle} text`, exact: true });
}

/** Types at the end of a section's text. */
export async function typeInSection(page: Page, sectionTitle: string, text: string): Promise<void> {
  const editor = sectionEditor(page, sectionTitle);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 10 });
}

/** The visible save state of the connection indicator, once it equals `text`. */
export async function waitForSaveState(page: Page, text: string): Promise<void> {
  await page.locator('.connection__save', { hasText: text }).waitFor();
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical axe-core findings on the current page. */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
    }
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
  });
  return findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}

/** Saves a full-page screenshot under test-artifacts/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Starts a server and a browser before the file's tests and closes both after them. */
export function useServerAndBrowser(): () => { server: RunningServer; browser: Browser } {
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
  return () => {
    if (!server || !browser) throw new Error('setup failed');
    return { server, browser };
  };
}

/** A fresh browser context (closed after the test) with `person` signed up in it. */
export async function signedUpPage(browser: Browser, baseUrl: string, person: Person): Promise<Page> {
  const context = await newContext(browser);
  onTestFinished(() => context.close());
  const page = await context.newPage();
  await signUpInUi(page, baseUrl, person);
  return page;
}
