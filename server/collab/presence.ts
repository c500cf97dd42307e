/**
 * Presence (awareness) for one room. The server is the one that says who a caret belongs
 * to: each connection owns the awareness client ids it first announced, and every state
 * it sends is stamped with the signed-in user's identity, so nobody can pose as someone else.
 */
import type * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { MAX_AWARENESS_BYTES } from '../../shared/limits.ts';
import { decodeAwareness, encodeAwareness, encodeAwarenessFrame, MalformedFrameError } from './codec.ts';
import type { Identity } from './socket.ts';

/** How many awareness ids one socket may speak for (one per editor instance is usual). */
const MAX_IDS_PER_CONNECTION = 8;

export class AwarenessTooLargeError extends Error {
  override readonly name = 'AwarenessTooLargeError';
}

export interface PresenceMember {
  readonly identity: Identity;
  readonly awarenessIds: Set<number>;
}

export class Presence {
  private readonly awareness: Awareness;
  private readonly owners = new Map<number, PresenceMember>();

  constructor(doc: Y.Doc, broadcast: (frame: Uint8Array) => void) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const changed = [...added, ...updated, ...removed];
      if (changed.length > 0) broadcast(encodeAwarenessFrame(encodeAwarenessUpdate(this.awareness, changed)));
    });
  }

  /** Applies a member's awareness update after checking ownership and stamping identity. */
  apply(member: PresenceMember, update: Uint8Array): void {
    if (update.length > MAX_AWARENESS_BYTES) throw new AwarenessTooLargeError(`${update.length} bytes`);
    const accepted = decodeAwareness(update).filter((entry) => this.claim(member, entry.clientId));
    if (accepted.length === 0) return;
    const stamped = accepted.map((entry) => ({
      ...entry,
      state: entry.state === null ? null : { ...entry.state, user: { ...member.identity, id: member.identity.userId } },
    }));
    applyAwarenessUpdate(this.awareness, encodeAwareness(stamped), member);
  }

  /** Every current state, as a frame for a newcomer or a query; undefined when nobody is here. */
  snapshotFrame(): Uint8Array | undefined {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length === 0 ? undefined : encodeAwarenessFrame(encodeAwarenessUpdate(this.awareness, ids));
  }

  /** Removes a departing member's states and tells the others. */
  remove(member: PresenceMember): void {
    const ids = [...member.awarenessIds];
    for (const id of ids) this.owners.delete(id);
    if (ids.length > 0) removeAwarenessStates(this.awareness, ids, member);
  }

  destroy(): void {
    this.awareness.destroy();
  }

  private claim(member: PresenceMember, clientId: number): boolean {
    const owner = this.owners.get(clientId);
    if (owner) return owner === member;
    if (member.awarenessIds.size >= MAX_IDS_PER_CONNECTION) {
      throw new MalformedFrameError('too many awareness ids on one connection');
    }
    this.owners.set(clientId, member);
    member.awarenessIds.add(clientId);
    return true;
  }
}
