/** Opening and accepting an invite link. The preview needs no sign-in; accepting does. */
import { AcceptInviteResultSchema, InvitePreviewSchema } from '@shared/schemas.ts';
import type { InvitePreview } from '@shared/schemas.ts';
import type { z } from 'zod';
import { requestJson } from './http.ts';

export type AcceptInviteResult = z.infer<typeof AcceptInviteResultSchema>;

function invitePath(token: string): string {
  return `/api/invites/${encodeURIComponent(token)}`;
}

export function previewInvite(token: string): Promise<InvitePreview> {
  return requestJson('GET', invitePath(token), InvitePreviewSchema);
}

export function acceptInvite(token: string): Promise<AcceptInviteResult> {
  return requestJson('POST', `${invitePath(token)}/accept`, AcceptInviteResultSchema);
}
