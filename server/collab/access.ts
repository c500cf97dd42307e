/**
 * Who may open a plan, and with what rights. HTTP routes and the sync endpoint both ask
 * here, so the rule lives in one place. Today: members of the plan's workspace, writing
 * when their workspace role writes; plan-level sharing slots in here.
 */
import { WRITING_ROLES, type WorkspaceRole } from '../../shared/schemas.ts';
import type { AccountStore } from '../storage/accounts.ts';
import type { PlanRow, PlanStore } from '../storage/plans.ts';

export type PlanAccess =
  | { kind: 'granted'; plan: PlanRow; role: WorkspaceRole; canWrite: boolean }
  | { kind: 'not-found' }
  | { kind: 'forbidden' };

export function resolvePlanAccess(stores: { plans: PlanStore; accounts: AccountStore }, userId: string, planId: string): PlanAccess {
  const plan = stores.plans.find(planId);
  if (!plan) return { kind: 'not-found' };
  const role = stores.accounts.roleInWorkspace(plan.workspace_id, userId);
  if (!role) return { kind: 'forbidden' };
  return { kind: 'granted', plan, role, canWrite: WRITING_ROLES.includes(role) };
}
