/** Words for roles, shared by the plan page, the share dialog and the invite page. */
import type { PlanRole, WorkspaceRole } from '@shared/schemas.ts';

export const ROLE_NAMES: Readonly<Record<WorkspaceRole, string>> = {
  owner: 'Owner',
  facilitator: 'Facilitator',
  editor: 'Editor',
  commenter: 'Commenter',
  viewer: 'Viewer',
};

/** What each shareable role lets a person do, in a phrase that follows "can". */
export const PLAN_ROLE_ABILITIES: Readonly<Record<PlanRole, string>> = {
  editor: 'write and change the text',
  commenter: 'read and comment, not change the text',
  viewer: 'read only',
};

/** Shareable roles, most access first. */
export const PLAN_ROLES: readonly PlanRole[] = ['editor', 'commenter', 'viewer'];

/** "an editor", "a viewer"… */
export function withArticle(role: WorkspaceRole): string {
  const name = ROLE_NAMES[role].toLowerCase();
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}
