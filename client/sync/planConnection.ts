/**
 * Everything one open plan needs: the Y.Doc, its IndexedDB copy for offline work, and the
 * websocket provider, created together and destroyed together.
 */
import { CloseCodes, describeCloseCode } from '@shared/close-codes.ts';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { watchAccessSignals } from './accessSignals.ts';
import { trackConfirmations } from './confirmations.ts';
import { INITIAL_FACTS } from './connectionStatus.ts';
import type { ConnectionFacts } from './connectionStatus.ts';
import { createStore, shallowEqual } from './store.ts';
import type { Store } from './store.ts';

/** How long to wait for this device's copy before connecting anyway (IndexedDB may be unavailable). */
const LOCAL_COPY_WAIT_MS = 3000;

export interface PresenceUser {
  name: string;
  color: string;
}

export interface PlanConnection {
  planId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  status: Store<ConnectionFacts>;
  /** Calls `listener` whenever the server says this person's access changed; returns the unsubscribe. */
  onAccessChanged: (listener: () => void) => () => void;
  /**
   * Drops this device's copy of the plan and opens it afresh from the server, with a new
   * Yjs client id. The way out after a refused change: every later change of the same
   * client id depends on the refused one, so none of them could be stored.
   */
  startOver: () => Promise<void>;
  destroy: () => void;
}

/** Deleting the local copy waits for other tabs to let go of it, but not forever. */
const CLEAR_LOCAL_COPY_TIMEOUT_MS = 3000;

function collabUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/collab`;
}

/** Our close codes say whether to retry; unknown 44xx codes are final, as y-websocket assumes. */
function shouldReconnect(event: CloseEvent): boolean {
  const known = describeCloseCode(event.code);
  if (known) return known.retry;
  return !(event.code >= 4400 && event.code < 4500);
}

/** Opens plan `planId`: local copy first, then the server. */
export function openPlanConnection(planId: string, user: PresenceUser, reopen: () => void = () => undefined): PlanConnection {
  const doc = new Y.Doc();
  const status = createStore<ConnectionFacts>({ ...INITIAL_FACTS, online: navigator.onLine }, shallowEqual);
  const patch = (change: Partial<ConnectionFacts>) => status.update((facts) => ({ ...facts, ...change }));
  const persistence = new IndexeddbPersistence(`planwright:plan:${planId}`, doc);
  // Tabs sync through the server, not BroadcastChannel: a change another tab relays to us is
  // then always one the server has already stored.
  const provider = new WebsocketProvider(collabUrl(), planId, doc, { connect: false, disableBc: true, shouldReconnect });
  provider.awareness.setLocalStateField('user', user);

  provider.on('status', ({ status: socket }) => {
    patch({ socket, retrying: provider.wsUnsuccessfulReconnects > 0, ...(socket === 'connected' ? { stopped: false } : {}) });
  });
  const stopConfirmations = trackConfirmations(provider, doc, (unconfirmed) => patch({ unconfirmed }));
  const accessListeners = new Set<() => void>();
  const accessChanged = () => {
    for (const listener of [...accessListeners]) listener();
  };
  const stopAccessSignals = watchAccessSignals(provider, { onAccessChanged: accessChanged, onRefused: (reason) => patch({ refused: reason }) });
  provider.on('sync', (synced) =>
    patch(synced ? { synced, loaded: true, retrying: false, notice: null, closeCode: null, refused: null } : { synced }),
  );
  provider.on('connection-close', (event) => {
    const known = event ? describeCloseCode(event.code) : undefined;
    patch({ synced: false, retrying: true, ...(known ? { notice: known.message, closeCode: known.code } : {}) });
    // Access was taken away while the plan was open: the page re-reads it rather than keep offering the editor.
    if (known?.code === CloseCodes.forbidden.code) accessChanged();
  });
  provider.on('closed', () => patch({ stopped: true, socket: 'disconnected' }));

  let destroyed = false;
  let connectStarted = false;
  const connect = () => {
    if (destroyed || connectStarted) return;
    connectStarted = true;
    provider.connect();
  };
  const timer = window.setTimeout(connect, LOCAL_COPY_WAIT_MS);
  void persistence.whenSynced.then(() => {
    patch({ loaded: true });
    connect();
  });

  const onOnline = () => patch({ online: true });
  const onOffline = () => patch({ online: false });
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);

  return {
    planId,
    doc,
    provider,
    status,
    onAccessChanged: (listener) => {
      accessListeners.add(listener);
      return () => accessListeners.delete(listener);
    },
    startOver: async () => {
      provider.disconnect();
      await Promise.race([persistence.clearData(), new Promise((resolve) => window.setTimeout(resolve, CLEAR_LOCAL_COPY_TIMEOUT_MS))]);
      reopen();
    },
    destroy: () => {
      destroyed = true;
      window.clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      stopConfirmations();
      stopAccessSignals();
      accessListeners.clear();
      // Tell the others we left before the socket closes, so our caret disappears at once.
      provider.awareness.setLocalState(null);
      provider.destroy();
      provider.awareness.destroy();
      void persistence.destroy();
      doc.destroy();
    },
  };
}
