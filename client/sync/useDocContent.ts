import { useMemo, useSyncExternalStore } from 'react';
import { countWords, getSectionBody, getSectionsArray, readSections, sectionPlainText } from '@shared/plan-doc.ts';
import type { SectionInfo } from '@shared/plan-doc.ts';
import type * as Y from 'yjs';
import { jsonEqual, observedStore } from './observedStore.ts';

/** The plan's sections, in order, re-rendering when any section's facts change. */
export function useSections(doc: Y.Doc): SectionInfo[] {
  const store = useMemo(() => observedStore(getSectionsArray(doc), () => readSections(doc), jsonEqual), [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Words in one section's body, kept current as anyone types. */
export function useWordCount(doc: Y.Doc, sectionId: string): number {
  const store = useMemo(
    () => observedStore(getSectionBody(doc, sectionId), () => countWords(sectionPlainText(doc, sectionId)), Object.is),
    [doc, sectionId],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
