/** The plan metadata a member sees: summary, their role and rights, and section locks. */
import type { PlanMeta, PlanSummary } from '../../shared/schemas.ts';
import type { PlanAccess } from '../collab/access.ts';
import type { Services } from '../services.ts';
import type { PlanRow } from '../storage/plans.ts';

export function planSummary(row: PlanRow): PlanSummary {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    templateId: row.template_id,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    status: row.status,
    adoptedOn: row.adopted_on,
    adoptedVersionId: row.adopted_version_id,
    revision: row.revision,
  };
}

export function planMeta(services: Services, access: Extract<PlanAccess, { kind: 'granted' }>): PlanMeta {
  const names = new Map<string, string>();
  const nameOf = (userId: string): string => {
    if (!names.has(userId)) names.set(userId, services.accounts.findById(userId)?.name ?? 'Former member');
    return names.get(userId)!;
  };
  return {
    ...planSummary(access.plan),
    workspaceName: services.accounts.workspaceName(access.plan.workspace_id) ?? '',
    role: access.role,
    capabilities: access.capabilities,
    locks: [...access.locks].map(([sectionId, editorIds]) => ({
      sectionId,
      editors: editorIds.map((id) => ({ id, name: nameOf(id) })),
    })),
  };
}
