/** The template catalogue, a workspace's plans, and one plan's metadata. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreatePlanBodySchema,
  PlanListSchema,
  PlanMetaSchema,
  PlanParamsSchema,
  PlanSummarySchema,
  WorkspaceParamsSchema,
  WRITING_ROLES,
} from '../../shared/schemas.ts';
import { summarizeTemplate, TemplateSummarySchema } from '../../shared/templates.ts';
import { resolvePlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import { planMeta, planSummary } from './plan-meta.ts';
import { forbidden, HttpError, notFound } from './errors.ts';
import { requireUser } from './session.ts';


export async function planRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };
  const catalog = [...services.catalog.templates.values()].map(summarizeTemplate);

  r.get('/api/templates', { schema: { tags: ['plans'], response: { 200: z.object({ templates: z.array(TemplateSummarySchema) }) } } }, async () => ({
    templates: catalog,
  }));

  r.get(
    '/api/workspaces/:wid/plans',
    { schema: { tags: ['plans'], params: WorkspaceParamsSchema, response: { 200: PlanListSchema } } },
    async (request) => {
      const user = requireUser(sessionDeps, request);
      if (!services.accounts.roleInWorkspace(request.params.wid, user.id)) throw notFound('Workspace');
      return { plans: services.plans.listForWorkspace(request.params.wid).map(planSummary) };
    },
  );

  r.post(
    '/api/workspaces/:wid/plans',
    { schema: { tags: ['plans'], params: WorkspaceParamsSchema, body: CreatePlanBodySchema, response: { 201: PlanSummarySchema } } },
    async (request, reply) => {
      const user = requireUser(sessionDeps, request);
      const role = services.accounts.roleInWorkspace(request.params.wid, user.id);
      if (!role) throw notFound('Workspace');
      if (!WRITING_ROLES.includes(role)) throw forbidden('Your role in this workspace cannot create plans.');
      // A saved template is found only in the workspace that saved it; any other id is unknown here.
      const template =
        services.catalog.templates.get(request.body.templateId) ?? services.workspaceTemplates.find(request.params.wid, request.body.templateId)?.template;
      if (!template) throw new HttpError(400, 'unknown_template', `There is no template "${request.body.templateId}".`);
      const row = services.planService.create({ workspaceId: request.params.wid, userId: user.id, title: request.body.title, template });
      return reply.code(201).send(planSummary(row));
    },
  );

  r.get('/api/plans/shared', { schema: { tags: ['plans'], response: { 200: PlanListSchema } } }, async (request) => {
    const user = requireUser(sessionDeps, request);
    return { plans: services.plans.sharedWith(user.id).map(planSummary) };
  });

  r.get('/api/plans/:id', { schema: { tags: ['plans'], params: PlanParamsSchema, response: { 200: PlanMetaSchema } } }, async (request) => {
    const user = requireUser(sessionDeps, request);
    const access = resolvePlanAccess(services, user.id, request.params.id);
    if (access.kind === 'not-found') throw notFound('Plan');
    if (access.kind === 'forbidden') throw forbidden('This plan has not been shared with you.');
    return planMeta(services, access);
  });
}
