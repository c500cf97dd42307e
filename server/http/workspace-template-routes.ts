/**
 * Templates a workspace saves from its own plans. The workspace's owners and facilitators
 * save and delete them; every member of the workspace sees them in the new-plan form, and
 * nobody outside it learns they exist. Creating a plan from one is in plan-routes.ts.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { capabilitiesOf, PlanParamsSchema, WorkspaceParamsSchema } from '../../shared/schemas.ts';
import {
  describeTemplateIssues,
  MAX_TEMPLATE_JSON_BYTES,
  MAX_WORKSPACE_TEMPLATES,
  SaveAsTemplateBodySchema,
  summarizeSavedTemplate,
  TemplateSchema,
  WorkspaceTemplateListSchema,
  WorkspaceTemplateParamsSchema,
  WorkspaceTemplateSchema,
  type WorkspaceTemplate,
} from '../../shared/templates.ts';
import { resolvePlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import type { SavedTemplate } from '../storage/workspace-templates.ts';
import { templateFromPlan } from '../template-from-plan.ts';
import { forbidden, HttpError, notFound } from './errors.ts';
import { requireUser } from './session.ts';

function templateJson(saved: SavedTemplate): WorkspaceTemplate {
  return { ...summarizeSavedTemplate(saved.template), savedAt: new Date(saved.savedAt).toISOString(), savedBy: saved.savedBy };
}

/** Saved templates get ids no shipped file uses, so the two catalogues never collide. */
function newTemplateId(): string {
  return `ws-${randomBytes(9).toString('hex')}`;
}

export async function workspaceTemplateRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };

  /** The caller's role in a workspace; a workspace they are not in does not exist for them. */
  const workspaceRole = (userId: string, workspaceId: string) => {
    const role = services.accounts.roleInWorkspace(workspaceId, userId);
    if (!role) throw notFound('Workspace');
    return role;
  };

  r.post(
    '/api/plans/:id/save-as-template',
    { schema: { tags: ['templates'], params: PlanParamsSchema, body: SaveAsTemplateBodySchema, response: { 201: WorkspaceTemplateSchema } } },
    async (request, reply) => {
      const user = requireUser(sessionDeps, request);
      const access = resolvePlanAccess(services, user.id, request.params.id);
      if (access.kind === 'not-found') throw notFound('Plan');
      if (access.kind === 'forbidden') throw forbidden('This plan has not been shared with you.');
      const { plan } = access;
      // A template lands in the plan's workspace, so only that workspace's managers may add one.
      const role = services.accounts.roleInWorkspace(plan.workspace_id, user.id);
      if (!role || !capabilitiesOf(role).manage) throw forbidden('Only the workspace’s owners and facilitators can save a plan as a template.');
      if (services.workspaceTemplates.count(plan.workspace_id) >= MAX_WORKSPACE_TEMPLATES) {
        throw new HttpError(409, 'too_many_templates', `This workspace already keeps ${MAX_WORKSPACE_TEMPLATES} templates. Delete one before saving another.`);
      }
      const { name, summary } = request.body;
      // The preview facts (audience, span) come from the template the plan itself started from.
      const origin = services.catalog.templates.get(plan.template_id) ?? services.workspaceTemplates.find(plan.workspace_id, plan.template_id)?.template;
      const doc = services.planService.readState(plan.id);
      let candidate: ReturnType<typeof templateFromPlan>;
      try {
        candidate = templateFromPlan(doc, {
          id: newTemplateId(),
          name,
          summary: summary || `Saved from the plan “${plan.title}”.`.slice(0, 1000),
          audience: origin?.audience,
          horizon: origin?.horizon,
        });
      } finally {
        doc.destroy();
      }
      const parsed = TemplateSchema.safeParse(candidate);
      if (!parsed.success) {
        throw new HttpError(400, 'not_a_template', `This plan cannot be saved as a template: ${describeTemplateIssues(parsed.error)}.`);
      }
      if (Buffer.byteLength(JSON.stringify(parsed.data)) > MAX_TEMPLATE_JSON_BYTES) {
        throw new HttpError(413, 'too_large', 'This plan is too large to save as a template. Shorten its sections or remove some goals first.');
      }
      services.workspaceTemplates.add({ workspaceId: plan.workspace_id, template: parsed.data, savedBy: user.id });
      services.audit.record({ workspaceId: plan.workspace_id, planId: plan.id, actorId: user.id, action: 'template.saved', detail: `“${name}”` });
      const saved = services.workspaceTemplates.find(plan.workspace_id, parsed.data.id);
      if (!saved) throw new Error('a template just saved could not be read back');
      return reply.code(201).send(templateJson(saved));
    },
  );

  r.get(
    '/api/workspaces/:wid/templates',
    { schema: { tags: ['templates'], params: WorkspaceParamsSchema, response: { 200: WorkspaceTemplateListSchema } } },
    async (request) => {
      const user = requireUser(sessionDeps, request);
      workspaceRole(user.id, request.params.wid);
      return { templates: services.workspaceTemplates.list(request.params.wid).map(templateJson) };
    },
  );

  r.delete('/api/workspaces/:wid/templates/:tid', { schema: { tags: ['templates'], params: WorkspaceTemplateParamsSchema } }, async (request, reply) => {
    const user = requireUser(sessionDeps, request);
    const { wid, tid } = request.params;
    if (!capabilitiesOf(workspaceRole(user.id, wid)).manage) throw forbidden('Only the workspace’s owners and facilitators can delete its templates.');
    const saved = services.workspaceTemplates.find(wid, tid);
    if (!saved || !services.workspaceTemplates.remove(wid, tid)) throw notFound('Template');
    services.audit.record({ workspaceId: wid, planId: null, actorId: user.id, action: 'template.deleted', detail: `“${saved.template.name}”` });
    return reply.code(204).send();
  });
}
