import { useCallback, useEffect, useState } from 'react';
import type { InputResults } from '@shared/input.ts';
import { errorMessage } from '../../http/http.ts';
import { fetchInputResults } from '../../http/input.ts';
import { useRefresh } from './useInputRounds.ts';

export interface ResultsState {
  results: InputResults | null;
  error: string | null;
  reload: () => void;
}

/** A round's results; re-read every few seconds while the round is open and contributions arrive. */
export function useInputResults(planId: string, roundId: string, open: boolean): ResultsState {
  const [results, setResults] = useState<InputResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    fetchInputResults(planId, roundId).then(
      (next) => {
        if (!current) return;
        setResults(next);
        setError(null);
      },
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [planId, roundId, open, tick]);

  useRefresh(reload, open);
  return { results, error, reload };
}
