/** Words and numbers for the self-assessment, kept in one place so every view says them alike. */
import { FRAMEWORKS, type Framework } from '@shared/frameworks/index.ts';
import type { RoundSummary } from '@shared/assessment.ts';

/** A mean or standard deviation as people read it: one decimal. */
export function formatScore(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

/** A change in mean with its sign ("+0.5", "−0.3", "no change"); a dash when not comparable. */
export function formatChange(delta: number | null): string {
  if (delta === null) return '—';
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return 'no change';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `−${Math.abs(rounded).toFixed(1)}`;
}

/** "3 of 5 members have rated" (or "1 of 5 members has rated"). */
export function progressSentence(raters: number, eligible: number): string {
  const of = Math.max(raters, eligible);
  return `${raters} of ${of} ${of === 1 ? 'member' : 'members'} ${raters === 1 ? 'has' : 'have'} rated`;
}

/** A date as people in the district read it ("12 March 2027"). */
export function formatDate(iso: string | null): string {
  if (iso === null) return '';
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The lens a round was taken on, when Planwright still knows it. */
export function roundFramework(round: Pick<RoundSummary, 'frameworkId' | 'frameworkVersion'>): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === round.frameworkId && f.version === round.frameworkVersion);
}

/** A condition's name in a lens (its id when the lens no longer has it). */
export function conditionName(framework: Framework | undefined, conditionId: string): string {
  return framework?.conditions.find((c) => c.id === conditionId)?.name ?? conditionId;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
