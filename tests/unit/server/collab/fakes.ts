/**
 * In-memory stand-ins for the room's storage and sockets, for unit tests of rooms and the
 * registry. The SQLite log and client-id store are tested on a real file elsewhere; here the
 * tests watch what is stored, and when.
 */
import * as Y from 'yjs';
import type { Logger } from '../../../../server/logger.ts';
import type { ClientIdOwners } from '../../../../server/storage/client-ids.ts';
import type { PlanHistory, StoredUpdate, UpdateLog } from '../../../../server/storage/update-log.ts';

export class MemoryLog implements UpdateLog {
  readonly rows: Array<StoredUpdate & { id: number }> = [];
  snapshot: { state: Uint8Array; through: number } | undefined;
  failing = false;
  appendBatch(updates: readonly StoredUpdate[]): number[] {
    if (this.failing) throw new Error('disk full');
    return updates.map((u) => {
      const id = this.rows.length + 1;
      this.rows.push({ ...u, id });
      return id;
    });
  }
  load(planId: string): PlanHistory {
    const through = this.snapshot?.through ?? 0;
    const tail = this.rows.filter((r) => r.planId === planId && r.id > through);
    return { snapshot: this.snapshot?.state, updates: tail.map((r) => r.data), lastId: tail.at(-1)?.id ?? through };
  }
  compact(_planId: string, state: Uint8Array, throughId: number): void {
    this.snapshot = { state, through: throughId };
  }
  exists(): boolean {
    return true;
  }
  /** Text `t` of plan `plan`, as a fresh reader would load it from storage. */
  text(): string {
    const doc = new Y.Doc();
    const history = this.load('plan');
    for (const part of [history.snapshot, ...history.updates]) if (part) Y.applyUpdate(doc, part);
    return doc.getText('t').toString();
  }
}

export class MemoryClientIds implements ClientIdOwners {
  readonly owners = new Map<number, string>();
  load(): Map<number, string> {
    return new Map(this.owners);
  }
  claim(_planId: string, clientId: number, userId: string): void {
    if (!this.owners.has(clientId)) this.owners.set(clientId, userId);
  }
}

export const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
