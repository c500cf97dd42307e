/**
 * Named versions, comparison, restore and the plan's review status. Everyone who can read a
 * plan lists, reads and compares its versions; the server decides who may save, restore and
 * move the plan's status.
 */
import { ErrorBodySchema, PlanMetaSchema } from '@shared/schemas.ts';
import type { PlanMeta, PlanStatus } from '@shared/schemas.ts';
import { ComparisonResultSchema, RestoreResultSchema, VersionListSchema, VersionSchema } from '@shared/versions.ts';
import type { ComparisonResult, RestoreResult, Version } from '@shared/versions.ts';
import { ApiError, requestJson } from './http.ts';

const planPath = (planId: string): string => `/api/plans/${encodeURIComponent(planId)}`;
const versionPath = (planId: string, versionId: string): string => `${planPath(planId)}/versions/${encodeURIComponent(versionId)}`;

/** The plan's versions, newest first. */
export async function listVersions(planId: string): Promise<Version[]> {
  return (await requestJson('GET', `${planPath(planId)}/versions`, VersionListSchema)).versions;
}

/** Freezes the plan as the server has stored it, under `label`. */
export function saveVersion(planId: string, label: string): Promise<Version> {
  return requestJson('POST', `${planPath(planId)}/versions`, VersionSchema, { label });
}

/** A version's frozen document, as one Yjs update to apply to a fresh Y.Doc. */
export async function fetchVersionState(planId: string, versionId: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(`${versionPath(planId, versionId)}/state`, { credentials: 'same-origin', headers: { accept: 'application/octet-stream' } });
  } catch {
    throw new ApiError(0, 'network', 'Planwright could not reach the server. Check your connection and try again.');
  }
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) throw new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
    throw new ApiError(response.status, 'http_error', `The server answered ${response.status}. Please try again.`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** How `to` differs from `from`; either is a version id or `current`. */
export function compareVersions(planId: string, from: string, to: string): Promise<ComparisonResult> {
  const query = new URLSearchParams({ from, to });
  return requestJson('GET', `${planPath(planId)}/compare?${query.toString()}`, ComparisonResultSchema);
}

/** Restores a version as a new change; the answer names the version that undoes it. */
export function restoreVersion(planId: string, versionId: string): Promise<RestoreResult> {
  return requestJson('POST', `${versionPath(planId, versionId)}/restore`, RestoreResultSchema);
}

/** Moves the plan in its review cycle; adopting needs the board's adoption date (YYYY-MM-DD). */
export function changeStatus(planId: string, status: PlanStatus, adoptedOn?: string): Promise<PlanMeta> {
  return requestJson('POST', `${planPath(planId)}/status`, PlanMetaSchema, adoptedOn === undefined ? { status } : { status, adoptedOn });
}

/** Starts a new revision of an adopted or archived plan: a draft again, compared against what was adopted. */
export function startRevision(planId: string): Promise<PlanMeta> {
  return requestJson('POST', `${planPath(planId)}/revisions`, PlanMetaSchema);
}
