import { useCallback, useEffect, useState } from 'react';
import type { RoundSummary } from '@shared/assessment.ts';
import { listRounds } from '../../http/assessments.ts';
import { errorMessage } from '../../http/http.ts';

/** How often an open view asks for the rounds again, so other people's progress shows up. */
export const ROUNDS_REFRESH_MS = 5000;

export interface RoundsState {
  /** The latest list the server gave (kept while a refresh fails); null before the first answer. */
  rounds: RoundSummary[] | null;
  error: string | null;
  reload: () => void;
}

/**
 * The plan's self-assessment rounds, re-read every few seconds while the page is visible and
 * whenever the window regains focus. An answer that arrives after a newer request started is
 * dropped, so a slow old answer never replaces a newer one.
 */
export function useRounds(planId: string): RoundsState {
  const [rounds, setRounds] = useState<RoundSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    listRounds(planId).then(
      (list) => {
        if (!current) return;
        setRounds(list);
        setError(null);
      },
      (failure: unknown) => {
        if (current) setError(errorMessage(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [planId, tick]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, ROUNDS_REFRESH_MS);
    window.addEventListener('focus', reload);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', reload);
    };
  }, [reload]);

  return { rounds, error, reload };
}
