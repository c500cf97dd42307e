/**
 * Steps for the roles-and-sharing browser tests: sharing through the API for setup, keyboard
 * focus checks, and watching which Yjs document updates cross a page's sync socket.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';

export type PlanRole = 'editor' | 'commenter' | 'viewer';

/** The plan id at the end of a /plans/<id> URL. */
export function planIdFrom(url: string): string {
  const id = new URL(url).pathname.split('/').pop();
  if (!id) throw new Error(`no plan id in ${url}`);
  return decodeURIComponent(id);
}

/** Shares a plan with an existing account through the API, as a signed-in manager's context. */
export async function shareWithApi(context: BrowserContext, baseUrl: string, planId: string, email: string, role: PlanRole): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/plans/${encodeURIComponent(planId)}/members`, {
    data: { email, role },
    headers: { origin: baseUrl },
  });
  if (response.status() !== 201) throw new Error(`sharing answered ${response.status()}: ${await response.text()}`);
}

/** An editor's document text, without the name labels of other people's carets. */
export function documentText(editor: Locator): Promise<string> {
  return editor.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent ?? '';
  });
}

/** Whether the element has keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Whether focus is on the element or inside it. */
export function holdsFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.contains(document.activeElement));
}

/** Presses `key` until `target` has focus; fails after `max` presses. */
export async function pressUntilFocused(page: Page, key: string, target: Locator, max = 25): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached the target; focus is on ${await describeFocus(page)}`);
}

/** A short description of the focused element, for assertion messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`;
  });
}

/** The y-websocket frame kinds that carry document content (sync step 2 and update). */
function carriesContent(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0) return false;
  if (bytes[1] === 2) return true;
  // A sync step 2 with nothing in it is [0, 1, 2, 0, 0]: the stock client sends one in answer
  // to every state vector the server sends.
  return bytes[1] === 1 && bytes.length > 5;
}

export interface DocTraffic {
  /** Content frames received since the page opened its socket. */
  received: () => number;
  /** Content frames this page sent. */
  sent: () => number;
}

/** Counts document-content frames on the page's sync sockets. Attach before the plan opens. */
export function watchDocTraffic(page: Page): DocTraffic {
  let received = 0;
  let sent = 0;
  const toBytes = (payload: string | Buffer): Uint8Array => (typeof payload === 'string' ? new TextEncoder().encode(payload) : new Uint8Array(payload));
  page.on('websocket', (socket) => {
    if (!socket.url().includes('/collab/')) return;
    socket.on('framereceived', ({ payload }) => {
      if (carriesContent(toBytes(payload))) received += 1;
    });
    socket.on('framesent', ({ payload }) => {
      if (carriesContent(toBytes(payload))) sent += 1;
    });
  });
  return { received: () => received, sent: () => sent };
}

/**
 * Collects the Content-Security-Policy violations the page's documents report. Listens for
 * the DOM event (a refused eval is not always logged to the console), from every document
 * the page loads. Attach before navigating.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}
