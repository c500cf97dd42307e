import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from './http.ts';

export type RequestState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string; httpStatus: number }
  | { status: 'done'; data: T };

/**
 * Runs `load` when `key` changes and tracks its result; answers that arrive after the key
 * changed (or the component left) are dropped. `reload` runs it again and keeps showing the
 * previous answer until the new one arrives, so what is on screen (and focus) stays put.
 */
export function useRequest<T>(key: string, load: () => Promise<T>): RequestState<T> & { reload: () => void } {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const loadedKey = useRef(key);
  useEffect(() => {
    let current = true;
    if (loadedKey.current !== key) {
      loadedKey.current = key;
      setState({ status: 'loading' });
    }
    load().then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) =>
        current &&
        setState({ status: 'error', message: errorMessage(error), httpStatus: error instanceof ApiError ? error.status : 0 }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when it asks for something new.
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
