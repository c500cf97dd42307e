/**
 * Self-assessment rounds. Managers open and close a round; everyone who may comment rates,
 * alone. While a round is open nobody — managers included — can read anyone's ratings but
 * their own, only how many people have rated; once it closes, everyone with access reads
 * the aggregates, never who rated what. A plan the caller has no access to answers 404, so
 * its existence is not revealed.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  aggregateRatings,
  OpenRoundBodySchema,
  RoundDetailSchema,
  RoundListSchema,
  RoundParamsSchema,
  SaveRatingsBodySchema,
  type RoundDetail,
  type RoundSummary,
} from '../../shared/assessment.ts';
import { FRAMEWORKS, findFramework } from '../../shared/frameworks/index.ts';
import { capabilitiesOf, PlanParamsSchema } from '../../shared/schemas.ts';
import { higherRole, resolvePlanAccess, type PlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import type { RoundRow } from '../storage/assessments.ts';
import type { UserRow } from '../storage/accounts.ts';
import { forbidden, HttpError, notFound } from './errors.ts';
import { requireUser } from './session.ts';

type Granted = Extract<PlanAccess, { kind: 'granted' }>;

const EmptyBodySchema = z.strictObject({}).optional();

/** The condition ids of the lens a round was taken on, in the lens's order. */
function roundConditionIds(row: RoundRow): string[] | undefined {
  const framework = FRAMEWORKS.find((f) => f.id === row.framework_id && f.version === row.framework_version);
  return framework?.conditions.map((c) => c.id);
}

export async function assessmentRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };

  /** The signed-in caller with access to the plan; anyone else learns nothing about it. */
  const reader = (request: FastifyRequest, planId: string): { user: UserRow; access: Granted } => {
    const user = requireUser(sessionDeps, request);
    const access = resolvePlanAccess(services, user.id, planId);
    if (access.kind !== 'granted') throw notFound('Plan');
    return { user, access };
  };

  const manager = (request: FastifyRequest, planId: string): { user: UserRow; access: Granted } => {
    const found = reader(request, planId);
    if (!found.access.capabilities.manage) throw forbidden('Only the plan’s owners and facilitators can open and close self-assessment rounds.');
    return found;
  };

  /** How many people may rate in the plan: everyone whose role lets them comment. */
  const eligibleRaters = (access: Granted): number => {
    const roles = new Map(services.accounts.workspaceMembers(access.plan.workspace_id).map((m) => [m.user_id, m.role]));
    for (const member of services.sharing.planMembers(access.plan.id)) roles.set(member.user_id, higherRole(roles.get(member.user_id), member.role)!);
    return [...roles.values()].filter((role) => capabilitiesOf(role).comment).length;
  };

  const summary = (row: RoundRow, eligible: number): RoundSummary => {
    const closed = row.closed_at !== null;
    const ratings = closed ? services.assessments.closedRatings(row.id) : [];
    const conditionIds = roundConditionIds(row) ?? [...new Set(ratings.map((rating) => rating.conditionId))];
    return {
      id: row.id,
      name: row.name,
      frameworkId: row.framework_id,
      frameworkVersion: row.framework_version,
      status: closed ? 'closed' : 'open',
      openedAt: new Date(row.opened_at).toISOString(),
      closedAt: row.closed_at === null ? null : new Date(row.closed_at).toISOString(),
      openedBy: row.opener_name,
      raters: row.raters,
      eligible,
      results: closed ? aggregateRatings(conditionIds, ratings) : null,
    };
  };

  const detail = (row: RoundRow, access: Granted, user: UserRow): RoundDetail => ({
    ...summary(row, eligibleRaters(access)),
    mine: services.assessments.myRatings(row.id, user.id),
  });

  const findRound = (access: Granted, roundId: string): RoundRow => {
    const row = services.assessments.round(access.plan.id, roundId);
    if (!row) throw notFound('Round');
    return row;
  };

  r.get('/api/plans/:id/assessment/rounds', { schema: { tags: ['assessment'], params: PlanParamsSchema, response: { 200: RoundListSchema } } }, async (request) => {
    const { access } = reader(request, request.params.id);
    const eligible = eligibleRaters(access);
    return { rounds: services.assessments.rounds(access.plan.id).map((row) => summary(row, eligible)) };
  });

  r.post(
    '/api/plans/:id/assessment/rounds',
    { schema: { tags: ['assessment'], params: PlanParamsSchema, body: OpenRoundBodySchema, response: { 201: RoundDetailSchema } } },
    async (request, reply) => {
      const { user, access } = manager(request, request.params.id);
      const framework = findFramework(request.body.frameworkId);
      if (!framework) throw new HttpError(400, 'unknown_framework', `There is no lens "${request.body.frameworkId}".`);
      const opened = services.assessments.open({
        planId: access.plan.id,
        name: request.body.name,
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        openedBy: user.id,
      });
      if (opened === 'already-open') throw new HttpError(409, 'round_open', 'A self-assessment round is already open. Close it before opening another.');
      services.audit.record({ workspaceId: access.plan.workspace_id, planId: access.plan.id, actorId: user.id, action: 'assessment.opened', detail: `“${request.body.name}”` });
      return reply.code(201).send(detail(opened, access, user));
    },
  );

  r.get(
    '/api/plans/:id/assessment/rounds/:roundId',
    { schema: { tags: ['assessment'], params: RoundParamsSchema, response: { 200: RoundDetailSchema } } },
    async (request) => {
      const { user, access } = reader(request, request.params.id);
      return detail(findRound(access, request.params.roundId), access, user);
    },
  );

  r.put(
    '/api/plans/:id/assessment/rounds/:roundId/ratings',
    { schema: { tags: ['assessment'], params: RoundParamsSchema, body: SaveRatingsBodySchema, response: { 200: RoundDetailSchema } } },
    async (request) => {
      const { user, access } = reader(request, request.params.id);
      if (!access.capabilities.comment) throw forbidden('Viewers cannot rate. Ask an owner or facilitator for a role that can comment.');
      const row = findRound(access, request.params.roundId);
      const known = new Set(roundConditionIds(row) ?? []);
      const unknown = request.body.ratings.find((rating) => !known.has(rating.conditionId));
      if (unknown) throw new HttpError(400, 'unknown_condition', `"${unknown.conditionId}" is not a condition of this round’s lens.`);
      const saved = services.assessments.replaceRatings(row.id, user.id, request.body.ratings);
      if (saved === 'closed') throw new HttpError(409, 'round_closed', 'This round has closed; its ratings can no longer change.');
      if (saved === 'not-found') throw notFound('Round');
      return detail(findRound(access, row.id), access, user);
    },
  );

  r.post(
    '/api/plans/:id/assessment/rounds/:roundId/close',
    { schema: { tags: ['assessment'], params: RoundParamsSchema, body: EmptyBodySchema, response: { 200: RoundDetailSchema } } },
    async (request) => {
      const { user, access } = manager(request, request.params.id);
      const closed = services.assessments.close(access.plan.id, request.params.roundId);
      if (closed === 'not-found') throw notFound('Round');
      if (closed === 'already-closed') throw new HttpError(409, 'round_closed', 'This round is already closed.');
      const round = findRound(access, request.params.roundId);
      services.audit.record({ workspaceId: access.plan.workspace_id, planId: access.plan.id, actorId: user.id, action: 'assessment.closed', detail: `“${round.name}”` });
      return detail(round, access, user);
    },
  );
}
