import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readThreads, threadText, type CommentThread } from '@shared/comments.ts';
import { derivedStore, jsonEqual } from '../../sync/observedStore.ts';

/** A thread as the page shows it: whether its text is still there. */
export interface ThreadView extends CommentThread {
  /** The text the thread was on was deleted. */
  orphaned: boolean;
}

function readViews(doc: Y.Doc): ThreadView[] {
  return readThreads(doc).map((thread) => ({ ...thread, orphaned: threadText(doc, thread) === undefined }));
}

/**
 * Every thread, re-read after each change to the document: a thread's text can be deleted by
 * an edit that never touches the comments.
 */
export function useThreadViews(doc: Y.Doc): ThreadView[] {
  const store = useMemo(
    () =>
      derivedStore(
        () => readViews(doc),
        jsonEqual,
        (onChange) => {
          doc.on('update', onChange);
          return () => doc.off('update', onChange);
        },
      ),
    [doc],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
