/**
 * Making one Yjs type's content equal another's with as few changes as possible. Restoring a
 * version uses it: what did not change keeps its Yjs identity, so the carets of people
 * writing there and the anchors of comments on that text (relative positions) stay put.
 */
import * as Y from 'yjs';

/** What a value holds, for deciding whether it needs replacing; equal content gives equal strings. */
export function fingerprint(value: unknown): string {
  if (value instanceof Y.XmlElement) return JSON.stringify([value.nodeName, value.getAttributes(), value.toArray().map(fingerprint)]);
  if (value instanceof Y.XmlText || value instanceof Y.Text) return JSON.stringify(value.toDelta());
  if (value instanceof Y.XmlFragment) return JSON.stringify(value.toArray().map(fingerprint));
  if (value instanceof Y.AbstractType) return JSON.stringify(value.toJSON());
  return JSON.stringify(value) ?? 'undefined';
}

/** A value to put into another document: types are cloned (a type lives in one document only). */
export function copyValue<T>(value: T): T {
  return value instanceof Y.AbstractType ? (value.clone() as T) : value;
}

type DeltaOp = { insert?: unknown; attributes?: Record<string, unknown> };

/** Edits `target`'s text into `source`'s between their common beginning and end, keeping the marks. */
function patchText(target: Y.XmlText, source: Y.XmlText): void {
  const ops = source.toDelta() as DeltaOp[];
  const current = target.toDelta() as DeltaOp[];
  // Embeds have no characters to line up: such text is written again whole.
  if ([...ops, ...current].some((op) => typeof op.insert !== 'string')) return rewriteText(target, ops);
  // Plain text from the deltas: an XmlText's toString() writes its marks as tags.
  const from = current.map((op) => op.insert as string).join('');
  const to = ops.map((op) => op.insert as string).join('');
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start += 1;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end += 1;
  if (from.length - start - end > 0) target.delete(start, from.length - start - end);
  let at = 0;
  let index = start;
  for (const op of ops) {
    const text = op.insert as string;
    const piece = text.slice(Math.max(0, start - at), Math.max(0, to.length - end - at));
    // Marks are given in full (none is `{}`), so the new text does not take on its neighbours'.
    if (piece !== '') target.insert(index, piece, op.attributes ?? {});
    index += piece.length;
    at += text.length;
  }
  if (fingerprint(target) !== fingerprint(source)) reformat(target, ops);
  if (fingerprint(target) !== fingerprint(source)) rewriteText(target, ops);
}

/** Marks changed on text that stayed the same: set every range's marks (absent ones to null, which removes them). */
function reformat(target: Y.XmlText, ops: DeltaOp[]): void {
  const keys = new Set([...(target.toDelta() as DeltaOp[]), ...ops].flatMap((op) => Object.keys(op.attributes ?? {})));
  const none = Object.fromEntries([...keys].map((key) => [key, null]));
  let index = 0;
  for (const op of ops) {
    const length = (op.insert as string).length;
    target.format(index, length, { ...none, ...op.attributes });
    index += length;
  }
}

function rewriteText(target: Y.XmlText, ops: DeltaOp[]): void {
  target.delete(0, target.length);
  target.applyDelta(ops.map((op) => ({ insert: op.insert, attributes: op.attributes ?? {} })));
}

/** Brings `target` to `source` in place when both are the same kind of node; false when it cannot. */
function patchNode(target: unknown, source: unknown): boolean {
  if (target instanceof Y.XmlText && source instanceof Y.XmlText) {
    patchText(target, source);
    return true;
  }
  if (target instanceof Y.XmlElement && source instanceof Y.XmlElement && target.nodeName === source.nodeName) {
    if (JSON.stringify(target.getAttributes()) !== JSON.stringify(source.getAttributes())) return false;
    replaceChildren(target, source);
    return true;
  }
  return false;
}

/**
 * Makes `target`'s children equal `source`'s. Only the run between their common beginning and
 * end is touched; inside rich text, changed blocks of the same kind are edited in place rather
 * than replaced.
 */
export function replaceChildren<T>(target: Y.Array<T> | Y.XmlFragment, source: Y.Array<T> | Y.XmlFragment): void {
  const have = target.toArray().map(fingerprint);
  const want = source.toArray();
  const wanted = want.map(fingerprint);
  let start = 0;
  while (start < have.length && start < wanted.length && have[start] === wanted[start]) start += 1;
  let end = 0;
  while (end < have.length - start && end < wanted.length - start && have[have.length - 1 - end] === wanted[wanted.length - 1 - end]) end += 1;
  const old = target.toArray().slice(start, have.length - end);
  const next = want.slice(start, want.length - end);
  let kept = 0;
  if (target instanceof Y.XmlFragment) while (kept < old.length && kept < next.length && patchNode(old[kept], next[kept])) kept += 1;
  if (old.length > kept) target.delete(start + kept, old.length - kept);
  const inserted = next.slice(kept).map(copyValue);
  if (inserted.length === 0) return;
  if (target instanceof Y.XmlFragment) target.insert(start + kept, inserted as Array<Y.XmlElement | Y.XmlText>);
  else target.insert(start + kept, inserted as T[]);
}

/** Makes a map's entries equal another's: keys it lacks are deleted, differing values replaced. */
export function replaceEntries(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  for (const key of [...target.keys()]) if (!source.has(key)) target.delete(key);
  for (const [key, value] of source.entries()) if (fingerprint(target.get(key)) !== fingerprint(value)) target.set(key, copyValue(value));
}
