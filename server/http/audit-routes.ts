/** The workspace audit log, for its owners and facilitators. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditLogSchema, capabilitiesOf, WorkspaceParamsSchema } from '../../shared/schemas.ts';
import type { Services } from '../services.ts';
import { forbidden, notFound } from './errors.ts';
import { requireUser } from './session.ts';

export async function auditRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };

  r.get('/api/workspaces/:wid/audit', { schema: { tags: ['audit'], params: WorkspaceParamsSchema, response: { 200: AuditLogSchema } } }, async (request) => {
    const user = requireUser(sessionDeps, request);
    const role = services.accounts.roleInWorkspace(request.params.wid, user.id);
    if (!role) throw notFound('Workspace');
    if (!capabilitiesOf(role).manage) throw forbidden('Only owners and facilitators can read the audit log.');
    return {
      events: services.audit.list(request.params.wid).map((row) => ({
        id: row.id,
        at: new Date(row.at).toISOString(),
        actor: { id: row.actor_id, name: row.actor_name },
        action: row.action,
        plan: row.plan_id ? { id: row.plan_id, title: row.plan_title ?? '' } : null,
        detail: row.detail,
      })),
    };
  });
}
