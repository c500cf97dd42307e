import { useCallback, useEffect, useState } from 'react';
import type { PlanMeta } from '@shared/schemas.ts';
import { ApiError, errorMessage } from '../../http/http.ts';
import { fetchPlan } from '../../http/plans.ts';

/** Answers that mean the plan cannot be opened at all (rather than "the network is down"). */
const FINAL_STATUSES = new Set([401, 403, 404]);

export interface PlanMetaState {
  /** The latest facts the server gave; kept while a refresh is under way or fails on the network. */
  meta: PlanMeta | null;
  /** Why the plan cannot be shown (no access, gone), or null. */
  blocked: string | null;
  /** The first answer (or failure) has arrived. */
  settled: boolean;
}

interface Held extends PlanMetaState {
  planId: string;
}

const initial = (planId: string): Held => ({ planId, meta: null, blocked: null, settled: false });

/**
 * The plan's facts (role, capabilities, locks) for `planId`. `refresh` re-reads them in place,
 * so the page switches modes without tearing down its editors.
 */
export function usePlanMeta(planId: string): PlanMetaState & { refresh: () => void } {
  const [held, setHeld] = useState<Held>(() => initial(planId));
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    fetchPlan(planId).then(
      (meta) => current && setHeld({ planId, meta, blocked: null, settled: true }),
      (error: unknown) => {
        if (!current) return;
        const final = error instanceof ApiError && FINAL_STATUSES.has(error.status);
        setHeld((previous) => {
          const base = previous.planId === planId ? previous : initial(planId);
          return { ...base, blocked: final ? errorMessage(error) : null, settled: true };
        });
      },
    );
    return () => {
      current = false;
    };
  }, [planId, round]);
  const refresh = useCallback(() => setRound((n) => n + 1), []);
  const state = held.planId === planId ? held : initial(planId);
  return { meta: state.meta, blocked: state.blocked, settled: state.settled, refresh };
}
