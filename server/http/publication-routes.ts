/**
 * Public read-only links to adopted plans (Leader Standard 2e: share lessons). A plan's
 * owners and facilitators publish its adopted version, see the live link and withdraw it.
 * Anyone holding a live link reads the facts and the public copy of the document without
 * signing in (server/public-plan.ts decides what that copy holds); a member of any workspace
 * starts a plan of their own from it. A withdrawn link and one that never existed answer
 * alike, so nobody learns which tokens once worked.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as Y from 'yjs';
import {
  CurrentPublicationSchema,
  FromPublishedBodySchema,
  PublicLinkParamsSchema,
  PublicationSchema,
  PublicPlanFactsSchema,
  PUBLISHED_STATE_TYPE,
  type Publication,
} from '../../shared/publication.ts';
import { FROZEN_STATUSES, PlanParamsSchema, PlanSummarySchema, WorkspaceParamsSchema, WRITING_ROLES } from '../../shared/schemas.ts';
import { describeTemplateIssues, MAX_TEMPLATE_JSON_BYTES, TemplateSchema } from '../../shared/templates.ts';
import type { Config } from '../config.ts';
import { resolvePlanAccess } from '../collab/access.ts';
import { publicPlanDoc, publicPlanState } from '../public-plan.ts';
import type { Services } from '../services.ts';
import type { PlanRow } from '../storage/plans.ts';
import type { PublicationRow } from '../storage/publications.ts';
import { templateFromPlan } from '../template-from-plan.ts';
import { forbidden, HttpError, notFound } from './errors.ts';
import { planSummary } from './plan-meta.ts';
import { requireUser } from './session.ts';

/** A page view is two requests (facts and document); a class sharing one address needs room. */
const PUBLIC_LIMIT_FACTOR = 4;

/** Per-route limit for the public routes, per client address. */
function publicRateLimit(config: Config): { max: number; timeWindow: number } {
  return { max: config.authRateLimitPerMinute * PUBLIC_LIMIT_FACTOR, timeWindow: 60_000 };
}

/** The one answer for a token that is unknown, withdrawn or whose plan is gone. */
const linkGone = (): HttpError => new HttpError(404, 'not_found', 'This link is no longer available. The district may have withdrawn it or published a newer one.');

/** The template id a plan started from a published plan records; no catalogue holds it. */
const FROM_PUBLISHED_TEMPLATE_ID = 'from-published';

/** The public page's address; the client's router serves it at /p/<token>. */
function publicUrl(request: FastifyRequest, token: string): string {
  return `${request.protocol}://${request.headers.host ?? 'localhost'}/p/${token}`;
}

function publicationJson(request: FastifyRequest, row: PublicationRow, plan: PlanRow): Publication {
  return {
    token: row.token,
    url: publicUrl(request, row.token),
    publishedAt: new Date(row.published_at).toISOString(),
    adoptedOn: row.adopted_on,
    revision: row.revision,
    showsLatestAdoption: row.version_id === plan.adopted_version_id,
  };
}

