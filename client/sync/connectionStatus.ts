/**
 * What the person should be told about the plan's connection, derived from the raw facts the
 * provider reports. Pure, so the words stay in one place.
 */

export interface ConnectionFacts {
  /** The websocket's own state. */
  socket: 'connecting' | 'connected' | 'disconnected';
  /** The server and this device have exchanged their differences since the socket opened. */
  synced: boolean;
  /** At least one attempt failed since the last successful sync. */
  retrying: boolean;
  /** The browser believes it has a network. */
  online: boolean;
  /** The server closed for good (signed out, no access, plan gone); no more attempts. */
  stopped: boolean;
  /** The close code of the last close the server explained, if any. */
  closeCode: number | null;
  /** Words for the last close the server explained, cleared when a connection syncs again. */
  notice: string | null;
  /** The reason the server gave when it last refused a change from this device, if it did. */
  refused: string | null;
  /** Changes on this device the server has not yet confirmed storing. */
  unconfirmed: number;
  /** The plan's content is in memory (from this device or from the server). */
  loaded: boolean;
}

export const INITIAL_FACTS: ConnectionFacts = {
  socket: 'connecting',
  synced: false,
  retrying: false,
  online: true,
  stopped: false,
  closeCode: null,
  notice: null,
  refused: null,
  unconfirmed: 0,
  loaded: false,
};

export type ConnectionPhase = 'connected' | 'syncing' | 'offline' | 'stopped';

export function connectionPhase(facts: ConnectionFacts): ConnectionPhase {
  if (facts.stopped) return 'stopped';
  if (!facts.online || facts.socket === 'disconnected') return 'offline';
  if (facts.socket === 'connecting' && facts.retrying) return 'offline';
  if (facts.socket === 'connected' && facts.synced) return 'connected';
  return 'syncing';
}

const PHASE_LABELS: Record<ConnectionPhase, string> = {
  connected: 'Connected',
  syncing: 'Syncing',
  offline: 'Offline',
  stopped: 'Disconnected',
};

export function phaseLabel(phase: ConnectionPhase): string {
  return PHASE_LABELS[phase];
}

/** "All changes saved" or "3 unsaved changes", with where they are kept when offline. */
export function saveLabel(facts: ConnectionFacts): string {
  const phase = connectionPhase(facts);
  if (facts.unconfirmed === 0) return phase === 'connected' ? 'All changes saved' : 'No unsaved changes';
  const count = `${facts.unconfirmed} unsaved ${facts.unconfirmed === 1 ? 'change' : 'changes'}`;
  return phase === 'connected' || phase === 'syncing' ? `Saving… ${count}` : `${count}, kept on this device`;
}
