import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { getGoalsArray, readPlanStructure } from '@shared/plan-structure.ts';
import { planProgress, type PlanProgress } from '@shared/progress.ts';
import { jsonEqual, observedStore } from '../../sync/observedStore.ts';
import { localIsoDate } from './format.ts';

/**
 * The plan's progress, re-read after every change anywhere under the `goals` root (a status
 * changed by a colleague shows at once). Today is read on each render, so a page left open
 * overnight counts deadlines against the new day at its next change.
 */
export function usePlanProgress(doc: Y.Doc): PlanProgress {
  const store = useMemo(() => observedStore(getGoalsArray(doc), () => readPlanStructure(doc).goals, jsonEqual), [doc]);
  const goals = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const today = localIsoDate(new Date());
  return useMemo(() => planProgress(goals, today), [goals, today]);
}
