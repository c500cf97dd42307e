/** Self-assessment rounds: read by every member, rated by commenters and above, opened and closed by managers. */
import { RoundDetailSchema, RoundListSchema } from '@shared/assessment.ts';
import type { Rating, RoundDetail, RoundSummary } from '@shared/assessment.ts';
import { requestJson } from './http.ts';

function roundsPath(planId: string): string {
  return `/api/plans/${encodeURIComponent(planId)}/assessment/rounds`;
}

function roundPath(planId: string, roundId: string): string {
  return `${roundsPath(planId)}/${encodeURIComponent(roundId)}`;
}

/** Every round of the plan, oldest first; closed ones carry their results. */
export async function listRounds(planId: string): Promise<RoundSummary[]> {
  return (await requestJson('GET', roundsPath(planId), RoundListSchema)).rounds;
}

/** One round with the caller's own ratings (and nobody else's). */
export function fetchRound(planId: string, roundId: string): Promise<RoundDetail> {
  return requestJson('GET', roundPath(planId, roundId), RoundDetailSchema);
}

/** Opens a round on lens `frameworkId`; refused while another round is open. */
export function openRound(planId: string, name: string, frameworkId: string): Promise<RoundDetail> {
  return requestJson('POST', roundsPath(planId), RoundDetailSchema, { name, frameworkId });
}

/** Replaces the caller's ratings in an open round; a condition left out is unrated. */
export function saveMyRatings(planId: string, roundId: string, ratings: readonly Rating[]): Promise<RoundDetail> {
  return requestJson('PUT', `${roundPath(planId, roundId)}/ratings`, RoundDetailSchema, { ratings });
}

export function closeRound(planId: string, roundId: string): Promise<RoundDetail> {
  return requestJson('POST', `${roundPath(planId, roundId)}/close`, RoundDetailSchema);
}
