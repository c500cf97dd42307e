/**
 * Public links to adopted plans: publishing and withdrawing them (managers), reading one
 * (anyone, signed in or not), and starting a plan from one.
 */
import {
  CurrentPublicationSchema,
  PublicationSchema,
  PublicPlanFactsSchema,
  type FromPublishedBody,
  type Publication,
  type PublicPlanFacts,
} from '@shared/publication.ts';
import { ErrorBodySchema, PlanSummarySchema, type PlanSummary } from '@shared/schemas.ts';
import { ApiError, requestEmpty, requestJson } from './http.ts';

function publicationPath(planId: string): string {
  return `/api/plans/${encodeURIComponent(planId)}/publication`;
}

function publicPlanPath(token: string): string {
  return `/api/public/plans/${encodeURIComponent(token)}`;
}

/** The plan's live public link, or null when it has none. */
export function getPublication(planId: string): Promise<Publication | null> {
  return requestJson('GET', publicationPath(planId), CurrentPublicationSchema);
}

/** Publishes the plan's adopted version at a new link; the previous link stops working. */
export function publish(planId: string): Promise<Publication> {
  return requestJson('POST', publicationPath(planId), PublicationSchema);
}

/** Withdraws the plan's public link. */
export function withdrawPublication(planId: string): Promise<void> {
  return requestEmpty('DELETE', publicationPath(planId));
}

export function getPublicPlanFacts(token: string): Promise<PublicPlanFacts> {
  return requestJson('GET', publicPlanPath(token), PublicPlanFactsSchema);
}

/** The published document as one Yjs update. */
export async function getPublicPlanState(token: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(`${publicPlanPath(token)}/state`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Planwright could not reach the server. Check your connection and try again.');
  }
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(await response.json().catch(() => undefined));
    throw parsed.success
      ? new ApiError(response.status, parsed.data.error.code, parsed.data.error.message)
      : new ApiError(response.status, 'http_error', `The server answered ${response.status}. Please try again.`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** Starts a plan in one of the caller's workspaces from a published plan. */
export function startFromPublished(workspaceId: string, body: FromPublishedBody): Promise<PlanSummary> {
  return requestJson('POST', `/api/workspaces/${encodeURIComponent(workspaceId)}/plans/from-published`, PlanSummarySchema, body);
}
