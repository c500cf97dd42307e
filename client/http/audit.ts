import { AuditLogSchema } from '@shared/schemas.ts';
import type { AuditEvent } from '@shared/schemas.ts';
import { requestJson } from './http.ts';

/** Who changed access to what in a workspace, as the server records it (owners and facilitators only). */
export async function fetchAuditLog(workspaceId: string): Promise<AuditEvent[]> {
  const answer = await requestJson('GET', `/api/workspaces/${encodeURIComponent(workspaceId)}/audit`, AuditLogSchema);
  return answer.events;
}
