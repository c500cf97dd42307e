import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { DEFAULT_FRAMEWORK, findFramework, type Framework } from '@shared/frameworks/index.ts';
import type { PlanPerson } from '@shared/people.ts';
import { getMeta } from '@shared/plan-doc.ts';
import { getGoalsArray, getVisionArray, readPlanStructure, type PlanStructure } from '@shared/plan-structure.ts';
import { listPlanPeople } from '../../http/people.ts';
import { useRequest } from '../../http/useRequest.ts';
import { derivedStore, jsonEqual } from '../../sync/observedStore.ts';

/** The vision elements and goals as plain data, re-read after any change to either. */
export function usePlanStructure(doc: Y.Doc): PlanStructure {
  const store = useMemo(() => {
    const vision = getVisionArray(doc);
    const goals = getGoalsArray(doc);
    return derivedStore(
      () => readPlanStructure(doc),
      jsonEqual,
      (onChange) => {
        vision.observeDeep(onChange);
        goals.observeDeep(onChange);
        return () => {
          vision.unobserveDeep(onChange);
          goals.unobserveDeep(onChange);
        };
      },
    );
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The lens the plan is read through (the default one when unset or unknown). */
export function useLens(doc: Y.Doc): Framework {
  const store = useMemo(() => {
    const meta = getMeta(doc);
    const read = (): string => {
      const id = meta.get('frameworkId');
      return typeof id === 'string' ? id : DEFAULT_FRAMEWORK.id;
    };
    return derivedStore(read, Object.is, (onChange) => {
      meta.observe(onChange);
      return () => meta.unobserve(onChange);
    });
  }, [doc]);
  const frameworkId = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return findFramework(frameworkId) ?? DEFAULT_FRAMEWORK;
}

/**
 * Everyone with access to the plan, for the owner select; an empty list while loading or
 * when the server cannot be reached (an owner already chosen still shows by name).
 */
export function usePlanPeople(planId: string): { people: readonly PlanPerson[]; problem: string | null } {
  const request = useRequest(`people:${planId}`, () => listPlanPeople(planId));
  return useMemo(
    () => ({
      people: request.status === 'done' ? request.data : [],
      problem: request.status === 'error' ? request.message : null,
    }),
    // `request` is a fresh object each render; its status and data say what changed.
    [request.status, request.status === 'done' ? request.data : null, request.status === 'error' ? request.message : null],
  );
}
