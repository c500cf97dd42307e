/**
 * Every JSON body that crosses the HTTP boundary, as zod schemas with their inferred types.
 * The server validates requests with them; the client parses answers with them.
 */
import { z } from 'zod';
import { MAX_NAME_LENGTH, MIN_PASSWORD_LENGTH } from './limits.ts';

const name = z.string().trim().min(1, 'is required').max(MAX_NAME_LENGTH);
const email = z.string().trim().toLowerCase().max(254).pipe(z.email('is not an e-mail address'));
const id = z.string().min(1).max(64);

export const WorkspaceRoleSchema = z.enum(['owner', 'facilitator', 'editor', 'commenter', 'viewer']);
export type WorkspaceRole = z.infer<typeof WorkspaceRoleSchema>;

/**
 * Signing up starts a district workspace, unless it answers an invite: then the district
 * may be left out and the invite is accepted with the new account.
 */
export const SignupBodySchema = z
  .strictObject({
    name,
    email,
    password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
    district: name.optional(),
    inviteToken: z.string().min(16).max(128).optional(),
  })
  .refine((body) => body.district !== undefined || body.inviteToken !== undefined, { path: ['district'], message: 'is required' });
export type SignupBody = z.infer<typeof SignupBodySchema>;

export const LoginBodySchema = z.strictObject({
  email,
  password: z.string().min(1).max(1024),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

/** `color` is the caret colour the server stamps into this person's presence. */
export const UserSchema = z.object({ id, name: z.string(), email: z.string(), color: z.string() });
export type User = z.infer<typeof UserSchema>;

export const WorkspaceSchema = z.object({ id, name: z.string(), role: WorkspaceRoleSchema });
export type Workspace = z.infer<typeof WorkspaceSchema>;

export const MeSchema = z.object({ user: UserSchema, workspaces: z.array(WorkspaceSchema) });
export type Me = z.infer<typeof MeSchema>;

export const CreatePlanBodySchema = z.strictObject({
  title: name,
  templateId: id,
});
export type CreatePlanBody = z.infer<typeof CreatePlanBodySchema>;

/** Where a plan is in its review cycle (Leader Standard 2c–2e). */
export const PlanStatusSchema = z.enum(['draft', 'in_review', 'adopted', 'archived']);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

/** Statuses in which the plan's content is frozen: only starting a new revision changes it. */
export const FROZEN_STATUSES: readonly PlanStatus[] = ['adopted', 'archived'];

export const PlanSummarySchema = z.object({
  id,
  workspaceId: id,
  title: z.string(),
  templateId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: PlanStatusSchema,
  /** The board's adoption date (YYYY-MM-DD) of the latest adopted revision. */
  adoptedOn: z.string().nullable(),
  /** The version frozen at the latest adoption; a revision is compared against it. */
  adoptedVersionId: z.string().nullable(),
  revision: z.number().int().positive(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const PlanListSchema = z.object({ plans: z.array(PlanSummarySchema) });
export type PlanList = z.infer<typeof PlanListSchema>;

/** What the caller may do in a plan, derived on the server from their effective role. */
export const CapabilitiesSchema = z.object({
  /** Change section text and plan structure (subject to section locks). */
  edit: z.boolean(),
  /** Add, answer and resolve comments. */
  comment: z.boolean(),
  /** Share the plan, change roles, lock sections, read the audit log. */
  manage: z.boolean(),
});
export type Capabilities = z.infer<typeof CapabilitiesSchema>;

/** A section only some editors may change; everyone else with access may still comment there. */
export const SectionLockSchema = z.object({
  sectionId: z.string(),
  editors: z.array(z.object({ id, name: z.string() })),
});
export type SectionLock = z.infer<typeof SectionLockSchema>;

export const PlanMetaSchema = PlanSummarySchema.extend({
  workspaceName: z.string(),
  /** The caller's effective role in this plan: the higher of workspace and plan role. */
  role: WorkspaceRoleSchema,
  capabilities: CapabilitiesSchema,
  locks: z.array(SectionLockSchema),
});
export type PlanMeta = z.infer<typeof PlanMetaSchema>;

/** Roles a plan can be shared with. Workspace owners and facilitators manage a plan. */
export const PlanRoleSchema = z.enum(['editor', 'commenter', 'viewer']);
export type PlanRole = z.infer<typeof PlanRoleSchema>;

export const MemberSchema = z.object({
  userId: id,
  name: z.string(),
  email: z.string(),
  role: WorkspaceRoleSchema,
  /** Where the role comes from: the district workspace, or sharing of this plan. */
  source: z.enum(['workspace', 'plan']),
});
export type Member = z.infer<typeof MemberSchema>;

export const InviteSchema = z.object({
  id,
  role: PlanRoleSchema,
  /** The address it was sent to, when it is bound to one; null for a shareable link. */
  email: z.string().nullable(),
  /** The link to send. Shown once, to the inviter, when the invite is created. */
  url: z.string().optional(),
  expiresAt: z.string(),
  createdBy: z.string(),
});
export type Invite = z.infer<typeof InviteSchema>;

export const MemberListSchema = z.object({ members: z.array(MemberSchema), invites: z.array(InviteSchema) });
export type MemberList = z.infer<typeof MemberListSchema>;

export const ShareBodySchema = z.strictObject({ email, role: PlanRoleSchema });
export type ShareBody = z.infer<typeof ShareBodySchema>;

/** Sharing with someone who has an account adds them; anyone else gets an invite link. */
export const ShareResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), member: MemberSchema }),
  z.object({ kind: z.literal('invite'), invite: InviteSchema }),
]);
export type ShareResult = z.infer<typeof ShareResultSchema>;

