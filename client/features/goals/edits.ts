/**
 * Writes to the plan's structure from the goals view. Each field is its own key, so every
 * change here is small and merges with what others change at the same time.
 */
import * as Y from 'yjs';
import type { PlanPerson } from '@shared/people.ts';
import { findGoal, findMeasure, findStrategy, getGoalsArray, getVisionArray, removeById } from '@shared/plan-structure.ts';

type YMap = Y.Map<unknown>;

/** The nested list `key` of an item, when it is one. */
function listOf(item: YMap | undefined, key: string): Y.Array<YMap> | undefined {
  const list = item?.get(key);
  return list instanceof Y.Array ? (list as Y.Array<YMap>) : undefined;
}

/** Names an action step's owner; both fields in one transaction so nobody sees half. */
export function setOwner(action: YMap, person: Pick<PlanPerson, 'id' | 'name'> | null): void {
  const apply = () => {
    action.set('ownerId', person?.id ?? '');
    action.set('ownerName', person?.name ?? '');
  };
  if (action.doc) action.doc.transact(apply);
  else apply();
}

export function removeGoal(doc: Y.Doc, goalId: string): void {
  removeById(getGoalsArray(doc), goalId);
}

export function removeStrategy(doc: Y.Doc, goalId: string, strategyId: string): void {
  const list = listOf(findGoal(doc, goalId), 'strategies');
  if (list) removeById(list, strategyId);
}

export function removeAction(doc: Y.Doc, goalId: string, strategyId: string, actionId: string): void {
  const list = listOf(findStrategy(doc, goalId, strategyId), 'actions');
  if (list) removeById(list, actionId);
}

export function removeMeasure(doc: Y.Doc, goalId: string, measureId: string): void {
  const list = listOf(findGoal(doc, goalId), 'measures');
  if (list) removeById(list, measureId);
}

/** Removes one recorded value of a measure (actuals are plain values keyed by their id). */
export function removeActual(doc: Y.Doc, goalId: string, measureId: string, actualId: string): void {
  const list = findMeasure(doc, goalId, measureId)?.get('actuals');
  if (!(list instanceof Y.Array)) return;
  const index = list.toArray().findIndex((entry: unknown) => typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === actualId);
  if (index >= 0) list.delete(index, 1);
}

/**
 * Removes a vision element and unlinks the goals that served it, in one transaction: a goal
 * never points at an element that is gone.
 */
export function removeVisionElement(doc: Y.Doc, visionId: string): void {
  doc.transact(() => {
    removeById(getVisionArray(doc), visionId);
    for (const goal of getGoalsArray(doc).toArray()) {
      if (goal instanceof Y.Map && goal.get('visionId') === visionId) goal.set('visionId', '');
    }
  });
}
