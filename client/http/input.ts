/**
 * Stakeholder input rounds: listed for every member, taken part in by commenters and above,
 * opened, closed and read in full by managers (by everyone once closed).
 */
import {
  InputResultsSchema,
  InputRoundListSchema,
  InputRoundSummarySchema,
  ParticipantViewSchema,
  UsedPointSchema,
  type InputResults,
  type InputRoundSummary,
  type OpenInputRoundBody,
  type ParticipantView,
  type UsedPoint,
} from '@shared/input.ts';
import { requestJson } from './http.ts';

function roundsPath(planId: string): string {
  return `/api/plans/${encodeURIComponent(planId)}/input/rounds`;
}

function roundPath(planId: string, roundId: string): string {
  return `${roundsPath(planId)}/${encodeURIComponent(roundId)}`;
}

function pointPath(planId: string, roundId: string, pointId: string): string {
  return `${roundPath(planId, roundId)}/points/${encodeURIComponent(pointId)}`;
}

/** Every round of the plan, oldest first. */
export async function listInputRounds(planId: string): Promise<InputRoundSummary[]> {
  return (await requestJson('GET', roundsPath(planId), InputRoundListSchema)).rounds;
}

export function openInputRound(planId: string, body: OpenInputRoundBody): Promise<InputRoundSummary> {
  return requestJson('POST', roundsPath(planId), InputRoundSummarySchema, body);
}

/** The round as the caller takes part in it: their ratings, and everyone's points by pseudonym. */
export function fetchParticipantView(planId: string, roundId: string): Promise<ParticipantView> {
  return requestJson('GET', roundPath(planId, roundId), ParticipantViewSchema);
}

export function rateSection(planId: string, roundId: string, sectionId: string, rating: number): Promise<ParticipantView> {
  return requestJson('PUT', `${roundPath(planId, roundId)}/section-ratings`, ParticipantViewSchema, { sectionId, rating });
}

export function addPoint(planId: string, roundId: string, sectionId: string, body: string): Promise<ParticipantView> {
  return requestJson('POST', `${roundPath(planId, roundId)}/points`, ParticipantViewSchema, { sectionId, body });
}

export function ratePoint(planId: string, roundId: string, pointId: string, rating: number): Promise<ParticipantView> {
  return requestJson('PUT', `${pointPath(planId, roundId, pointId)}/rating`, ParticipantViewSchema, { rating });
}

export function closeInputRound(planId: string, roundId: string): Promise<InputRoundSummary> {
  return requestJson('POST', `${roundPath(planId, roundId)}/close`, InputRoundSummarySchema);
}

/** Per-section results: managers at any time, everyone else once the round has closed. */
export function fetchInputResults(planId: string, roundId: string): Promise<InputResults> {
  return requestJson('GET', `${roundPath(planId, roundId)}/results`, InputResultsSchema);
}

/** Records that a manager quoted the point in the plan's text. */
export function markPointUsed(planId: string, roundId: string, pointId: string): Promise<UsedPoint> {
  return requestJson('POST', `${pointPath(planId, roundId, pointId)}/used`, UsedPointSchema);
}
