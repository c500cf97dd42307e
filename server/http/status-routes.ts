/**
 * The adoption workflow: draft ⇄ in review → adopted (by the board, on a date) → archived,
 * and new revisions of an adopted plan. Only the plan's managers move it. Adoption freezes a
 * version of the stored document, so what the board adopted can always be read and compared
 * against; every move reaches open sockets at once (an adopted plan is frozen for everyone).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as Y from 'yjs';
import { z } from 'zod';
import { PlanMetaSchema, PlanParamsSchema, type PlanStatus } from '../../shared/schemas.ts';
import { adoptedVersionLabel, allowedMoves, canStartRevision, STATUS_NAMES, StatusChangeBodySchema } from '../../shared/versions.ts';
import { resolvePlanAccess, type PlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import type { UserRow } from '../storage/accounts.ts';
import { forbidden, HttpError, notFound } from './errors.ts';
import { planMeta } from './plan-meta.ts';
import { requireUser } from './session.ts';

type Granted = Extract<PlanAccess, { kind: 'granted' }>;

const EmptyBodySchema = z.strictObject({}).optional();

/** Why a move is not allowed, in words a facilitator can act on. */
function refusal(from: PlanStatus, to: PlanStatus): string {
  if (from === to) return `The plan is already ${STATUS_NAMES[to].toLowerCase()}.`;
  if (from === 'adopted' || from === 'archived') {
    return to === 'archived' ? 'Only an adopted plan can be archived.' : `An ${STATUS_NAMES[from].toLowerCase()} plan changes only through a new revision: start one instead.`;
  }
  if (to === 'adopted') return 'Only a plan in review can be adopted: send it for review first.';
  if (to === 'archived') return 'Only an adopted plan can be archived.';
  return `A plan cannot move from ${STATUS_NAMES[from].toLowerCase()} to ${STATUS_NAMES[to].toLowerCase()}.`;
}

/** Managers of a plan; anyone without access learns nothing about it. */
export function planManager(services: Services, request: FastifyRequest, planId: string, what: string): { user: UserRow; access: Granted } {
  const user = requireUser({ ...services, cookieSecure: services.config.cookieSecure }, request);
  const access = resolvePlanAccess(services, user.id, planId);
  if (access.kind !== 'granted') throw notFound('Plan');
  if (!access.capabilities.manage) throw forbidden(`Only the plan’s owners and facilitators can ${what}.`);
  return { user, access };
}

/** Tells every open socket of the plan its new rule (frozen or not); their pages re-read their rights. */
export function refreshEveryone(services: Services, planId: string): void {
  services.registry.refreshAccess(planId, undefined, (userId) => {
    const access = resolvePlanAccess(services, userId, planId);
    return access.kind === 'granted' ? { rule: access.rule } : undefined;
  });
}

export async function statusRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const metaFor = (userId: string, planId: string) => {
    const access = resolvePlanAccess(services, userId, planId);
    if (access.kind !== 'granted') throw notFound('Plan');
    return planMeta(services, access);
  };

  /** Freezes the stored document as the adopted version; every update applied before the move is in it. */
  const freezeAdopted = async (planId: string, adoptedOn: string, userId: string): Promise<string> => {
    await services.registry.settled(planId);
    const doc = services.planService.readState(planId);
    try {
      return services.versions.create({ planId, label: adoptedVersionLabel(adoptedOn), kind: 'adopted', state: Y.encodeStateAsUpdate(doc), createdBy: userId }).id;
    } finally {
      doc.destroy();
    }
  };

  r.post(
    '/api/plans/:id/status',
    { schema: { tags: ['review'], params: PlanParamsSchema, body: StatusChangeBodySchema, response: { 200: PlanMetaSchema } } },
    async (request) => {
      const { user, access } = planManager(services, request, request.params.id, 'change the plan’s status');
      const from = access.plan.status;
      const { status: to, adoptedOn } = request.body;
      if (!allowedMoves(from).includes(to)) throw new HttpError(409, 'status_conflict', refusal(from, to));
      const planId = access.plan.id;
      if (to === 'adopted' && adoptedOn !== undefined) {
        // Frozen first, so nothing written after the move can slip into the adopted version.
        services.plans.setStatus(planId, { status: 'adopted', adoptedOn });
        refreshEveryone(services, planId);
        try {
          services.plans.setStatus(planId, { status: 'adopted', adoptedVersionId: await freezeAdopted(planId, adoptedOn, user.id) });
        } catch (error) {
          services.plans.setStatus(planId, { status: from, adoptedOn: access.plan.adopted_on });
          refreshEveryone(services, planId);
          throw error;
        }
      } else {
        services.plans.setStatus(planId, { status: to });
        refreshEveryone(services, planId);
      }
      const detail = `${STATUS_NAMES[from]} → ${STATUS_NAMES[to]}${adoptedOn ? ` (board adoption ${adoptedOn})` : ''}`;
      services.audit.record({ workspaceId: access.plan.workspace_id, planId, actorId: user.id, action: 'plan.status_changed', detail });
      return metaFor(user.id, planId);
    },
  );

  r.post(
    '/api/plans/:id/revisions',
    { schema: { tags: ['review'], params: PlanParamsSchema, body: EmptyBodySchema, response: { 200: PlanMetaSchema } } },
    async (request) => {
      const { user, access } = planManager(services, request, request.params.id, 'start a new revision');
      const { status, revision } = access.plan;
      if (!canStartRevision(status)) {
        throw new HttpError(409, 'status_conflict', 'A new revision starts from an adopted or archived plan; this one is still being written.');
      }
      // The adopted version stays recorded, so the amendment is compared against what the board adopted.
      services.plans.setStatus(access.plan.id, { status: 'draft', revision: revision + 1 });
      refreshEveryone(services, access.plan.id);
      services.audit.record({
        workspaceId: access.plan.workspace_id,
        planId: access.plan.id,
        actorId: user.id,
        action: 'plan.revision_started',
        detail: `Revision ${revision + 1} (from ${STATUS_NAMES[status].toLowerCase()})`,
      });
      return metaFor(user.id, access.plan.id);
    },
  );
}
