/**
 * One plan's live document: the Y.Doc, presence, the connections reading it, and the
 * rule that nothing leaves this room before it is stored.
 *
 * Durability rule: an update is applied to the doc, appended to the log through the group
 * committer, and only after that commit is it relayed to others or acknowledged to its
 * writer. A joiner's initial state is computed when it asks but sent only once every
 * update it contains is committed. So a process killed at any moment has stored every
 * update any client has seen from it.
 */
import * as Y from 'yjs';
import type { Logger } from '../logger.ts';
import type { GroupCommitter } from '../storage/group-commit.ts';
import type { ClientIdOwners } from '../storage/client-ids.ts';
import type { UpdateLog } from '../storage/update-log.ts';
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './codec.ts';
import type { WriteRule } from './access.ts';
import { clientIdsOf, deletedClientIdsOf } from './client-ids.ts';
import type { Connection } from './connection.ts';
import { Presence } from './presence.ts';
import { isUpdateAllowed } from './write-check.ts';
import type { Relay, RelayMessage } from './relay.ts';

export interface RoomDeps {
  log: UpdateLog;
  clientIds: ClientIdOwners;
  committer: GroupCommitter;
  relay: Relay;
  logger: Logger;
  instanceId: string;
  compactAfterUpdates: number;
  onStored?: (planId: string) => void;
  onFailed?: (room: Room) => void;
}

type Phase = 'loading' | 'ready' | 'failed' | 'closed';

const EMPTY_STATE_VECTOR_LENGTH = 1;
const RELAY_ORIGIN = Symbol('relay');
/** Changes the server makes itself: stored and relayed like anyone's, written by no connection. */
const SERVER_ORIGIN = Symbol('server');

export class Room {
  private phase: Phase = 'loading';
  private doc: Y.Doc | undefined;
  private presence: Presence | undefined;
  private readonly connections = new Set<Connection>();
  private fullStateFrame: Uint8Array | undefined;
  private lastCommit: Promise<unknown> = Promise.resolve();
  private uncommitted = 0;
  private tailCount = 0;
  private lastStoredId = 0;
  private unsubscribe: (() => void) | undefined;
  private clientOwners = new Map<number, string>();
  private storageFailed = false;

  constructor(
    readonly planId: string,
    private readonly deps: RoomDeps,
  ) {}

  get isReady(): boolean {
    return this.phase === 'ready';
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Reads snapshot + tail. Joiners already waiting are sent the stored bytes before the
   * server decodes them itself, so the client's decode and ours overlap instead of adding
   * up. Our state vector follows in the greeting, once the doc exists.
   */
  load(): void {
    try {
      const history = this.deps.log.load(this.planId);
      this.clientOwners = this.deps.clientIds.load(this.planId);
      const parts = [history.snapshot, ...history.updates].filter((p): p is Uint8Array => p !== undefined);
      const state = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
      this.lastStoredId = history.lastId;
      this.tailCount = history.updates.length;
      this.fullStateFrame = encodeSyncStep2(state);
      for (const connection of this.connections) connection.answerEarly(state, this.fullStateFrame);

      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      doc.on('update', this.onDocUpdate);
      this.doc = doc;
      this.presence = new Presence(doc, (frame) => this.broadcast(frame));
      this.unsubscribe = this.deps.relay.subscribe(this.planId, this.onRelay);
      this.phase = 'ready';
      for (const connection of this.connections) connection.ready();
      this.maybeCompact();
    } catch (error) {
      this.fail(error);
    }
  }

  add(connection: Connection): void {
    this.connections.add(connection);
    if (this.phase === 'ready') connection.ready();
  }

  remove(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.presence?.remove(connection);
  }

  /** Applies a writer's update; relays and acknowledges it once stored. */
  applyClientUpdate(connection: Connection, update: Uint8Array): void {
    Y.applyUpdate(this.requireDoc(), update, connection);
  }

  /**
   * Applies a change the server makes (a restore) in one transaction; resolves once it is
   * stored and relayed to every connection, rejects when storage failed.
   */
  async applyServerChange(apply: (doc: Y.Doc) => void): Promise<void> {
    const doc = this.requireDoc();
    doc.transact(() => apply(doc), SERVER_ORIGIN);
    await this.settled();
    if (this.storageFailed) throw new Error(`plan ${this.planId} could not store the server's change`);
  }

  /**
   * Whether a person's update may be applied: every Yjs client id it writes under is theirs
   * (new ids become theirs), and it stays inside their write rule. Throws
   * MalformedFrameError for an update that cannot be read.
   */
  admits(userId: string, rule: WriteRule, update: Uint8Array): boolean {
    const ids = clientIdsOf(update);
    if (ids.some((id) => (this.clientOwners.get(id) ?? userId) !== userId)) return false;
    if (!isUpdateAllowed(rule, this.requireDoc(), update)) return false;
    // A writer confined to some parts (a commenter) may add there, but delete or overwrite
    // only what they wrote: no removing or rewording another person's comment.
    if (rule.kind === 'only' && deletedClientIdsOf(update).some((id) => !ids.includes(id) && this.clientOwners.get(id) !== userId)) return false;
    for (const id of ids) {
      if (this.clientOwners.has(id)) continue;
      this.deps.clientIds.claim(this.planId, id, userId);
      this.clientOwners.set(id, userId);
    }
    return true;
  }

  /** Every connection of one person (all of them when userId is undefined). */
  connectionsOf(userId: string | undefined): Connection[] {
    return [...this.connections].filter((c) => userId === undefined || c.identity.userId === userId);
  }

  /** The answer to a sync step 1: the state the asker lacks, then our state vector. */
  answerSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    const doc = this.requireDoc();
    const step2 =
      stateVector.length <= EMPTY_STATE_VECTOR_LENGTH
        ? this.currentFullStateFrame(doc)
        : encodeSyncStep2(Y.encodeStateAsUpdate(doc, stateVector));
    const step1 = encodeSyncStep1(Y.encodeStateVector(doc));
    this.afterCommitted(() => {
      connection.send(step2);
      connection.send(step1);
    });
  }

