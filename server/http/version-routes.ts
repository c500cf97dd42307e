/**
 * Named versions: frozen copies of a plan's stored document. Everyone who can read the plan
 * lists, reads and compares them; editors and above save them; managers restore one. A
 * restore never rewrites history: it sets the plan's state aside as a version first (so the
 * restore can be undone) and then writes the old content as a new change through the live
 * room, which everyone connected sees at once. Anyone without access to the plan gets 404.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as Y from 'yjs';
import { z } from 'zod';
import { FROZEN_STATUSES, PlanParamsSchema, ROLE_RANK } from '../../shared/schemas.ts';
import {
  compareDocs,
  CompareQuerySchema,
  ComparisonResultSchema,
  CreateVersionBodySchema,
  CURRENT,
  MAX_VERSION_LABEL_LENGTH,
  restoreInto,
  RestoreResultSchema,
  VersionListSchema,
  VersionParamsSchema,
  VersionSchema,
  type Version,
} from '../../shared/versions.ts';
import { resolvePlanAccess, type PlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import type { UserRow } from '../storage/accounts.ts';
import type { VersionRow } from '../storage/versions.ts';
import { forbidden, HttpError, notFound } from './errors.ts';
import { requireUser } from './session.ts';
import { statusRoutes } from './status-routes.ts';

type Granted = Extract<PlanAccess, { kind: 'granted' }>;

const CompareParamsSchema = z.object({ id: PlanParamsSchema.shape.id });
const RestoreBodySchema = z.strictObject({}).optional();

function versionJson(row: VersionRow): Version {
  return { id: row.id, label: row.label, kind: row.kind, createdBy: row.created_by_name, createdAt: new Date(row.created_at).toISOString() };
}

const SET_ASIDE = /^Before restoring “(.*)”$/u;

/**
 * The label of the version a restore sets aside: `Before restoring “label”`, or, when the
 * restore is the undo of another one, `Before undoing the restore of “label”` — shortened to
 * fit a version label either way.
 */
function setAsideLabel(row: VersionRow): string {
  const undone = row.kind === 'before-restore' ? SET_ASIDE.exec(row.label)?.[1] : undefined;
  const [before, label] = undone === undefined ? ['Before restoring', row.label] : ['Before undoing the restore of', undone];
  const room = MAX_VERSION_LABEL_LENGTH - `${before} “”`.length;
  return `${before} “${label.length > room ? `${label.slice(0, room - 1)}…` : label}”`;
}

