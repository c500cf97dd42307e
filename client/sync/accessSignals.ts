/**
 * The server's auth messages on the sync socket (y-websocket `messageAuth`). It sends one when
 * it refuses a change (permission denied, with a reason) and one with the reason
 * `access-changed` when this person's role or a section lock changed while connected. The
 * stock provider only logs them; here they become calls the page can act on.
 */
import * as decoding from 'lib0/decoding';
import { messagePermissionDenied } from 'y-protocols/auth';
import { messageAuth } from 'y-websocket';
import type { WebsocketProvider } from 'y-websocket';

/** The reason the server gives when the person's access changed and the client should re-read it. */
export const ACCESS_CHANGED_REASON = 'access-changed';

export interface AccessSignalHandlers {
  /** Role or locks changed: re-read the plan's facts. */
  onAccessChanged: () => void;
  /** The server refused a change this device sent. */
  onRefused: (reason: string) => void;
}

/** Reads one auth message; null when it is not a permission-denied message or is malformed. */
export function readDeniedReason(decoder: decoding.Decoder): string | null {
  try {
    if (decoding.readVarUint(decoder) !== messagePermissionDenied) return null;
    return decoding.readVarString(decoder);
  } catch {
    return null;
  }
}

/** Routes `provider`'s auth messages to `handlers`; returns the function that restores the stock handler. */
export function watchAccessSignals(provider: WebsocketProvider, handlers: AccessSignalHandlers): () => void {
  const original = provider.messageHandlers[messageAuth];
  provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
    const reason = readDeniedReason(decoder);
    if (reason === null) return;
    if (reason === ACCESS_CHANGED_REASON) handlers.onAccessChanged();
    else handlers.onRefused(reason);
  };
  return () => {
    if (original) provider.messageHandlers[messageAuth] = original;
  };
}
