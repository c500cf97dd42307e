/**
 * One socket in one room: buffers frames until the plan is loaded, decodes each frame
 * defensively, enforces the connection's rights, and drops a reader that falls too far
 * behind. A bad frame closes this socket only.
 */
import * as Y from 'yjs';
import { assertNever } from '../../shared/assert-never.ts';
import { CloseCodes, type CloseCode } from '../../shared/close-codes.ts';
import { MAX_SEND_QUEUE_BYTES } from '../../shared/limits.ts';
import type { Logger } from '../logger.ts';
import { decodeFrame, encodePermissionDenied, encodeSyncStep2, MalformedFrameError, type InboundFrame } from './codec.ts';
import { AwarenessTooLargeError, type PresenceMember } from './presence.ts';
import type { Room } from './room.ts';
import type { Access, Identity, SocketLike } from './socket.ts';

/**
 * Acknowledgements are at most this frequent per socket. The stock client answers each one
 * with a sync step 2, so one per stored keystroke would double the traffic of a fast typist;
 * the "saved" indicator lags by at most this much instead.
 */
export const ACK_MIN_INTERVAL_MS = 200;

/** A refused writer is reminded once, then every this many refusals (a stock client retries). */
const REFUSALS_BETWEEN_NOTICES = 50;

/** The auth-message reason that tells our client to fetch its rights again. */
export const ACCESS_CHANGED_REASON = 'access-changed';

export class Connection implements PresenceMember {
  readonly awarenessIds = new Set<number>();
  private waiting: Uint8Array[] = [];
  private pendingWrites = 0;
  private refusals = 0;
  private closed = false;
  private lastAckAt = 0;
  private ackTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: SocketLike,
    readonly identity: Identity,
    private access: Access,
    private readonly room: Room,
    private readonly logger: Logger,
  ) {}

  /** A frame from the socket. Frames that arrive before the plan is loaded wait, in order. */
  receive(data: Uint8Array): void {
    if (this.closed) return;
    if (!this.room.isReady) {
      this.waiting.push(data);
      return;
    }
    this.handle(data);
  }

  /**
   * Called while the room loads: if this socket's first frame asked for the state, send
   * it from the stored bytes at once. The greeting in ready() then brings our state vector.
   */
  answerEarly(state: Uint8Array, fullStateFrame: Uint8Array): void {
    const first = this.waiting[0];
    if (!first) return;
    let frame: InboundFrame;
    try {
      frame = decodeFrame(first);
    } catch {
      return; // ready() will decode it again and close the socket properly
    }
    if (frame.kind !== 'sync-step1') return;
    this.waiting.shift();
    const isEmpty = frame.stateVector.length <= 1;
    this.send(isEmpty ? fullStateFrame : encodeSyncStep2Of(state, frame.stateVector));
  }

  /** The room is loaded: greet, then handle what waited. */
  ready(): void {
    if (this.closed) return;
    this.room.greet(this);
    const waiting = this.waiting;
    this.waiting = [];
    for (const data of waiting) {
      if (this.closed) return;
      this.handle(data);
    }
  }

  send(frame: Uint8Array): void {
    if (this.closed) return;
    if (this.socket.bufferedAmount > MAX_SEND_QUEUE_BYTES) {
      this.closeWith(CloseCodes.slowConsumer, { bufferedBytes: this.socket.bufferedAmount });
      return;
    }
    this.socket.send(frame);
  }

  beginWrite(): void {
    this.pendingWrites += 1;
  }

  /** Returns how many of this writer's updates are still being stored. */
  endWrite(): number {
    this.pendingWrites = Math.max(0, this.pendingWrites - 1);
    return this.pendingWrites;
  }

  /**
   * All of this writer's updates are stored: tell it, now or when the interval allows.
   * Never while some of its updates are still being stored, since the state vector would
   * claim them too.
   */
  requestAck(): void {
    if (this.ackTimer || this.closed) return;
    const wait = this.lastAckAt + ACK_MIN_INTERVAL_MS - Date.now();
    if (wait <= 0) {
      this.sendAck();
      return;
    }
    this.ackTimer = setTimeout(() => {
      this.ackTimer = undefined;
      this.sendAck();
    }, wait);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.markClosed();
    this.socket.close(code, reason);
  }

  /** The socket closed (either side): forget it. */
  closedByPeer(): void {
    this.markClosed();
    this.room.remove(this);
  }

  private markClosed(): void {
    this.closed = true;
    this.waiting = [];
    clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
  }

  private sendAck(): void {
    if (this.closed || this.pendingWrites > 0 || !this.room.isReady) return;
    this.lastAckAt = Date.now();
    this.send(this.room.stateVectorFrame());
  }

  private handle(data: Uint8Array): void {
    try {
      this.dispatch(decodeFrame(data));
    } catch (error) {
      if (error instanceof AwarenessTooLargeError) this.closeWith(CloseCodes.awarenessTooLarge, { detail: error.message });
      else if (error instanceof MalformedFrameError) this.closeWith(CloseCodes.malformedMessage, { detail: error.message });
      else this.closeWith(CloseCodes.malformedMessage, { detail: error instanceof Error ? error.message : String(error) });
    }
  }

  private dispatch(frame: InboundFrame): void {
    switch (frame.kind) {
      case 'sync-step1':
        this.room.answerSyncStep1(this, frame.stateVector);
        return;
      case 'sync-step2':
      case 'update':
        this.write(frame.update);
        return;
      case 'awareness':
        this.room.applyAwareness(this, frame.update);
        return;
      case 'query-awareness':
        this.room.sendPresence(this);
        return;
      default:
        assertNever(frame, 'frame');
    }
  }

  /**
   * Applies an update the connection's rule allows. Anything else is refused whole: never
   * applied, stored or relayed. The writer is told (a permission-denied message the stock
   * client logs and ours explains) and keeps its connection for reading.
   */
  private write(update: Uint8Array): void {
    // The stock client answers every acknowledgement with a sync step 2, usually empty.
    if (isEmptyUpdate(update)) return;
    if (this.room.admits(this.identity.userId, this.access.rule, update)) {
      this.room.applyClientUpdate(this, update);
      return;
    }
    this.refusals += 1;
    if (this.refusals === 1 || this.refusals % REFUSALS_BETWEEN_NOTICES === 0) {
      this.logger.info({ planId: this.room.planId, userId: this.identity.userId, refusals: this.refusals }, 'refused an update outside the writer’s rights');
      this.send(encodePermissionDenied('refused'));
    }
  }

  /** The person's role or a section lock changed: new rules from the next frame on. */
  changeAccess(access: Access): void {
    this.access = access;
    this.refusals = 0;
    this.send(encodePermissionDenied(ACCESS_CHANGED_REASON));
  }

  private closeWith(code: CloseCode, context: object): void {
    this.logger.warn(
      { planId: this.room.planId, userId: this.identity.userId, closeCode: code.code, ...context },
      `closing sync connection: ${code.reason}`,
    );
    this.close(code.code, code.reason);
  }
}

/** An update with no structs and no deletions: two zero varints. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

function encodeSyncStep2Of(state: Uint8Array, stateVector: Uint8Array): Uint8Array {
  return encodeSyncStep2(Y.diffUpdate(state, stateVector));
}
