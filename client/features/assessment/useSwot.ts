import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { getGoalsArray } from '@shared/plan-structure.ts';
import { getSwotArray, readConditionSwot, type ConditionSwot } from '@shared/swot.ts';
import { jsonEqual, observedStore } from '../../sync/observedStore.ts';

/** One condition's SWOT and TOWS lists, re-rendering when anyone changes them. */
export function useConditionSwot(doc: Y.Doc, conditionTag: string): ConditionSwot {
  const store = useMemo(() => observedStore(getSwotArray(doc), () => readConditionSwot(doc, conditionTag), jsonEqual), [doc, conditionTag]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The ids of the plan's goals, so a strategy can tell whether its goal still exists. */
export function useGoalIds(doc: Y.Doc): readonly string[] {
  const store = useMemo(() => {
    const goals = getGoalsArray(doc);
    const read = () => goals.toArray().flatMap((goal) => {
      const id = goal.get('id');
      return typeof id === 'string' ? [id] : [];
    });
    return observedStore(goals, read, jsonEqual);
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
