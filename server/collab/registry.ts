/**
 * The rooms this process holds. A plan is loaded when its first socket arrives (concurrent
 * first sockets share the one load) and unloaded a grace period after its last one leaves,
 * once everything it applied is stored.
 */
import type * as Y from 'yjs';
import { CloseCodes } from '../../shared/close-codes.ts';
import type { Logger } from '../logger.ts';
import { Connection } from './connection.ts';
import { Room, type RoomDeps } from './room.ts';
import type { Access, Identity, SocketLike } from './socket.ts';

export interface RegistryOptions extends Omit<RoomDeps, 'onFailed'> {
  unloadGraceMs: number;
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>();
  private closing = false;

  constructor(private readonly options: RegistryOptions) {}

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Adds a socket to its plan's room, loading the plan if needed. */
  join(planId: string, socket: SocketLike, identity: Identity, access: Access, logger: Logger): Connection | undefined {
    if (this.closing) {
      socket.close(CloseCodes.goingAway.code, CloseCodes.goingAway.reason);
      return undefined;
    }
    const room = this.roomFor(planId);
    this.cancelUnload(room);
    const connection = new Connection(socket, identity, access, room, logger);
    room.add(connection);
    return connection;
  }

  /** The socket closed. */
  leave(connection: Connection, planId: string): void {
    connection.closedByPeer();
    const room = this.rooms.get(planId);
    if (room && room.connectionCount === 0) this.scheduleUnload(room);
  }

  /**
   * Re-decides the rights of open connections to a plan (of one person, or everyone when a
   * lock changed). A connection that lost access is closed with "not allowed"; the others
   * get their new rule at once and are told to fetch their rights again.
   */
  refreshAccess(planId: string, userId: string | undefined, decide: (userId: string) => Access | undefined): void {
    const room = this.rooms.get(planId);
    if (!room) return;
    for (const connection of room.connectionsOf(userId)) {
      const access = decide(connection.identity.userId);
      if (access) connection.changeAccess(access);
      else connection.close(CloseCodes.forbidden.code, CloseCodes.forbidden.reason);
    }
  }

  /** Resolves once everything the plan's live room (when it is loaded) has applied is stored. */
  async settled(planId: string): Promise<void> {
    await this.rooms.get(planId)?.settled();
  }

  /**
   * Applies a change the server itself makes (restoring a version) to the plan's live
   * document, loading the plan when nobody has it open. The change takes the path every edit
   * takes — stored, then relayed to every open socket — and this resolves once it is stored.
   * `apply` runs synchronously in one transaction, so no one's update lands in the middle.
   */
  async change(planId: string, apply: (doc: Y.Doc) => void): Promise<void> {
    if (this.closing) throw new Error('the server is shutting down');
    const room = this.roomFor(planId);
    this.cancelUnload(room);
    try {
      // A new room loads in a microtask queued by roomFor; this one is queued after it.
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      await room.applyServerChange(apply);
    } finally {
      if (room.connectionCount === 0 && this.rooms.get(planId) === room) this.scheduleUnload(room);
    }
  }

  /** Stores everything pending, then closes every socket with 1001 and frees every plan. */
  async shutdown(): Promise<void> {
    this.closing = true;
    await this.options.committer.flush();
    await Promise.all([...this.rooms.values()].map((room) => room.settled()));
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    for (const room of this.rooms.values()) {
      room.compactTail();
      room.close(CloseCodes.goingAway.code, CloseCodes.goingAway.reason);
    }
    this.rooms.clear();
  }

  private roomFor(planId: string): Room {
    const existing = this.rooms.get(planId);
    if (existing) return existing;
    const room = new Room(planId, { ...this.options, onFailed: (failed) => this.dropFailed(failed) });
    this.rooms.set(planId, room);
    // Load after the caller has attached its socket, so its first frames are buffered.
    queueMicrotask(() => room.load());
    return room;
  }

  private scheduleUnload(room: Room): void {
    this.cancelUnload(room);
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room);
      void room.settled().then(() => {
        if (room.connectionCount > 0 || this.rooms.get(room.planId) !== room) return;
        this.rooms.delete(room.planId);
        room.compactTail();
        room.close(CloseCodes.goingAway.code, CloseCodes.goingAway.reason);
        this.options.logger.debug({ planId: room.planId }, 'unloaded plan');
      });
    }, this.options.unloadGraceMs);
    timer.unref();
    this.unloadTimers.set(room, timer);
  }

  private cancelUnload(room: Room): void {
    const timer = this.unloadTimers.get(room);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room);
  }

  private dropFailed(room: Room): void {
    if (this.rooms.get(room.planId) === room) this.rooms.delete(room.planId);
    this.cancelUnload(room);
    // The writers still hold their unconfirmed edits and send them again on reconnect,
    // to a room freshly loaded from what storage really has.
    room.close(CloseCodes.storageFailed.code, CloseCodes.storageFailed.reason);
  }
}