export const ChangeRoleBodySchema = z.strictObject({ role: PlanRoleSchema });
export const CreateInviteBodySchema = z.strictObject({ role: PlanRoleSchema, email: email.optional() });
export const MemberParamsSchema = z.object({ id, userId: id });
export const InviteParamsSchema = z.object({ id, inviteId: id });
export const InviteTokenParamsSchema = z.object({ token: z.string().min(16).max(128) });

export const InvitePreviewSchema = z.object({
  planId: id,
  /** The address the invite is bound to, so the sign-up form can use it; null for a link. */
  email: z.string().nullable(),
  planTitle: z.string(),
  workspaceName: z.string(),
  role: PlanRoleSchema,
  invitedBy: z.string(),
  expiresAt: z.string(),
});
export type InvitePreview = z.infer<typeof InvitePreviewSchema>;

export const AcceptInviteResultSchema = z.object({ planId: id, role: WorkspaceRoleSchema });

export const SectionParamsSchema = z.object({ id, sectionId: z.string().min(1).max(64) });
/** An empty list lifts the lock. */
export const SectionEditorsBodySchema = z.strictObject({ editorIds: z.array(id).max(200) });

/** Roles a workspace manager can give; only the district's owner holds 'owner'. */
export const GrantableWorkspaceRoleSchema = z.enum(['facilitator', 'editor', 'commenter', 'viewer']);
export const WorkspaceMemberBodySchema = z.strictObject({ email, role: GrantableWorkspaceRoleSchema });
export const WorkspaceRoleBodySchema = z.strictObject({ role: GrantableWorkspaceRoleSchema });
export const WorkspaceMemberParamsSchema = z.object({ wid: id, userId: id });
export const WorkspaceMemberSchema = z.object({ userId: id, name: z.string(), email: z.string(), role: WorkspaceRoleSchema });
export const WorkspaceMemberListSchema = z.object({ members: z.array(WorkspaceMemberSchema) });
export type WorkspaceMember = z.infer<typeof WorkspaceMemberSchema>;

export const AuditActionSchema = z.enum([
  'workspace.member_added',
  'workspace.role_changed',
  'workspace.member_removed',
  'plan.created',
  'member.added',
  'member.role_changed',
  'member.removed',
  'invite.created',
  'invite.accepted',
  'invite.revoked',
  'section.locked',
  'section.unlocked',
  'template.saved',
  'template.deleted',
  'assessment.opened',
  'assessment.closed',
  'version.created',
  'version.restored',
  'plan.status_changed',
  'plan.revision_started',
  'plan.published',
  'plan.unpublished',
  'input.opened',
  'input.closed',
  'plan.exported',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id, name: z.string() }),
  action: AuditActionSchema,
  plan: z.object({ id, title: z.string() }).nullable(),
  /** Human-readable specifics, e.g. "Dana Ortiz: viewer → commenter". */
  detail: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export const AuditLogSchema = z.object({ events: z.array(AuditEventSchema) });

export const WorkspaceParamsSchema = z.object({ wid: id });
export const PlanParamsSchema = z.object({ id });

export const HealthSchema = z.object({ ok: z.literal(true) });

export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Roles from least to most; a person's effective role in a plan is the higher of two. */
export const ROLE_RANK: Readonly<Record<WorkspaceRole, number>> = { viewer: 0, commenter: 1, editor: 2, facilitator: 3, owner: 4 };

/** Roles that may change a plan's text. */
export const WRITING_ROLES: readonly WorkspaceRole[] = ['owner', 'facilitator', 'editor'];

/** What a role may do; the server enforces it, the client uses it to explain. */
export function capabilitiesOf(role: WorkspaceRole): Capabilities {
  return {
    edit: ROLE_RANK[role] >= ROLE_RANK.editor,
    comment: ROLE_RANK[role] >= ROLE_RANK.commenter,
    manage: ROLE_RANK[role] >= ROLE_RANK.facilitator,
  };
}
