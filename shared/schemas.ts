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

export const SignupBodySchema = z.strictObject({
  name,
  email,
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
  district: name,
});
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

export const PlanSummarySchema = z.object({
  id,
  workspaceId: id,
  title: z.string(),
  templateId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const PlanListSchema = z.object({ plans: z.array(PlanSummarySchema) });
export type PlanList = z.infer<typeof PlanListSchema>;

export const PlanMetaSchema = PlanSummarySchema.extend({
  workspaceName: z.string(),
  role: WorkspaceRoleSchema,
});
export type PlanMeta = z.infer<typeof PlanMetaSchema>;

export const WorkspaceParamsSchema = z.object({ wid: id });
export const PlanParamsSchema = z.object({ id });

export const HealthSchema = z.object({ ok: z.literal(true) });

export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Roles that may change a plan's text. Later issues narrow this per plan and section. */
export const WRITING_ROLES: readonly WorkspaceRole[] = ['owner', 'facilitator', 'editor'];
