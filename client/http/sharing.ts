/** Who may do what in a plan: members, invites and section locks. Managers only, except where said. */
import {
  InviteSchema,
  MemberListSchema,
  MemberSchema,
  SectionLockSchema,
  ShareResultSchema,
} from '@shared/schemas.ts';
import type { Invite, Member, MemberList, PlanRole, SectionLock, ShareBody, ShareResult } from '@shared/schemas.ts';
import { requestEmpty, requestJson } from './http.ts';

function planPath(planId: string): string {
  return `/api/plans/${encodeURIComponent(planId)}`;
}

export function listMembers(planId: string): Promise<MemberList> {
  return requestJson('GET', `${planPath(planId)}/members`, MemberListSchema);
}

/** Adds the person when the address has an account; otherwise answers with an invite link for it. */
export function sharePlan(planId: string, body: ShareBody): Promise<ShareResult> {
  return requestJson('POST', `${planPath(planId)}/members`, ShareResultSchema, body);
}

export function changeMemberRole(planId: string, userId: string, role: PlanRole): Promise<Member> {
  return requestJson('PATCH', `${planPath(planId)}/members/${encodeURIComponent(userId)}`, MemberSchema, { role });
}

export function removeMember(planId: string, userId: string): Promise<void> {
  return requestEmpty('DELETE', `${planPath(planId)}/members/${encodeURIComponent(userId)}`);
}

/** A single-use link anyone holding it can accept (or only `email`, when given). */
export function createInvite(planId: string, role: PlanRole, email?: string): Promise<Invite> {
  return requestJson('POST', `${planPath(planId)}/invites`, InviteSchema, email ? { role, email } : { role });
}

export function revokeInvite(planId: string, inviteId: string): Promise<void> {
  return requestEmpty('DELETE', `${planPath(planId)}/invites/${encodeURIComponent(inviteId)}`);
}

/** Only `editorIds` may change the section afterwards; an empty list lifts the lock. */
export function setSectionEditors(planId: string, sectionId: string, editorIds: readonly string[]): Promise<SectionLock> {
  return requestJson('PUT', `${planPath(planId)}/sections/${encodeURIComponent(sectionId)}/editors`, SectionLockSchema, {
    editorIds,
  });
}
