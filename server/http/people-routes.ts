/**
 * Who can be named as an action step's owner (everyone with access to the plan), and who
 * wrote with each of the plan's Yjs client ids (the authors of comments).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PlanAuthorsSchema, PlanPeopleSchema, type PlanPerson } from '../../shared/people.ts';
import { PlanParamsSchema, type WorkspaceRole } from '../../shared/schemas.ts';
import { higherRole, resolvePlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import { PlanAuthorStore } from '../storage/client-ids.ts';
import { forbidden, notFound } from './errors.ts';
import { requireUser } from './session.ts';

interface RoleRow {
  user_id: string;
  name: string;
  role: WorkspaceRole;
}

/**
 * Workspace members and plan members as one list, each person once with the higher of their
 * two roles (the rule resolvePlanAccess applies), sorted by name.
 */
export function mergePeople(workspaceMembers: readonly RoleRow[], planMembers: readonly RoleRow[]): PlanPerson[] {
  const byId = new Map<string, PlanPerson>();
  for (const row of [...workspaceMembers, ...planMembers]) {
    const known = byId.get(row.user_id);
    const role = higherRole(known?.role, row.role) ?? row.role;
    byId.set(row.user_id, { id: row.user_id, name: row.name, role });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export async function peopleRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };

  // Readable by anyone who can open the plan: a viewer reading the plan sees owners' names too.
  r.get('/api/plans/:id/people', { schema: { tags: ['sharing'], params: PlanParamsSchema, response: { 200: PlanPeopleSchema } } }, async (request) => {
    const user = requireUser(sessionDeps, request);
    const access = resolvePlanAccess(services, user.id, request.params.id);
    if (access.kind === 'not-found') throw notFound('Plan');
    if (access.kind === 'forbidden') throw forbidden('This plan has not been shared with you.');
    const people = mergePeople(services.accounts.workspaceMembers(access.plan.workspace_id), services.sharing.planMembers(access.plan.id));
    return { people };
  });

  // Comments name no one in the document: a message's author is whoever owns the client id
  // that wrote it, as recorded here when that id first wrote. Former members stay listed, so
  // their comments keep their names.
  const authors = new PlanAuthorStore(services.db);
  r.get('/api/plans/:id/authors', { schema: { tags: ['sharing'], params: PlanParamsSchema, response: { 200: PlanAuthorsSchema } } }, async (request) => {
    const user = requireUser(sessionDeps, request);
    const access = resolvePlanAccess(services, user.id, request.params.id);
    if (access.kind === 'not-found') throw notFound('Plan');
    if (access.kind === 'forbidden') throw forbidden('This plan has not been shared with you.');
    return { authors: authors.list(access.plan.id) };
  });
}
