import { z } from 'zod';
import { PlanListSchema, PlanMetaSchema, PlanSummarySchema } from '@shared/schemas.ts';
import type { CreatePlanBody, PlanMeta, PlanSummary } from '@shared/schemas.ts';
import { TemplateSummarySchema } from '@shared/templates.ts';
import type { TemplateSummary } from '@shared/templates.ts';
import { requestJson } from './http.ts';

const TemplateListSchema = z.object({ templates: z.array(TemplateSummarySchema) });

export async function listTemplates(): Promise<TemplateSummary[]> {
  const answer = await requestJson('GET', '/api/templates', TemplateListSchema);
  return answer.templates;
}

export async function listPlans(workspaceId: string): Promise<PlanSummary[]> {
  const answer = await requestJson('GET', `/api/workspaces/${encodeURIComponent(workspaceId)}/plans`, PlanListSchema);
  return answer.plans;
}

/** Plans shared with the signed-in person one by one, outside their own workspaces. */
export async function listSharedPlans(): Promise<PlanSummary[]> {
  const answer = await requestJson('GET', '/api/plans/shared', PlanListSchema);
  return answer.plans;
}

export function createPlan(workspaceId: string, body: CreatePlanBody): Promise<PlanSummary> {
  return requestJson('POST', `/api/workspaces/${encodeURIComponent(workspaceId)}/plans`, PlanSummarySchema, body);
}

export function fetchPlan(planId: string): Promise<PlanMeta> {
  return requestJson('GET', `/api/plans/${encodeURIComponent(planId)}`, PlanMetaSchema);
}
