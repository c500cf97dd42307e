/**
 * What the sync layer needs of a websocket: the HTTP layer adapts a `ws` socket to this,
 * and tests can pass anything that behaves the same.
 */
import type { WriteRule } from './access.ts';

export interface SocketLike {
  /** Bytes accepted by send() but not yet handed to the network. */
  readonly bufferedAmount: number;
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** Who is on the other end, as the server established it from the session cookie. */
export interface Identity {
  userId: string;
  name: string;
  color: string;
}

/** What this connection may change; replaced when the person's role or a lock changes. */
export interface Access {
  rule: WriteRule;
}
