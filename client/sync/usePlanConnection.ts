import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectionFacts } from './connectionStatus.ts';
import { openPlanConnection } from './planConnection.ts';
import type { PlanConnection, PresenceUser } from './planConnection.ts';

/**
 * The open connection to plan `planId`, created in one effect and destroyed in its cleanup
 * (so StrictMode's double run opens, closes and reopens cleanly). Null until open.
 */
export function usePlanConnection(planId: string, user: PresenceUser): PlanConnection | null {
  const [connection, setConnection] = useState<PlanConnection | null>(null);
  // Bumped by startOver(): the effect then closes this connection and opens a fresh one.
  const [generation, setGeneration] = useState(0);
  const { name, color } = user;
  useEffect(() => {
    const opened = openPlanConnection(planId, { name, color }, () => setGeneration((g) => g + 1));
    setConnection(opened);
    return () => {
      opened.destroy();
      setConnection(null);
    };
  }, [planId, name, color, generation]);
  return connection?.planId === planId ? connection : null;
}

/** The connection's current facts, re-rendering when they change. */
export function useConnectionFacts(connection: PlanConnection): ConnectionFacts {
  return useSyncExternalStore(connection.status.subscribe, connection.status.getSnapshot);
}
