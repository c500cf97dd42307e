/**
 * Workspace (district) membership. Owners grant any role but owner; facilitators grant
 * editor, commenter or viewer and cannot touch owners or other facilitators; nobody
 * changes their own role. Open sockets follow the change at once.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  capabilitiesOf,
  ROLE_RANK,
  WorkspaceMemberBodySchema,
  WorkspaceMemberListSchema,
  WorkspaceMemberParamsSchema,
  WorkspaceMemberSchema,
  WorkspaceParamsSchema,
  WorkspaceRoleBodySchema,
  type WorkspaceRole,
} from '../../shared/schemas.ts';
import { resolvePlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import type { UserRow } from '../storage/accounts.ts';
import { forbidden, HttpError, notFound } from './errors.ts';
import { requireUser } from './session.ts';

export async function workspaceRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };

  const caller = (request: FastifyRequest, wid: string): { user: UserRow; role: WorkspaceRole } => {
    const user = requireUser(sessionDeps, request);
    const role = services.accounts.roleInWorkspace(wid, user.id);
    if (!role) throw notFound('Workspace');
    return { user, role };
  };

  /** A manager may act on roles strictly below their own. */
  const mayGrant = (mine: WorkspaceRole, role: WorkspaceRole): boolean => capabilitiesOf(mine).manage && ROLE_RANK[role] < ROLE_RANK[mine];

  const refreshPlans = (wid: string, userId: string): void => {
    for (const plan of services.plans.listForWorkspace(wid)) {
      services.registry.refreshAccess(plan.id, userId, (uid) => {
        const access = resolvePlanAccess(services, uid, plan.id);
        return access.kind === 'granted' ? { rule: access.rule } : undefined;
      });
    }
  };

  const target = (wid: string, me: UserRow, mine: WorkspaceRole, userId: string, newRole?: WorkspaceRole): { name: string; role: WorkspaceRole } => {
    if (userId === me.id) throw new HttpError(403, 'own_role', 'You cannot change your own role.');
    const role = services.accounts.roleInWorkspace(wid, userId);
    if (!role) throw notFound('Member');
    if (!mayGrant(mine, role) || (newRole && !mayGrant(mine, newRole))) throw forbidden('Your role cannot change this person’s role.');
    return { name: services.accounts.findById(userId)?.name ?? userId, role };
  };

  r.get('/api/workspaces/:wid/members', { schema: { tags: ['workspaces'], params: WorkspaceParamsSchema, response: { 200: WorkspaceMemberListSchema } } }, async (request) => {
    caller(request, request.params.wid);
    return { members: services.accounts.workspaceMembers(request.params.wid).map((m) => ({ userId: m.user_id, name: m.name, email: m.email, role: m.role })) };
  });

  r.post(
    '/api/workspaces/:wid/members',
    { schema: { tags: ['workspaces'], params: WorkspaceParamsSchema, body: WorkspaceMemberBodySchema, response: { 201: WorkspaceMemberSchema } } },
    async (request, reply) => {
      const { wid } = request.params;
      const { user, role: mine } = caller(request, wid);
      if (!mayGrant(mine, request.body.role)) throw forbidden('Your role cannot grant this role.');
      const person = services.accounts.findByEmail(request.body.email);
      if (!person) throw new HttpError(404, 'unknown_user', 'Nobody has signed up with that e-mail yet. Share a plan with them to send an invite link.');
      if (person.id === user.id) throw new HttpError(403, 'own_role', 'You cannot change your own role.');
      const existing = services.accounts.roleInWorkspace(wid, person.id);
      if (existing && !mayGrant(mine, existing)) throw forbidden('Your role cannot change this person’s role.');
      services.accounts.setWorkspaceRole(wid, person.id, request.body.role);
      services.audit.record({ workspaceId: wid, planId: null, actorId: user.id, action: 'workspace.member_added', detail: `${person.name} as ${request.body.role}` });
      refreshPlans(wid, person.id);
      return reply.code(201).send({ userId: person.id, name: person.name, email: person.email, role: request.body.role });
    },
  );

  r.patch(
    '/api/workspaces/:wid/members/:userId',
    { schema: { tags: ['workspaces'], params: WorkspaceMemberParamsSchema, body: WorkspaceRoleBodySchema, response: { 200: WorkspaceMemberSchema } } },
    async (request) => {
      const { wid, userId } = request.params;
      const { user, role: mine } = caller(request, wid);
      const before = target(wid, user, mine, userId, request.body.role);
      services.accounts.setWorkspaceRole(wid, userId, request.body.role);
      services.audit.record({ workspaceId: wid, planId: null, actorId: user.id, action: 'workspace.role_changed', detail: `${before.name}: ${before.role} → ${request.body.role}` });
      refreshPlans(wid, userId);
      const person = services.accounts.findById(userId)!;
      return { userId, name: person.name, email: person.email, role: request.body.role };
    },
  );

  r.delete('/api/workspaces/:wid/members/:userId', { schema: { tags: ['workspaces'], params: WorkspaceMemberParamsSchema, response: { 204: z.null() } } }, async (request, reply) => {
    const { wid, userId } = request.params;
    const { user, role: mine } = caller(request, wid);
    const before = target(wid, user, mine, userId);
    services.accounts.removeFromWorkspace(wid, userId);
    services.audit.record({ workspaceId: wid, planId: null, actorId: user.id, action: 'workspace.member_removed', detail: `${before.name} (was ${before.role})` });
    refreshPlans(wid, userId);
    return reply.code(204).send(null);
  });
}
