/** What the history view says about statuses, moves, versions and changes. */
import type { PlanMeta, PlanStatus } from '@shared/schemas.ts';
import { STATUS_NAMES, type ItemComparison, type SectionComparison, type VersionKind } from '@shared/versions.ts';

const DAY = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** "January 14, 2027" for a YYYY-MM-DD date. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : DAY.format(date);
}

/** "Jan 14, 2027, 3:05 PM" for an ISO timestamp, in the reader's time zone. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : MOMENT.format(date);
}

/** The status in a few words: "Draft · revision 2", "Adopted". */
export function statusShort(meta: PlanMeta): string {
  const name = STATUS_NAMES[meta.status];
  return meta.revision > 1 && (meta.status === 'draft' || meta.status === 'in_review') ? `${name} · revision ${meta.revision}` : name;
}

/** What the status means for the people working on the plan. */
export function statusExplanation(meta: PlanMeta): string {
  switch (meta.status) {
    case 'draft':
      return meta.revision > 1
        ? 'The task force is amending the adopted plan. Compare it with the adopted version to see every change the board will be asked to approve.'
        : 'The task force is writing the plan. When it is ready for the board, send it for review.';
    case 'in_review':
      return 'The board is reviewing this plan. The text can still change; once the board adopts it, record the adoption date.';
    case 'adopted':
      return 'This plan is frozen: nobody can change its text, goals or settings, so what the board adopted stays exactly as adopted. Comments stay open. To amend it, start a new revision.';
    case 'archived':
      return 'This plan is archived and frozen. Comments stay open. A new revision starts from it as a draft.';
  }
}

export interface MoveWords {
  button: string;
  title: string;
  explanation: string;
  confirm: string;
}

/** The button, confirmation question and consequence of moving a plan to `to`. */
export function moveWords(to: PlanStatus): MoveWords {
  switch (to) {
    case 'in_review':
      return {
        button: 'Send for review…',
        title: 'Send the plan for review?',
        explanation: 'The plan is marked as in review for the board. Everyone can keep writing until the board adopts it.',
        confirm: 'Send for review',
      };
    case 'draft':
      return {
        button: 'Back to draft…',
        title: 'Take the plan back to draft?',
        explanation: 'The plan is marked as a draft again, no longer in front of the board.',
        confirm: 'Back to draft',
      };
    case 'adopted':
      return {
        button: 'Record board adoption…',
        title: 'Record the board’s adoption?',
        explanation:
          'The plan is frozen for everyone at once, managers included: open editors become read-only. A version named after the adoption date is saved, so what the board adopted can always be read and compared. Comments stay open.',
        confirm: 'Record adoption and freeze the plan',
      };
    case 'archived':
      return {
        button: 'Archive the plan…',
        title: 'Archive the plan?',
        explanation: 'The plan stays frozen and is marked as archived, no longer the district’s current plan. A new revision can still start from it.',
        confirm: 'Archive the plan',
      };
  }
}

export const KIND_NAMES: Readonly<Record<VersionKind, string>> = {
  named: 'Saved version',
  adopted: 'Adopted by the board',
  'before-restore': 'Set aside before a restore',
};

export const SECTION_CHANGE_NAMES: Readonly<Record<SectionComparison['change'], string>> = {
  added: 'Added',
  removed: 'Removed',
  renamed: 'Renamed',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

const ITEM_NAMES: Readonly<Record<ItemComparison['kind'], string>> = { goal: 'Goal', strategy: 'Strategy', action: 'Action step', measure: 'Measure' };

/** "Action step added: “Survey families”". */
export function itemSentence(item: ItemComparison): string {
  const name = ITEM_NAMES[item.kind];
  if (item.change === 'added') return `${name} added: “${item.after ?? ''}”`;
  if (item.change === 'removed') return `${name} removed: “${item.before ?? ''}”`;
  return `${name} renamed from “${item.before ?? ''}” to “${item.after ?? ''}”`;
}

/** "1 word", "3 words". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
