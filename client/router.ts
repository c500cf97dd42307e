/**
 * A tiny history-API router: the path is an external store read with useSyncExternalStore,
 * `navigate` pushes a new entry, and `matchRoute` turns a path into a typed route.
 */
import { useSyncExternalStore } from 'react';

/** The views of an open plan; 'write' (the sections) is the plan's own address. */
export const PLAN_VIEWS = ['write', 'goals', 'coverage', 'assessment', 'progress', 'input', 'history'] as const;
export type PlanViewName = (typeof PLAN_VIEWS)[number];

export type Route =
  | { name: 'home' }
  | { name: 'signIn' }
  | { name: 'signUp' }
  | { name: 'workspace'; workspaceId: string }
  | { name: 'audit'; workspaceId: string }
  | { name: 'plan'; planId: string; view: PlanViewName }
  | { name: 'invite'; token: string }
  | { name: 'published'; token: string }
  | { name: 'notFound' };

const NAVIGATE_EVENT = 'planwright:navigate';

type LeaveGuard = () => string | null;
const leaveGuards = new Set<LeaveGuard>();

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function currentPath(): string {
  return window.location.pathname;
}

/** The current path, re-rendering on navigation. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** The query-string value of `key` in the current location, or null. */
export function searchParam(key: string): string | null {
  return new URLSearchParams(window.location.search).get(key);
}

/**
 * Registers a check run before in-app navigation; when it returns a message, the person is
 * asked to confirm leaving. Returns the unregister function.
 */
export function addLeaveGuard(guard: LeaveGuard): () => void {
  leaveGuards.add(guard);
  return () => leaveGuards.delete(guard);
}

function leaveAllowed(): boolean {
  for (const guard of leaveGuards) {
    const message = guard();
    if (message !== null && !window.confirm(message)) return false;
  }
  return true;
}

/** Goes to `to` (a same-origin path); `replace` swaps the current history entry. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (!options.replace && !leaveAllowed()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function decodeSegment(segment: string): string | null {
  try {
    const value = decodeURIComponent(segment);
    return value === '' ? null : value;
  } catch {
    return null;
  }
}

/** The route a path names. */
export function matchRoute(path: string): Route {
  const parts = path.split('/').filter((part) => part !== '');
  const [first, second, third, ...rest] = parts;
  if (first === undefined) return { name: 'home' };
  if (rest.length > 0) return { name: 'notFound' };
  if (second === undefined) {
    if (first === 'signin') return { name: 'signIn' };
    if (first === 'signup') return { name: 'signUp' };
    return { name: 'notFound' };
  }
  const id = decodeSegment(second);
  if (id === null) return { name: 'notFound' };
  if (third !== undefined) {
    if (first === 'workspaces' && third === 'audit') return { name: 'audit', workspaceId: id };
    const view = PLAN_VIEWS.find((v) => v === third && v !== 'write');
    return first === 'plans' && view ? { name: 'plan', planId: id, view } : { name: 'notFound' };
  }
  if (first === 'workspaces') return { name: 'workspace', workspaceId: id };
  if (first === 'plans') return { name: 'plan', planId: id, view: 'write' };
  if (first === 'invite') return { name: 'invite', token: id };
  if (first === 'p') return { name: 'published', token: id };
  return { name: 'notFound' };
}

/** Paths for each page, so links are never spelled by hand. */
export const paths = {
  home: () => '/',
  signIn: (next?: string) => (next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'),
  signUp: (next?: string) => (next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'),
  workspace: (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`,
  audit: (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/audit`,
  plan: (planId: string, view: PlanViewName = 'write') => `/plans/${encodeURIComponent(planId)}${view === 'write' ? '' : `/${view}`}`,
  invite: (token: string) => `/invite/${encodeURIComponent(token)}`,
  published: (token: string) => `/p/${encodeURIComponent(token)}`,
};

/** A `next` parameter is followed only when it is a same-origin path. */
export function safeNextPath(next: string | null): string | null {
  if (next === null || !next.startsWith('/') || next.startsWith('//')) return null;
  return next;
}
