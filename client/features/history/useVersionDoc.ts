import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { ApiError, errorMessage } from '../../http/http.ts';
import type { RequestState } from '../../http/useRequest.ts';
import { fetchVersionState } from '../../http/versions.ts';

interface Held {
  key: string;
  state: RequestState<Y.Doc>;
}

/**
 * A version's frozen document in a local Y.Doc that is never synced (the server sends it as
 * one Yjs update). Created in the effect keyed by the version and destroyed in its cleanup,
 * so StrictMode's second run and switching versions never leave a doc behind or show a
 * destroyed one.
 */
export function useVersionDoc(planId: string, versionId: string): RequestState<Y.Doc> {
  const key = `${planId}/${versionId}`;
  const [held, setHeld] = useState<Held>({ key, state: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    let doc: Y.Doc | undefined;
    fetchVersionState(planId, versionId).then(
      (update) => {
        if (!current) return;
        doc = new Y.Doc();
        Y.applyUpdate(doc, update);
        setHeld({ key, state: { status: 'done', data: doc } });
      },
      (error: unknown) =>
        current && setHeld({ key, state: { status: 'error', message: errorMessage(error), httpStatus: error instanceof ApiError ? error.status : 0 } }),
    );
    return () => {
      current = false;
      doc?.destroy();
    };
  }, [key, planId, versionId]);
  return held.key === key ? held.state : { status: 'loading' };
}
