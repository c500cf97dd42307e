/**
 * Stock y-websocket clients in Node. The only non-stock piece is the WebSocket class: a `ws`
 * subclass that sends the session cookie on the upgrade, as a browser would.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { ANNOUNCE_PRESENCE } from '../config.ts';
import type { Traffic } from '../protocol.ts';
import { countFrame, emptyTraffic } from './traffic.ts';

type WebSocketPolyfill = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>['WebSocketPolyfill'];

export interface BenchClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Everything this client received, over all its connections. */
  traffic: Traffic;
}

export interface ClientTarget {
  wsBase: string;
  cookie: string | null;
}

function cookieWebSocket(cookie: string | null, traffic: Traffic): WebSocketPolyfill {
  const options = cookie === null ? {} : { headers: { cookie } };
  class CookieWS extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, options);
      this.on('message', (data) => countFrame(traffic, data));
    }
  }
  // ws implements the browser WebSocket interface the provider uses (binaryType, on*, send,
  // close, readyState) but its typings describe Node-style events, so the class types differ.
  return CookieWS as unknown as WebSocketPolyfill;
}

/** Creates a provider that starts connecting at once; it is not synced yet. */
export function openClient(target: ClientTarget, planId: string): BenchClient {
  const traffic = emptyTraffic();
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(target.wsBase, planId, doc, {
    // one class per client, so each socket counts into its own client's traffic
    WebSocketPolyfill: cookieWebSocket(target.cookie, traffic),
    disableBc: true,
  });
  if (ANNOUNCE_PRESENCE) provider.awareness.setLocalStateField('user', { name: `bench ${doc.clientID}`, color: '#336699' });
  return { doc, provider, traffic };
}

/**
 * Resolves on the provider's first `sync` event. Rejects on a terminal close (the server
 * refused us: wrong cookie, unknown plan) or when the timeout passes, so no wait is unbounded.
 */
export function whenSynced(client: BenchClient, timeoutMs: number): Promise<void> {
  const { provider } = client;
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`not synced after ${timeoutMs} ms (${provider.url})`));
    }, timeoutMs);
    const onSync = (synced: boolean): void => {
      if (!synced) return;
      cleanup();
      resolve();
    };
    const onClosed = (event: { code: number; reason: string }): void => {
      cleanup();
      reject(new Error(`server closed ${provider.url}: ${event.code} ${event.reason}`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
    };
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
  });
}

export function closeClient(client: BenchClient): void {
  client.provider.destroy();
  client.doc.destroy();
}

/** Resolves when `done()` holds, checking on every doc update; bounded by the timeout. */
export function waitForDoc(doc: Y.Doc, done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      doc.off('afterTransaction', check);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const check = (): void => {
      if (!done()) return;
      clearTimeout(timer);
      doc.off('afterTransaction', check);
      resolve();
    };
    doc.on('afterTransaction', check);
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
