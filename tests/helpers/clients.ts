/**
 * Factories for integration tests: people (signed up over HTTP), plans, and stock
 * y-websocket clients that carry a person's session cookie on the upgrade.
 */
import { randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MeSchema, PlanSummarySchema, type Me, type PlanSummary } from '../../shared/schemas.ts';

export interface Person {
  cookie: string;
  me: Me;
  workspaceId: string;
}

export async function signUp(baseUrl: string, name = 'Test Person'): Promise<Person> {
  const email = `${randomBytes(6).toString('hex')}@example.org`;
  const response = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, email, password: 'a long enough password', district: `${name}'s district` }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = MeSchema.parse(await response.json());
  return { cookie, me, workspaceId: me.workspaces[0]!.id };
}

/** Sends a JSON request as a person (or anonymously), returning status and parsed body. */
export async function api(
  baseUrl: string,
  method: string,
  path: string,
  person?: Person,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(person ? { cookie: person.cookie } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

export async function createPlan(baseUrl: string, person: Person, title = 'Technology plan 2027–2030'): Promise<PlanSummary> {
  const response = await fetch(`${baseUrl}/api/workspaces/${person.workspaceId}/plans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: person.cookie },
    body: JSON.stringify({ title, templateId: 'district-technology-plan' }),
  });
  if (response.status !== 201) throw new Error(`plan creation failed: ${response.status} ${await response.text()}`);
  return PlanSummarySchema.parse(await response.json());
}

/** A `ws` WebSocket that sends the given headers on the upgrade, for WebsocketProvider. */
export function websocketWithHeaders(headers: Record<string, string>): typeof globalThis.WebSocket {
  class WithHeaders extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  // ws implements the browser WebSocket interface the provider uses.
  return WithHeaders as unknown as typeof globalThis.WebSocket;
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closeEvents: Array<{ code: number; reason: string }>;
  /** Reasons of the permission-denied messages the server sent ('refused', 'access-changed'). */
  denials: string[];
  destroy(): void;
}

export function connectClient(baseUrl: string, planId: string, cookie: string | undefined, doc = new Y.Doc()): Client {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const provider = new WebsocketProvider(baseUrl.replace(/^http/, 'ws') + '/collab', planId, doc, {
    WebSocketPolyfill: websocketWithHeaders(headers),
    disableBc: true,
    maxBackoffTime: 500,
  });
  const closeEvents: Array<{ code: number; reason: string }> = [];
  provider.on('connection-close', (event) => {
    if (event) closeEvents.push({ code: event.code, reason: event.reason });
  });
  const denials: string[] = [];
  // messageAuth: [2][0 = permission denied][reason]
  provider.messageHandlers[2] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) === 0) denials.push(decoding.readVarString(decoder));
  };
  return {
    doc,
    provider,
    closeEvents,
    denials,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves when `check` is true, re-checking on every doc update and every 20 ms; rejects after `ms`. */
export function waitFor(check: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const started = Date.now();
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(timer);
        reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
      }
    }, 20);
  });
}

export function waitSynced(client: Client, ms = 10_000): Promise<void> {
  return waitFor(() => client.provider.synced, ms, 'sync');
}

/**
 * Waits until the server has stored what a client wrote: a client that joins afresh (sent only
 * stored state) sees it. Polls for at most `ms`.
 */
export async function waitStored(baseUrl: string, planId: string, cookie: string, seen: (doc: Y.Doc) => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const fresh = connectClient(baseUrl, planId, cookie);
    try {
      await waitSynced(fresh);
      if (seen(fresh.doc)) return;
    } finally {
      fresh.destroy();
    }
    if (Date.now() > deadline) throw new Error(`the edit was not stored within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
