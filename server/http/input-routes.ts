/**
 * Stakeholder input rounds (2d). Managers open and close a round on some of the plan's
 * sections for one group; everyone who may comment takes part: rates the sections, leaves
 * points and star-rates other people's points. Managers read the results at any time, everyone
 * else with access once the round has closed.
 *
 * Participants are pseudonymous to everyone, managers included: answers about other people's
 * contributions carry pseudonyms only, never a user id, name or e-mail. A plan the caller has no
 * access to answers 404, so its existence is not revealed.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddPointBodySchema,
  InputPointParamsSchema,
  InputResultsSchema,
  InputRoundListSchema,
  InputRoundParamsSchema,
  InputRoundSummarySchema,
  inputResults,
  OpenInputRoundBodySchema,
  ParticipantViewSchema,
  RatePointBodySchema,
  RateSectionBodySchema,
  UsedPointSchema,
  type InputResults,
  type InputRoundSummary,
  type ParticipantView,
} from '../../shared/input.ts';
import { readSections } from '../../shared/plan-doc.ts';
import { PlanParamsSchema } from '../../shared/schemas.ts';
import { resolvePlanAccess, type PlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import type { UserRow } from '../storage/accounts.ts';
import type { InputRoundRow, WriteOutcome } from '../storage/input-rounds.ts';
import { forbidden, HttpError, notFound } from './errors.ts';
import { requireUser } from './session.ts';

type Granted = Extract<PlanAccess, { kind: 'granted' }>;
interface Caller {
  user: UserRow;
  access: Granted;
}

const EmptyBodySchema = z.strictObject({}).optional();
const TAGS = ['input'];

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function summary(row: InputRoundRow): InputRoundSummary {
  return {
    id: row.id,
    name: row.name,
    audience: row.audience,
    sectionIds: row.sectionIds,
    status: row.closed_at === null ? 'open' : 'closed',
    openedAt: new Date(row.opened_at).toISOString(),
    closedAt: iso(row.closed_at),
    openedBy: row.opener_name,
    participants: row.participants,
  };
}

const roundClosed = (): HttpError => new HttpError(409, 'round_closed', 'This round has closed; its ratings and points can no longer change.');

export async function inputRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const store = services.inputRounds;
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };

  /** The signed-in caller with access to the plan; anyone else learns nothing about it. */
  const reader = (request: FastifyRequest, planId: string): Caller => {
    const user = requireUser(sessionDeps, request);
    const access = resolvePlanAccess(services, user.id, planId);
    if (access.kind !== 'granted') throw notFound('Plan');
    return { user, access };
  };

  const participant = (request: FastifyRequest, planId: string): Caller => {
    const caller = reader(request, planId);
    if (!caller.access.capabilities.comment) throw forbidden('Viewers cannot take part in input rounds. Ask an owner or facilitator for a role that can comment.');
    return caller;
  };

  const manager = (request: FastifyRequest, planId: string): Caller => {
    const caller = reader(request, planId);
    if (!caller.access.capabilities.manage) throw forbidden('Only the plan’s owners and facilitators can run input rounds.');
    return caller;
  };

  const findRound = (access: Granted, roundId: string): InputRoundRow => {
    const row = store.round(access.plan.id, roundId);
    if (!row) throw notFound('Round');
    return row;
  };

  const requireSection = (row: InputRoundRow, sectionId: string): void => {
    if (!row.sectionIds.includes(sectionId)) throw new HttpError(400, 'unknown_section', `"${sectionId}" is not a section of this round.`);
  };

  const participantView = (row: InputRoundRow, user: UserRow): ParticipantView => ({
    ...summary(row),
    pseudonym: store.pseudonymOf(row.id, user.id) ?? null,
    sectionRatings: store.mySectionRatings(row.id, user.id),
    points: store.pointsFor(row.id, user.id).map((p) => ({
      id: p.id,
      sectionId: p.section_id,
      pseudonym: p.pseudonym,
      body: p.body,
      createdAt: new Date(p.created_at).toISOString(),
      mine: p.mine === 1,
      myRating: p.my_rating,
    })),
  });

  /** Answers a participant's write with their fresh view, or says why it did not happen. */
  const afterWrite = (outcome: WriteOutcome | 'own', access: Granted, roundId: string, user: UserRow): ParticipantView => {
    if (outcome === 'closed') throw roundClosed();
    if (outcome === 'not-found') throw notFound('Round');
    if (outcome === 'own') throw new HttpError(409, 'own_point', 'You cannot rate your own point; rate other people’s.');
    return participantView(findRound(access, roundId), user);
  };

  const results = (row: InputRoundRow): InputResults => {
    const rows = store.resultRows(row.id);
    const points = rows.points.map(({ createdAt, usedAt, ...point }) => ({ ...point, createdAt: new Date(createdAt).toISOString(), used: usedAt !== null }));
    return { ...summary(row), sections: inputResults(row.sectionIds, rows.sectionRatings, points) };
  };

  r.get('/api/plans/:id/input/rounds', { schema: { tags: TAGS, params: PlanParamsSchema, response: { 200: InputRoundListSchema } } }, async (request) => {
    const { access } = reader(request, request.params.id);
    return { rounds: store.rounds(access.plan.id).map(summary) };
  });

  r.post(
    '/api/plans/:id/input/rounds',
    { schema: { tags: TAGS, params: PlanParamsSchema, body: OpenInputRoundBodySchema, response: { 201: InputRoundSummarySchema } } },
    async (request, reply) => {
      const { user, access } = manager(request, request.params.id);
      const doc = services.planService.readState(access.plan.id);
      const known = new Set(readSections(doc).map((s) => s.id));
      doc.destroy();
      const unknown = request.body.sectionIds.find((sectionId) => !known.has(sectionId));
      if (unknown !== undefined) throw new HttpError(400, 'unknown_section', `The plan has no section "${unknown}".`);
      const { name, audience, sectionIds } = request.body;
      const opened = store.open({ planId: access.plan.id, name, audience, sectionIds, openedBy: user.id });
      services.audit.record({ workspaceId: access.plan.workspace_id, planId: access.plan.id, actorId: user.id, action: 'input.opened', detail: `“${name}” for ${audience}` });
      return reply.code(201).send(summary(opened));
    },
  );

  r.get(
    '/api/plans/:id/input/rounds/:roundId',
    { schema: { tags: TAGS, params: InputRoundParamsSchema, response: { 200: ParticipantViewSchema } } },
    async (request) => {
      const { user, access } = participant(request, request.params.id);
      return participantView(findRound(access, request.params.roundId), user);
    },
  );

  r.put(
    '/api/plans/:id/input/rounds/:roundId/section-ratings',
    { schema: { tags: TAGS, params: InputRoundParamsSchema, body: RateSectionBodySchema, response: { 200: ParticipantViewSchema } } },
    async (request) => {
      const { user, access } = participant(request, request.params.id);
      const row = findRound(access, request.params.roundId);
      requireSection(row, request.body.sectionId);
      return afterWrite(store.rateSection(row.id, user.id, request.body.sectionId, request.body.rating), access, row.id, user);
    },
  );

  r.post(
    '/api/plans/:id/input/rounds/:roundId/points',
    { schema: { tags: TAGS, params: InputRoundParamsSchema, body: AddPointBodySchema, response: { 201: ParticipantViewSchema } } },
    async (request, reply) => {
      const { user, access } = participant(request, request.params.id);
      const row = findRound(access, request.params.roundId);
      requireSection(row, request.body.sectionId);
      const view = afterWrite(store.addPoint(row.id, user.id, request.body.sectionId, request.body.body), access, row.id, user);
      return reply.code(201).send(view);
    },
  );

  r.put(
    '/api/plans/:id/input/rounds/:roundId/points/:pointId/rating',
    { schema: { tags: TAGS, params: InputPointParamsSchema, body: RatePointBodySchema, response: { 200: ParticipantViewSchema } } },
    async (request) => {
      const { user, access } = participant(request, request.params.id);
      const row = findRound(access, request.params.roundId);
      const outcome = store.ratePoint(row.id, request.params.pointId, user.id, request.body.rating);
      if (outcome === 'not-found') throw notFound('Point');
      return afterWrite(outcome, access, row.id, user);
    },
  );

  r.post(
    '/api/plans/:id/input/rounds/:roundId/close',
    { schema: { tags: TAGS, params: InputRoundParamsSchema, body: EmptyBodySchema, response: { 200: InputRoundSummarySchema } } },
    async (request) => {
      const { user, access } = manager(request, request.params.id);
      const closed = store.close(access.plan.id, request.params.roundId);
      if (closed === 'not-found') throw notFound('Round');
      if (closed === 'already-closed') throw new HttpError(409, 'round_closed', 'This round is already closed.');
      const row = findRound(access, request.params.roundId);
      services.audit.record({ workspaceId: access.plan.workspace_id, planId: access.plan.id, actorId: user.id, action: 'input.closed', detail: `“${row.name}” for ${row.audience}` });
      return summary(row);
    },
  );

  r.get(
    '/api/plans/:id/input/rounds/:roundId/results',
    { schema: { tags: TAGS, params: InputRoundParamsSchema, response: { 200: InputResultsSchema } } },
    async (request) => {
      const { access } = reader(request, request.params.id);
      const row = findRound(access, request.params.roundId);
      // Participants would rate with one eye on the crowd; they see the results once it is over.
      if (row.closed_at === null && !access.capabilities.manage) throw forbidden('The results are shared when the round closes.');
      return results(row);
    },
  );

  r.post(
    '/api/plans/:id/input/rounds/:roundId/points/:pointId/used',
    { schema: { tags: TAGS, params: InputPointParamsSchema, body: EmptyBodySchema, response: { 200: UsedPointSchema } } },
    async (request) => {
      const { access } = manager(request, request.params.id);
      if (!access.capabilities.edit) throw new HttpError(409, 'plan_frozen', 'This plan is adopted or archived; start a new revision to change its text.');
      const row = findRound(access, request.params.roundId);
      const used = store.markUsed(row.id, request.params.pointId);
      if (!used) throw notFound('Point');
      return { ...used, usedAt: new Date(used.usedAt).toISOString() };
    },
  );
}
