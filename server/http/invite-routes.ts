/** Opening and accepting an invite link. Single use, expiring, optionally bound to an e-mail. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AcceptInviteResultSchema, InvitePreviewSchema, InviteTokenParamsSchema } from '../../shared/schemas.ts';
import { resolvePlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import type { PlanRow } from '../storage/plans.ts';
import type { InviteRow } from '../storage/sharing.ts';
import { HttpError } from './errors.ts';
import { authRateLimit } from './security.ts';
import { requireUser } from './session.ts';

export function usableInvite(services: Services, token: string): InviteRow {
  const invite = services.sharing.inviteByToken(token);
  if (!invite || invite.revoked_at !== null) throw new HttpError(404, 'invite_not_found', 'This invite link is not valid. Ask for a new one.');
  if (invite.used_at !== null) throw new HttpError(410, 'invite_used', 'This invite link has already been used. Ask for a new one.');
  if (invite.expires_at <= Date.now()) throw new HttpError(410, 'invite_expired', 'This invite link has expired. Ask for a new one.');
  return invite;
}

/** An invite bound to an address opens only for that address. */
export function checkInviteAddress(invite: InviteRow, email: string): void {
  if (invite.email !== null && invite.email.toLowerCase() !== email.toLowerCase()) {
    throw new HttpError(403, 'invite_other_email', `This invite is for ${invite.email}. Sign in with that address to accept it.`);
  }
}

/** Uses the invite for `user` (once, atomically) and records it; returns its plan. */
export function redeem(services: Services, invite: InviteRow, user: { id: string; name: string }): PlanRow {
  if (!services.sharing.redeemInvite(invite, user.id)) {
    throw new HttpError(410, 'invite_used', 'This invite link has already been used. Ask for a new one.');
  }
  const plan = services.plans.find(invite.plan_id)!;
  services.audit.record({ workspaceId: plan.workspace_id, planId: plan.id, actorId: user.id, action: 'invite.accepted', detail: `${user.name} as ${invite.role}` });
  return plan;
}

export async function inviteRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };
  const limit = { rateLimit: authRateLimit(services.config) };

  r.get('/api/invites/:token', { config: limit, schema: { tags: ['sharing'], params: InviteTokenParamsSchema, response: { 200: InvitePreviewSchema } } }, async (request) => {
    const invite = usableInvite(services, request.params.token);
    const plan = services.plans.find(invite.plan_id)!;
    return {
      planId: plan.id,
      email: invite.email,
      planTitle: plan.title,
      workspaceName: services.accounts.workspaceName(plan.workspace_id) ?? '',
      role: invite.role,
      invitedBy: invite.creator_name,
      expiresAt: new Date(invite.expires_at).toISOString(),
    };
  });

  r.post(
    '/api/invites/:token/accept',
    { config: limit, schema: { tags: ['sharing'], params: InviteTokenParamsSchema, response: { 200: AcceptInviteResultSchema } } },
    async (request) => {
      const user = requireUser(sessionDeps, request);
      const invite = usableInvite(services, request.params.token);
      checkInviteAddress(invite, user.email);
      const plan = redeem(services, invite, user);
      const access = resolvePlanAccess(services, user.id, plan.id);
      if (access.kind !== 'granted') throw new HttpError(500, 'internal_error', 'The invite was accepted but access was not granted.');
      return { planId: plan.id, role: access.role };
    },
  );
}
