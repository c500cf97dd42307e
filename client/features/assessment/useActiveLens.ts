import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { DEFAULT_FRAMEWORK, findFramework, type Framework } from '@shared/frameworks/index.ts';
import { getMeta } from '@shared/plan-doc.ts';
import { derivedStore } from '../../sync/observedStore.ts';

/** The lens the plan is read through (its `meta.frameworkId`), following changes live. */
export function useActiveLens(doc: Y.Doc): Framework {
  const store = useMemo(() => {
    const meta = getMeta(doc);
    return derivedStore(
      () => {
        const id = meta.get('frameworkId');
        return (typeof id === 'string' ? findFramework(id) : undefined) ?? DEFAULT_FRAMEWORK;
      },
      Object.is,
      (onChange) => {
        meta.observe(onChange);
        return () => meta.unobserve(onChange);
      },
    );
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