  /** Our state vector, so a newly connected client sends what we lack (offline edits). */
  greet(connection: Connection): void {
    const step1 = encodeSyncStep1(Y.encodeStateVector(this.requireDoc()));
    const presence = this.presence?.snapshotFrame();
    this.afterCommitted(() => {
      connection.send(step1);
      if (presence) connection.send(presence);
    });
  }

  /** A sync step 1 carrying our state vector: the acknowledgement of stored updates. */
  stateVectorFrame(): Uint8Array {
    return encodeSyncStep1(Y.encodeStateVector(this.requireDoc()));
  }

  applyAwareness(connection: Connection, update: Uint8Array): void {
    this.requirePresence().apply(connection, update);
  }

  sendPresence(connection: Connection): void {
    const frame = this.requirePresence().snapshotFrame();
    if (frame) connection.send(frame);
  }

  /** Resolves once every update applied so far is stored (or storage gave up). */
  settled(): Promise<void> {
    return this.lastCommit.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Closes every connection and frees the document. */
  close(code: number, reason: string): void {
    if (this.phase === 'closed') return;
    this.phase = 'closed';
    for (const connection of [...this.connections]) connection.close(code, reason);
    this.connections.clear();
    this.unsubscribe?.();
    this.presence?.destroy();
    this.doc?.destroy();
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.fullStateFrame = undefined;
    const frame = encodeUpdate(update);
    if (origin === RELAY_ORIGIN) {
      this.broadcast(frame);
      return;
    }
    const writer = this.connectionFrom(origin);
    writer?.beginWrite();
    this.uncommitted += 1;
    this.lastCommit = this.deps.committer.append(this.planId, update).then(
      (id) => this.onStored(id, update, frame, writer),
      (error: unknown) => this.fail(error),
    );
  };

  private onStored(id: number, update: Uint8Array, frame: Uint8Array, writer: Connection | undefined): void {
    if (this.phase !== 'ready') return;
    this.uncommitted -= 1;
    this.tailCount += 1;
    this.lastStoredId = Math.max(this.lastStoredId, id);
    this.broadcast(frame, writer);
    this.deps.relay.publish(this.planId, { source: this.deps.instanceId, update });
    if (writer?.endWrite() === 0) writer.requestAck();
    this.deps.onStored?.(this.planId);
    this.maybeCompact();
  }

  private readonly onRelay = (message: RelayMessage): void => {
    if (message.source === this.deps.instanceId || !this.doc) return;
    Y.applyUpdate(this.doc, message.update, RELAY_ORIGIN);
  };

  private connectionFrom(origin: unknown): Connection | undefined {
    const candidate = origin as Connection;
    return this.connections.has(candidate) ? candidate : undefined;
  }

  private broadcast(frame: Uint8Array, except?: Connection): void {
    for (const connection of this.connections) if (connection !== except) connection.send(frame);
  }

  private afterCommitted(send: () => void): void {
    if (this.uncommitted === 0) send();
    else void this.settled().then(() => this.phase === 'ready' && send());
  }

  /** Encoded once per burst of changes and shared by every joiner with an empty doc. */
  private currentFullStateFrame(doc: Y.Doc): Uint8Array {
    this.fullStateFrame ??= encodeSyncStep2(Y.encodeStateAsUpdate(doc));
    return this.fullStateFrame;
  }

  /**
   * Folds whatever log tail there is into the snapshot, so the next load reads one row.
   * Called when the plan is unloaded or the server stops, after everything is stored.
   */
  compactTail(): void {
    if (this.tailCount > 0) this.compact();
  }

  /** Folds the log into a snapshot once it is long, when nothing is waiting to be stored. */
  private maybeCompact(): void {
    if (this.tailCount >= this.deps.compactAfterUpdates) this.compact();
  }

  private compact(): void {
    if (this.uncommitted > 0 || !this.doc || this.phase !== 'ready') return;
    try {
      const state = Y.encodeStateAsUpdate(this.doc);
      this.deps.log.compact(this.planId, state, this.lastStoredId);
      this.tailCount = 0;
      this.deps.logger.debug({ planId: this.planId, bytes: state.length }, 'compacted plan history');
    } catch (error) {
      // The log still holds every update; compaction is retried after the next commit.
      this.deps.logger.warn({ planId: this.planId, err: error }, 'compaction failed');
    }
  }

  private fail(error: unknown): void {
    if (this.phase === 'failed' || this.phase === 'closed') return;
    this.storageFailed = true;
    this.deps.logger.error({ planId: this.planId, err: error }, 'plan storage failed; closing its connections');
    this.phase = 'failed';
    this.deps.onFailed?.(this);
  }

  private requireDoc(): Y.Doc {
    if (!this.doc || this.phase !== 'ready') throw new Error(`plan ${this.planId} is not loaded`);
    return this.doc;
  }

  private requirePresence(): Presence {
    if (!this.presence) throw new Error(`plan ${this.planId} is not loaded`);
    return this.presence;
  }
}
