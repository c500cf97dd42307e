/**
 * Sharing a plan: members, invite links and section locks. Only the plan's managers
 * (workspace owners and facilitators) may change any of it, and nobody changes their own
 * role. Every change is written to the audit log and reaches open sockets at once.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangeRoleBodySchema,
  CreateInviteBodySchema,
  InviteParamsSchema,
  InviteSchema,
  MemberListSchema,
  MemberParamsSchema,
  MemberSchema,
  PlanParamsSchema,
  SectionEditorsBodySchema,
  SectionLockSchema,
  SectionParamsSchema,
  ShareBodySchema,
  ShareResultSchema,
  type Invite,
  type Member,
  type PlanRole,
  capabilitiesOf,
} from '../../shared/schemas.ts';
import { resolvePlanAccess, type PlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import type { InviteRow } from '../storage/sharing.ts';
import type { UserRow } from '../storage/accounts.ts';
import { forbidden, HttpError, notFound } from './errors.ts';
import { requireUser } from './session.ts';
import { shareRateLimit } from './security.ts';

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type Granted = Extract<PlanAccess, { kind: 'granted' }>;

export function inviteJson(row: InviteRow, url?: string): Invite {
  return {
    id: row.id,
    role: row.role,
    email: row.email,
    expiresAt: new Date(row.expires_at).toISOString(),
    createdBy: row.creator_name,
    ...(url ? { url } : {}),
  };
}

export async function sharingRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };

  /** The signed-in manager of a plan, or the reason they are not. */
  const manager = (request: FastifyRequest, planId: string): { user: UserRow; access: Granted } => {
    const user = requireUser(sessionDeps, request);
    const access = resolvePlanAccess(services, user.id, planId);
    if (access.kind === 'not-found') throw notFound('Plan');
    if (access.kind === 'forbidden') throw forbidden('This plan has not been shared with you.');
    if (!access.capabilities.manage) throw forbidden('Only the plan’s owners and facilitators can manage sharing.');
    return { user, access };
  };

  const memberOf = (planId: string, userId: string): Member | undefined => {
    const access = resolvePlanAccess(services, userId, planId);
    const person = services.accounts.findById(userId);
    if (access.kind !== 'granted' || !person) return undefined;
    const fromPlan = services.sharing.planRole(planId, userId);
    const fromWorkspace = services.accounts.roleInWorkspace(access.plan.workspace_id, userId);
    const source = fromPlan && (!fromWorkspace || access.role === fromPlan) ? 'plan' : 'workspace';
    return { userId, name: person.name, email: person.email, role: access.role, source };
  };

  const refresh = (planId: string, userId: string | undefined): void => {
    services.registry.refreshAccess(planId, userId, (uid) => {
      const access = resolvePlanAccess(services, uid, planId);
      return access.kind === 'granted' ? { rule: access.rule } : undefined;
    });
  };

  const audit = (access: Granted, actorId: string, action: Parameters<Services['audit']['record']>[0]['action'], detail: string): void =>
    services.audit.record({ workspaceId: access.plan.workspace_id, planId: access.plan.id, actorId, action, detail });

  const inviteUrl = (request: FastifyRequest, token: string): string => `${request.protocol}://${request.headers.host ?? 'localhost'}/invite/${token}`;

  const createInvite = (request: FastifyRequest, access: Granted, user: UserRow, role: PlanRole, email: string | null): Invite => {
    const created = services.sharing.createInvite({ planId: access.plan.id, role, email, createdBy: user.id, ttlMs: INVITE_TTL_MS });
    audit(access, user.id, 'invite.created', `${role} invite${email ? ` for ${email}` : ' link'}`);
    return inviteJson(services.sharing.invite(access.plan.id, created.id)!, inviteUrl(request, created.token));
  };

  r.get('/api/plans/:id/members', { schema: { tags: ['sharing'], params: PlanParamsSchema, response: { 200: MemberListSchema } } }, async (request) => {
    const { access } = manager(request, request.params.id);
    const ids = new Set([
      ...services.accounts.workspaceMembers(access.plan.workspace_id).map((m) => m.user_id),
      ...services.sharing.planMembers(access.plan.id).map((m) => m.user_id),
    ]);
    const members = [...ids].map((id) => memberOf(access.plan.id, id)).filter((m): m is Member => m !== undefined);
    members.sort((a, b) => a.name.localeCompare(b.name));
    return { members, invites: services.sharing.pendingInvites(access.plan.id).map((row) => inviteJson(row)) };
  });

  r.post(
    '/api/plans/:id/members',
    { config: { rateLimit: shareRateLimit(services.config) }, schema: { tags: ['sharing'], params: PlanParamsSchema, body: ShareBodySchema, response: { 201: ShareResultSchema } } },
    async (request, reply) => {
      const { user, access } = manager(request, request.params.id);
      const { email, role } = request.body;
      const person = services.accounts.findByEmail(email);
      if (!person) return reply.code(201).send({ kind: 'invite' as const, invite: createInvite(request, access, user, role, email) });
      if (person.id === user.id) throw new HttpError(403, 'own_role', 'You cannot change your own role.');
      services.sharing.setPlanRole(access.plan.id, person.id, role, user.id);
      audit(access, user.id, 'member.added', `${person.name} as ${role}`);
      refresh(access.plan.id, person.id);
      return reply.code(201).send({ kind: 'member' as const, member: memberOf(access.plan.id, person.id)! });
    },
  );

  /** The target of a role change or removal: someone else, shared with this plan directly. */
  const planMemberTarget = (access: Granted, user: UserRow, userId: string): { name: string; role: PlanRole } => {
    if (userId === user.id) throw new HttpError(403, 'own_role', 'You cannot change your own role.');
    const role = services.sharing.planRole(access.plan.id, userId);
    if (!role) {
      if (services.accounts.roleInWorkspace(access.plan.workspace_id, userId)) {
        throw new HttpError(409, 'workspace_member', 'This person’s role comes from the district workspace, not from sharing this plan.');
      }
      throw notFound('Member');
    }
    return { name: services.accounts.findById(userId)?.name ?? userId, role };
  };

  r.patch(
    '/api/plans/:id/members/:userId',
    { schema: { tags: ['sharing'], params: MemberParamsSchema, body: ChangeRoleBodySchema, response: { 200: MemberSchema } } },
    async (request) => {
      const { user, access } = manager(request, request.params.id);
      const target = planMemberTarget(access, user, request.params.userId);
      services.sharing.setPlanRole(access.plan.id, request.params.userId, request.body.role, user.id);
      audit(access, user.id, 'member.role_changed', `${target.name}: ${target.role} → ${request.body.role}`);
      refresh(access.plan.id, request.params.userId);
      return memberOf(access.plan.id, request.params.userId)!;
    },
  );

  r.delete('/api/plans/:id/members/:userId', { schema: { tags: ['sharing'], params: MemberParamsSchema, response: { 204: z.null() } } }, async (request, reply) => {
    const { user, access } = manager(request, request.params.id);
    const target = planMemberTarget(access, user, request.params.userId);
    services.sharing.removePlanMember(access.plan.id, request.params.userId);
    audit(access, user.id, 'member.removed', `${target.name} (was ${target.role})`);
    refresh(access.plan.id, request.params.userId);
    return reply.code(204).send(null);
  });

  r.post(
    '/api/plans/:id/invites',
    { config: { rateLimit: shareRateLimit(services.config) }, schema: { tags: ['sharing'], params: PlanParamsSchema, body: CreateInviteBodySchema, response: { 201: InviteSchema } } },
    async (request, reply) => {
      const { user, access } = manager(request, request.params.id);
      return reply.code(201).send(createInvite(request, access, user, request.body.role, request.body.email ?? null));
    },
  );

  r.delete('/api/plans/:id/invites/:inviteId', { schema: { tags: ['sharing'], params: InviteParamsSchema, response: { 204: z.null() } } }, async (request, reply) => {
    const { user, access } = manager(request, request.params.id);
    const invite = services.sharing.invite(access.plan.id, request.params.inviteId);
    if (!invite) throw notFound('Invite');
    services.sharing.revokeInvite(invite.id);
    audit(access, user.id, 'invite.revoked', `${invite.role} invite${invite.email ? ` for ${invite.email}` : ' link'}`);
    return reply.code(204).send(null);
  });

  r.put(
    '/api/plans/:id/sections/:sectionId/editors',
    { schema: { tags: ['sharing'], params: SectionParamsSchema, body: SectionEditorsBodySchema, response: { 200: SectionLockSchema } } },
    async (request) => {
      const { user, access } = manager(request, request.params.id);
      const editors = request.body.editorIds.map((id) => {
        const member = memberOf(access.plan.id, id);
        if (!member || !capabilitiesOf(member.role).edit) {
          throw new HttpError(400, 'not_an_editor', 'A locked section’s editors must be people who can edit this plan.');
        }
        return { id, name: member.name };
      });
      services.sharing.setSectionLock(access.plan.id, request.params.sectionId, editors.map((e) => e.id));
      const locked = editors.length > 0;
      audit(access, user.id, locked ? 'section.locked' : 'section.unlocked',
        locked ? `${request.params.sectionId} to ${editors.map((e) => e.name).join(', ')}` : request.params.sectionId);
      refresh(access.plan.id, undefined);
      return { sectionId: request.params.sectionId, editors };
    },
  );
}
