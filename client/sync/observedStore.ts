import type { Store } from './store.ts';

/**
 * A store whose value is `read()`, re-read whenever `attach`'s source signals a change and
 * published only when it differs by `equal`. The source is watched only while someone listens.
 */
export function derivedStore<T>(
  read: () => T,
  equal: (a: T, b: T) => boolean,
  attach: (onChange: () => void) => () => void,
): Store<T> {
  let cached = read();
  const listeners = new Set<() => void>();
  let detach: (() => void) | null = null;
  const onChange = () => {
    const next = read();
    if (equal(cached, next)) return;
    cached = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getSnapshot: () => cached,
    subscribe: (listener) => {
      listeners.add(listener);
      if (detach === null) {
        detach = attach(onChange);
        onChange();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && detach !== null) {
          detach();
          detach = null;
        }
      };
    },
  };
}

/** The part of a Yjs shared type needed to watch it. */
interface DeepObservable {
  observeDeep: (listener: () => void) => void;
  unobserveDeep: (listener: () => void) => void;
}

/** A store of `read()` over a Yjs type, re-read after every change inside it. */
export function observedStore<T>(type: DeepObservable, read: () => T, equal: (a: T, b: T) => boolean): Store<T> {
  return derivedStore(read, equal, (onChange) => {
    type.observeDeep(onChange);
    return () => type.unobserveDeep(onChange);
  });
}

/** Structural equality for plain JSON-like data. */
export function jsonEqual<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