export async function publicationRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };
  const publicLimit = { rateLimit: publicRateLimit(services.config) };

  /** The plan, when the caller manages it. */
  const managed = (request: FastifyRequest, planId: string) => {
    const user = requireUser(sessionDeps, request);
    const access = resolvePlanAccess(services, user.id, planId);
    if (access.kind === 'not-found') throw notFound('Plan');
    if (access.kind === 'forbidden') throw forbidden('This plan has not been shared with you.');
    if (!access.capabilities.manage) throw forbidden('Only the plan’s owners and facilitators can publish it or withdraw its public link.');
    return { user, plan: access.plan };
  };

  /** The live link behind a token, its plan and the frozen document it shows. */
  const live = (token: string) => {
    const row = services.publications.findLive(token);
    const plan = row ? services.plans.find(row.plan_id) : undefined;
    const state = row && plan ? services.versions.state(plan.id, row.version_id) : undefined;
    if (!row || !plan || !state) throw linkGone();
    return { row, plan, state, district: services.accounts.workspaceName(plan.workspace_id) ?? '' };
  };

  r.post(
    '/api/plans/:id/publication',
    { schema: { tags: ['publication'], params: PlanParamsSchema, response: { 201: PublicationSchema } } },
    async (request, reply) => {
      const { user, plan } = managed(request, request.params.id);
      const versionId = plan.adopted_version_id;
      if (!FROZEN_STATUSES.includes(plan.status) || versionId === null || !services.versions.find(plan.id, versionId)) {
        throw new HttpError(409, 'not_adopted', 'Only an adopted plan can be published. Once the board adopts it, its adopted version can be shared.');
      }
      const replaced = services.publications.current(plan.id) !== undefined;
      const row = services.publications.publish({ planId: plan.id, versionId, adoptedOn: plan.adopted_on, revision: plan.revision, publishedBy: user.id });
      const detail = `Revision ${plan.revision}${plan.adopted_on ? `, adopted on ${plan.adopted_on}` : ''}${replaced ? '; the previous link stopped working' : ''}`;
      services.audit.record({ workspaceId: plan.workspace_id, planId: plan.id, actorId: user.id, action: 'plan.published', detail });
      return reply.code(201).send(publicationJson(request, row, plan));
    },
  );

  r.get(
    '/api/plans/:id/publication',
    { schema: { tags: ['publication'], params: PlanParamsSchema, response: { 200: CurrentPublicationSchema } } },
    async (request) => {
      const { plan } = managed(request, request.params.id);
      const row = services.publications.current(plan.id);
      return row ? publicationJson(request, row, plan) : null;
    },
  );

  r.delete('/api/plans/:id/publication', { schema: { tags: ['publication'], params: PlanParamsSchema } }, async (request, reply) => {
    const { user, plan } = managed(request, request.params.id);
    // Withdrawing twice (a double click, two managers at once) is not an error; only a real withdrawal is recorded.
    if (services.publications.revoke(plan.id)) {
      services.audit.record({ workspaceId: plan.workspace_id, planId: plan.id, actorId: user.id, action: 'plan.unpublished', detail: 'The public link stopped working' });
    }
    return reply.code(204).send();
  });

  r.get(
    '/api/public/plans/:token',
    { config: publicLimit, schema: { tags: ['publication'], params: PublicLinkParamsSchema, response: { 200: PublicPlanFactsSchema } } },
    async (request, reply) => {
      const { row, plan, district } = live(request.params.token);
      // Never from a cache: a withdrawn link must stop showing the plan at once.
      reply.header('cache-control', 'no-store');
      return { title: plan.title, district, adoptedOn: row.adopted_on, revision: row.revision, publishedAt: new Date(row.published_at).toISOString() };
    },
  );

  r.get('/api/public/plans/:token/state', { config: publicLimit, schema: { tags: ['publication'], params: PublicLinkParamsSchema } }, async (request, reply) => {
    const { state } = live(request.params.token);
    return reply.header('content-type', PUBLISHED_STATE_TYPE).header('cache-control', 'no-store').send(Buffer.from(publicPlanState(state)));
  });

  r.post(
    '/api/workspaces/:wid/plans/from-published',
    { config: publicLimit, schema: { tags: ['publication'], params: WorkspaceParamsSchema, body: FromPublishedBodySchema, response: { 201: PlanSummarySchema } } },
    async (request, reply) => {
      const user = requireUser(sessionDeps, request);
      const role = services.accounts.roleInWorkspace(request.params.wid, user.id);
      if (!role) throw notFound('Workspace');
      if (!WRITING_ROLES.includes(role)) throw forbidden('Your role in this workspace cannot create plans.');
      const { plan: source, state, district } = live(request.body.token);
      // Only the public copy is read: the new plan can hold nothing the public page does not show.
      const stored = new Y.Doc();
      let candidate: ReturnType<typeof templateFromPlan>;
      try {
        Y.applyUpdate(stored, state);
        const copy = publicPlanDoc(stored);
        try {
          candidate = templateFromPlan(copy, { id: FROM_PUBLISHED_TEMPLATE_ID, name: source.title, summary: `Started from “${source.title}”, adopted by ${district}.`.slice(0, 1000) });
        } finally {
          copy.destroy();
        }
      } finally {
        stored.destroy();
      }
      const parsed = TemplateSchema.safeParse(candidate);
      if (!parsed.success) {
        throw new HttpError(400, 'not_a_template', `A plan cannot be started from this one: ${describeTemplateIssues(parsed.error)}.`);
      }
      if (Buffer.byteLength(JSON.stringify(parsed.data)) > MAX_TEMPLATE_JSON_BYTES) {
        throw new HttpError(413, 'too_large', 'This published plan is too large to start a plan from.');
      }
      const created = services.planService.create({ workspaceId: request.params.wid, userId: user.id, title: request.body.title, template: parsed.data });
      const detail = `Started from “${source.title}”, published by ${district}`;
      services.audit.record({ workspaceId: request.params.wid, planId: created.id, actorId: user.id, action: 'plan.created', detail });
      return reply.code(201).send(planSummary(created));
    },
  );
}
