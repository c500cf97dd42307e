/**
 * Plain text inputs bound to a Y.Text: each keystroke becomes the smallest insert/delete
 * (so two people typing in one title both keep their words), and remote changes arrive
 * without moving the local caret past them.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { derivedStore } from './observedStore.ts';

/** The smallest edit turning `before` into `after`: a delete then an insert at `index`. */
export function textEdit(before: string, after: string): { index: number; remove: number; insert: string } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end += 1;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

/** Applies the change from the text's current value to `next` as one transaction. */
export function writeText(text: Y.Text, next: string): void {
  const { index, remove, insert } = textEdit(text.toString(), next);
  if (remove === 0 && insert === '') return;
  const apply = () => {
    if (remove > 0) text.delete(index, remove);
    if (insert !== '') text.insert(index, insert);
  };
  if (text.doc) text.doc.transact(apply);
  else apply();
}

/**
 * Where a caret at `offset` belongs after a remote change (a Yjs text delta): moved right by
 * text inserted before it, left by text deleted before it.
 */
export function shiftOffset(offset: number, delta: ReadonlyArray<{ retain?: number; insert?: unknown; delete?: number }>): number {
  let position = 0;
  let result = offset;
  for (const op of delta) {
    if (position > offset) break;
    if (op.retain !== undefined) position += op.retain;
    else if (typeof op.insert === 'string') {
      if (position <= offset) result += op.insert.length;
      position += op.insert.length;
    } else if (op.delete !== undefined) {
      result -= Math.min(op.delete, Math.max(0, offset - position));
    }
  }
  return Math.max(0, result);
}

/** The current string of a Y.Text, re-rendering on every change. */
export function useYTextValue(text: Y.Text): string {
  const store = useMemo(
    () =>
      derivedStore(
        () => text.toString(),
        Object.is,
        (onChange) => {
          text.observe(onChange);
          return () => text.unobserve(onChange);
        },
      ),
    [text],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
