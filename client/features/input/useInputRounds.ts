import { useCallback, useEffect, useState } from 'react';
import type { InputRoundSummary } from '@shared/input.ts';
import { errorMessage } from '../../http/http.ts';
import { listInputRounds } from '../../http/input.ts';

/** How often an open view asks again, so other people's contributions show up. */
export const INPUT_REFRESH_MS = 5000;

/**
 * Calls `reload` every INPUT_REFRESH_MS while the page is visible (and `active`), and whenever
 * the window regains focus.
 */
export function useRefresh(reload: () => void, active = true): void {
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, INPUT_REFRESH_MS);
    window.addEventListener('focus', reload);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', reload);
    };
  }, [reload, active]);
}

export interface InputRoundsState {
  /** The latest list (kept while a refresh fails); null before the first answer. */
  rounds: InputRoundSummary[] | null;
  error: string | null;
  reload: () => void;
}

/** The plan's input rounds, oldest first, kept fresh. */
export function useInputRounds(planId: string): InputRoundsState {
  const [rounds, setRounds] = useState<InputRoundSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    listInputRounds(planId).then(
      (list) => {
        if (!current) return;
        setRounds(list);
        setError(null);
      },
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [planId, tick]);

  useRefresh(reload);
  return { rounds, error, reload };
}