export async function versionRoutes(app: FastifyInstance, services: Services): Promise<void> {
  await statusRoutes(app, services);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };

  /** Anyone who can read the plan; everyone else learns nothing about it. */
  const reader = (request: FastifyRequest, planId: string): { user: UserRow; access: Granted } => {
    const user = requireUser(sessionDeps, request);
    const access = resolvePlanAccess(services, user.id, planId);
    if (access.kind !== 'granted') throw notFound('Plan');
    return { user, access };
  };

  const versionOf = (planId: string, versionId: string): VersionRow => {
    const row = services.versions.find(planId, versionId);
    if (!row) throw notFound('Version');
    return row;
  };

  /** The plan as stored, once every update its live room applied so far is stored too. */
  const storedState = async (planId: string): Promise<Y.Doc> => {
    await services.registry.settled(planId);
    return services.planService.readState(planId);
  };

  const frozenDoc = (planId: string, versionId: string): Y.Doc => {
    const state = services.versions.state(planId, versionId);
    if (!state) throw notFound('Version');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return doc;
  };

  const audit = (access: Granted, actorId: string, action: 'version.created' | 'version.restored', detail: string): void =>
    services.audit.record({ workspaceId: access.plan.workspace_id, planId: access.plan.id, actorId, action, detail });

  r.get('/api/plans/:id/versions', { schema: { tags: ['versions'], params: PlanParamsSchema, response: { 200: VersionListSchema } } }, async (request) => {
    const { access } = reader(request, request.params.id);
    return { versions: services.versions.list(access.plan.id).map(versionJson) };
  });

  r.post(
    '/api/plans/:id/versions',
    { schema: { tags: ['versions'], params: PlanParamsSchema, body: CreateVersionBodySchema, response: { 201: VersionSchema } } },
    async (request, reply) => {
      const { user, access } = reader(request, request.params.id);
      // By role, not by the edit right: a frozen (adopted) plan can still be given a named version.
      if (ROLE_RANK[access.role] < ROLE_RANK.editor) throw forbidden('Only editors, facilitators and owners can save versions of this plan.');
      const doc = await storedState(access.plan.id);
      try {
        const row = services.versions.create({ planId: access.plan.id, label: request.body.label, kind: 'named', state: Y.encodeStateAsUpdate(doc), createdBy: user.id });
        audit(access, user.id, 'version.created', `“${row.label}”`);
        return reply.code(201).send(versionJson(row));
      } finally {
        doc.destroy();
      }
    },
  );

  r.get('/api/plans/:id/versions/:vid/state', { schema: { tags: ['versions'], params: VersionParamsSchema } }, async (request, reply) => {
    const { access } = reader(request, request.params.id);
    const state = services.versions.state(access.plan.id, request.params.vid);
    if (!state) throw notFound('Version');
    // Not cached: a browser shared between accounts must not hand one person's plan to another.
    return reply.type('application/octet-stream').header('cache-control', 'private, no-store').send(Buffer.from(state));
  });

  r.get(
    '/api/plans/:id/compare',
    { schema: { tags: ['versions'], params: CompareParamsSchema, querystring: CompareQuerySchema, response: { 200: ComparisonResultSchema } } },
    async (request) => {
      const { access } = reader(request, request.params.id);
      const planId = access.plan.id;
      const side = async (ref: string): Promise<{ doc: Y.Doc; id: string; label: string }> =>
        ref === CURRENT
          ? { doc: await storedState(planId), id: CURRENT, label: 'The current plan' }
          : { label: versionOf(planId, ref).label, doc: frozenDoc(planId, ref), id: ref };
      const from = await side(request.query.from);
      try {
        const to = await side(request.query.to);
        try {
          return { from: { id: from.id, label: from.label }, to: { id: to.id, label: to.label }, ...compareDocs(from.doc, to.doc) };
        } finally {
          to.doc.destroy();
        }
      } finally {
        from.doc.destroy();
      }
    },
  );

  r.post(
    '/api/plans/:id/versions/:vid/restore',
    { schema: { tags: ['versions'], params: VersionParamsSchema, body: RestoreBodySchema, response: { 200: RestoreResultSchema } } },
    async (request) => {
      const { user, access } = reader(request, request.params.id);
      const planId = access.plan.id;
      const row = versionOf(planId, request.params.vid);
      if (!access.capabilities.manage) throw forbidden('Only the plan’s owners and facilitators can restore a version.');
      if (FROZEN_STATUSES.includes(access.plan.status)) {
        throw new HttpError(409, 'plan_frozen', 'This plan is adopted and frozen: start a new revision to change it.');
      }
      const source = frozenDoc(planId, row.id);
      let before: VersionRow | undefined;
      try {
        await services.registry.change(planId, (doc) => {
          // Set aside what the plan holds at this very moment (nobody's update can land in
          // between), so that restoring this version undoes the restore.
          before = services.versions.create({ planId, label: setAsideLabel(row), kind: 'before-restore', state: Y.encodeStateAsUpdate(doc), createdBy: user.id });
          restoreInto(doc, source);
        });
      } finally {
        source.destroy();
      }
      if (!before) throw new Error('the restore ran without setting the plan aside');
      audit(access, user.id, 'version.restored', `“${row.label}”`);
      return { restored: versionJson(row), beforeRestore: versionJson(before) };
    },
  );
}
