/** Words and numbers for stakeholder input, kept in one place so every part of the view says them alike. */

/** A mean or a spread as people read it: one decimal, a dash when there is none. */
export function formatScore(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

/** "1 rating", "3 ratings". */
export function ratingsWords(n: number): string {
  return `${n} ${n === 1 ? 'rating' : 'ratings'}`;
}

/** "1 person", "3 people". */
export function peopleWords(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

/** A date as people in the district read it ("12 March 2027"). */
export function formatDate(iso: string | null): string {
  if (iso === null) return '';
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The element id of a point, which the link back from the plan's text names. */
export function pointAnchor(pointId: string): string {
  return `point-${pointId}`;
}

/** The point a `#point-<id>` address names, if any. */
export function pointIdFromHash(hash: string): string | null {
  const match = /^#point-(.+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** How long to wait for an element that is still loading before giving up on it. */
const FOCUS_WAIT_MS = 8000;

/**
 * Scrolls to the element with `id` and focuses it once it is on the page: the view renders
 * after its data arrives, so a plain hash would find nothing to scroll to.
 */
export function focusWhenPresent(id: string, until = performance.now() + FOCUS_WAIT_MS): void {
  requestAnimationFrame(() => {
    const target = document.getElementById(id);
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    } else if (performance.now() < until) focusWhenPresent(id, until);
  });
}
