import { useMemo, useSyncExternalStore } from 'react';
import { computeCoverage, type Coverage } from '@shared/coverage.ts';
import { countWords, getMeta, getSectionBody, sectionPlainText } from '@shared/plan-doc.ts';
import { getGoalsArray, getVisionArray, readPlanStructure, type PlanStructure } from '@shared/plan-structure.ts';
import { readinessChecklist, VISION_SECTION_ID, type ReadinessCheck } from '@shared/readiness.ts';
import type * as Y from 'yjs';
import { derivedStore, jsonEqual, observedStore } from '../../sync/observedStore.ts';
import type { Store } from '../../sync/store.ts';
import { useSections } from '../../sync/useDocContent.ts';

function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The part of a Yjs shared type needed to watch it. */
interface DeepObservable {
  observeDeep: (listener: () => void) => void;
  unobserveDeep: (listener: () => void) => void;
}

/** Calls `onChange` after any change inside any of `types`; returns the detach function. */
function observeAll(types: readonly DeepObservable[], onChange: () => void): () => void {
  for (const type of types) type.observeDeep(onChange);
  return () => {
    for (const type of types) type.unobserveDeep(onChange);
  };
}

/** The vision and goals, re-read only when one of those two roots changes (not on every keystroke in a section). */
function usePlanStructure(doc: Y.Doc): PlanStructure {
  const store = useMemo(
    () => derivedStore(() => readPlanStructure(doc), jsonEqual, (onChange) => observeAll([getGoalsArray(doc), getVisionArray(doc)], onChange)),
    [doc],
  );
  return useStore(store);
}

/** The lens id as the document holds it (anything; the rules fall back to the default). */
export function useFrameworkId(doc: Y.Doc): unknown {
  const store = useMemo(() => observedStore(getMeta(doc), () => getMeta(doc).get('frameworkId'), Object.is), [doc]);
  return useStore(store);
}

function mapsEqual(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}

/** Word counts of the named sections only: typing in any other section costs nothing here. */
function useWordCounts(doc: Y.Doc, sectionIds: readonly string[]): ReadonlyMap<string, number> {
  const key = sectionIds.join('\n');
  const store = useMemo(() => {
    const ids = key === '' ? [] : key.split('\n');
    const read = () => new Map(ids.map((id) => [id, countWords(sectionPlainText(doc, id))]));
    return derivedStore(read, mapsEqual, (onChange) => observeAll(ids.map((id) => getSectionBody(doc, id)), onChange));
  }, [doc, key]);
  return useStore(store);
}

export interface PlanCoverage {
  coverage: Coverage;
  checks: ReadinessCheck[];
}

/** Coverage of the plan's lens and the readiness checklist, kept current as anyone changes the plan. */
export function usePlanCoverage(doc: Y.Doc): PlanCoverage {
  const sections = useSections(doc);
  const structure = usePlanStructure(doc);
  const frameworkId = useFrameworkId(doc);
  const counted = useMemo(() => sections.filter((s) => s.wordLimit !== undefined || s.id === VISION_SECTION_ID).map((s) => s.id), [sections]);
  const wordCounts = useWordCounts(doc, counted);
  return useMemo(() => {
    const input = { sections, structure, frameworkId, wordCounts };
    const coverage = computeCoverage(input);
    return { coverage, checks: readinessChecklist(input, coverage) };
  }, [sections, structure, frameworkId, wordCounts]);
}
