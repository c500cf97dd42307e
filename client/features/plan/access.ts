/**
 * What the person may do in the open plan and in each section, derived from the plan's facts.
 * The server enforces all of it; these functions only decide what the page offers and explains.
 */
import type { PlanMeta, SectionLock } from '@shared/schemas.ts';
import { ROLE_NAMES } from '../sharing/roles.ts';

export type AccessMode = 'edit' | 'comment' | 'view';

export interface PlanAccess {
  mode: AccessMode;
  /** Share, change roles, lock sections. */
  manage: boolean;
  /** Comments are allowed (they arrive with the comments feature; this is where they hook in). */
  comment: boolean;
}

/** Until the server has answered (or while it cannot be reached) the page lets people write: it refuses what it must. */
const UNKNOWN_ACCESS: PlanAccess = { mode: 'edit', manage: false, comment: true };

export function planAccess(meta: PlanMeta | null): PlanAccess {
  if (meta === null) return UNKNOWN_ACCESS;
  const { edit, comment, manage } = meta.capabilities;
  return { mode: edit ? 'edit' : comment ? 'comment' : 'view', manage, comment };
}

/** "You can edit · Owner". */
export function roleBadgeText(meta: PlanMeta): { verb: string; role: string } {
  return { verb: `You can ${planAccess(meta).mode}`, role: ROLE_NAMES[meta.role] };
}

export interface SectionAccess {
  editable: boolean;
  comment: boolean;
  lock: SectionLock | null;
  /** The lock names this person. */
  lockedIn: boolean;
}

/** Locks bind editors; owners and facilitators keep writing everywhere (they set the locks). */
export function sectionAccess(meta: PlanMeta | null, sectionId: string, userId: string): SectionAccess {
  const access = planAccess(meta);
  const lock = meta?.locks.find((candidate) => candidate.sectionId === sectionId && candidate.editors.length > 0) ?? null;
  const lockedIn = lock !== null && lock.editors.some((editor) => editor.id === userId);
  const editable = access.mode === 'edit' && (lock === null || lockedIn || access.manage);
  return { editable, comment: access.comment, lock, lockedIn };
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Locked: only Dana Ortiz and you edit this section". */
export function lockSentence(lock: SectionLock, userId: string): string {
  const names = lock.editors.map((editor) => (editor.id === userId ? 'you' : editor.name));
  return `Locked: only ${joinNames(names)} ${names.length === 1 && names[0] !== 'you' ? 'edits' : 'edit'} this section`;
}
