/**
 * Who may open a plan, and what they may change. HTTP routes and the sync endpoint both ask
 * here, so the rule lives in one place.
 *
 * A person's role in a plan is the higher of their workspace role and the role the plan was
 * shared with them. Managers (owners, facilitators) may change anything; editors anything
 * but the plan-level settings (`meta`: the lens, the template) and sections locked to other
 * editors; commenters only comments; viewers nothing.
 */
import { COMMENTS_KEY, META_KEY, sectionBodyName } from '../../shared/plan-doc.ts';
import { capabilitiesOf, FROZEN_STATUSES, ROLE_RANK, type Capabilities, type WorkspaceRole } from '../../shared/schemas.ts';
import type { AccountStore } from '../storage/accounts.ts';
import type { PlanRow, PlanStore } from '../storage/plans.ts';
import type { SharingStore } from '../storage/sharing.ts';

/** Which top-level parts of a plan's document a connection's updates may touch. */
export type WriteRule =
  | { kind: 'none' }
  | { kind: 'any' }
  | { kind: 'only'; roots: ReadonlySet<string> }
  | { kind: 'except'; roots: ReadonlySet<string> };

export interface AccessStores {
  plans: PlanStore;
  accounts: AccountStore;
  sharing: SharingStore;
}

export type PlanAccess =
  | {
      kind: 'granted';
      plan: PlanRow;
      role: WorkspaceRole;
      capabilities: Capabilities;
      rule: WriteRule;
      /** Section id → the editors who may change it; absent sections are open to every editor. */
      locks: ReadonlyMap<string, readonly string[]>;
    }
  | { kind: 'not-found' }
  | { kind: 'forbidden' };

const COMMENTS_ONLY: WriteRule = { kind: 'only', roots: new Set([COMMENTS_KEY]) };

export function higherRole(a: WorkspaceRole | undefined, b: WorkspaceRole | undefined): WorkspaceRole | undefined {
  if (!a) return b;
  if (!b) return a;
  return ROLE_RANK[a] >= ROLE_RANK[b] ? a : b;
}

export function resolvePlanAccess(stores: AccessStores, userId: string, planId: string): PlanAccess {
  const plan = stores.plans.find(planId);
  if (!plan) return { kind: 'not-found' };
  const role = higherRole(stores.accounts.roleInWorkspace(plan.workspace_id, userId), stores.sharing.planRole(planId, userId));
  if (!role) return { kind: 'forbidden' };
  const locks = stores.sharing.sectionLocks(planId);
  // An adopted or archived plan is frozen for everyone, managers included: it changes only
  // through a new revision. Comments stay open, so stakeholders can still respond to it.
  if (FROZEN_STATUSES.includes(plan.status)) {
    const capabilities = { ...capabilitiesOf(role), edit: false };
    return { kind: 'granted', plan, role, capabilities, rule: capabilities.comment ? COMMENTS_ONLY : { kind: 'none' }, locks };
  }
  const capabilities = capabilitiesOf(role);
  return { kind: 'granted', plan, role, capabilities, rule: writeRuleFor(capabilities, locks, userId), locks };
}

export function writeRuleFor(capabilities: Capabilities, locks: ReadonlyMap<string, readonly string[]>, userId: string): WriteRule {
  if (capabilities.manage) return { kind: 'any' };
  if (!capabilities.edit) return capabilities.comment ? COMMENTS_ONLY : { kind: 'none' };
  const closed = new Set<string>([META_KEY]);
  for (const [sectionId, editors] of locks) if (!editors.includes(userId)) closed.add(sectionBodyName(sectionId));
  return { kind: 'except', roots: closed };
}
