/**
 * How many of this device's changes the server has not yet durably stored.
 *
 * After storing a batch of our updates the server sends us a sync step 1 carrying its state
 * vector. Every item we made has a clock, so "our clock minus the server's clock for our
 * client id" counts the items it still lacks. Deletions add no items; a local delete is
 * counted as one pending change until the next confirmation arrives.
 */
import * as decoding from 'lib0/decoding';
import { messageYjsSyncStep1 } from 'y-protocols/sync';
import { messageSync } from 'y-websocket';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export type StateVector = Map<number, number>;

/**
 * The state vector of a sync message if it is a sync step 1, read from a copy of the
 * decoder so the real handler still sees the whole message.
 */
export function peekSyncStep1(decoder: decoding.Decoder): StateVector | null {
  const peek = decoding.createDecoder(decoder.arr);
  peek.pos = decoder.pos;
  try {
    if (decoding.readVarUint(peek) !== messageYjsSyncStep1) return null;
    return Y.decodeStateVector(decoding.readVarUint8Array(peek));
  } catch {
    return null;
  }
}

/** Items in `local` that `server` lacks, summed over `clients`. */
export function missingItems(local: StateVector, server: StateVector, clients: Iterable<number>): number {
  let missing = 0;
  for (const client of clients) missing += Math.max(0, (local.get(client) ?? 0) - (server.get(client) ?? 0));
  return missing;
}

/**
 * Watches `doc` and the server's confirmations on `provider`, calling `onChange` with the
 * unconfirmed count whenever it may have changed. Returns the function that stops watching.
 */
export function trackConfirmations(
  provider: WebsocketProvider,
  doc: Y.Doc,
  onChange: (unconfirmed: number) => void,
): () => void {
  let server: StateVector | null = null;
  let deletesPending = false;
  // Clients whose items this device wrote: this session, plus earlier sessions whose edits
  // came back from IndexedDB and were missing on the server when we first heard from it.
  const ownClients = new Set<number>([doc.clientID]);

  const recompute = () => {
    const local = Y.decodeStateVector(Y.encodeStateVector(doc));
    const items = missingItems(local, server ?? new Map(), ownClients);
    onChange(items + (deletesPending ? 1 : 0));
  };

  const onServerStateVector = (stateVector: StateVector) => {
    if (server === null) {
      const local = Y.decodeStateVector(Y.encodeStateVector(doc));
      for (const [client, clock] of local) if (clock > (stateVector.get(client) ?? 0)) ownClients.add(client);
    }
    server = stateVector;
    deletesPending = false;
    recompute();
  };

  const original = provider.messageHandlers[messageSync];
  if (!original) throw new Error('y-websocket has no sync message handler');
  provider.messageHandlers[messageSync] = (encoder, decoder, current, emitSynced, messageType) => {
    // emitSynced is false for messages from other tabs (BroadcastChannel), never from the server.
    const stateVector = emitSynced ? peekSyncStep1(decoder) : null;
    original(encoder, decoder, current, emitSynced, messageType);
    if (stateVector) onServerStateVector(stateVector);
  };

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.local && transaction.deleteSet.clients.size > 0) deletesPending = true;
    recompute();
  };
  doc.on('afterTransaction', onTransaction);
  recompute();

  return () => {
    doc.off('afterTransaction', onTransaction);
    provider.messageHandlers[messageSync] = original;
  };
}
