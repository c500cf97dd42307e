/** Who has the plan open, read from the provider's awareness states. */
import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { derivedStore, jsonEqual } from './observedStore.ts';

export interface PresenceEntry {
  clientId: number;
  name: string;
  color: string;
  /** The signed-in account, as stamped by the server; null until the server has seen us. */
  userId: string | null;
  isSelf: boolean;
}

function entryFrom(clientId: number, state: Record<string, unknown>, selfId: number): PresenceEntry | null {
  const user = state.user;
  if (typeof user !== 'object' || user === null) return null;
  const { name, color, id } = user as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return null;
  return {
    clientId,
    name,
    color: typeof color === 'string' ? color : '#5b6470',
    userId: typeof id === 'string' ? id : null,
    isSelf: clientId === selfId,
  };
}

/** Everyone present, this window first, then by name. */
export function readPresence(awareness: Awareness): PresenceEntry[] {
  const entries: PresenceEntry[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const entry = entryFrom(clientId, state, awareness.clientID);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

export function usePresence(awareness: Awareness): PresenceEntry[] {
  const store = useMemo(
    () =>
      derivedStore(() => readPresence(awareness), jsonEqual, (onChange) => {
        awareness.on('change', onChange);
        return () => awareness.off('change', onChange);
      }),
    [awareness],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
