/** Who can be named on a plan: everyone with access, readable by anyone who can open it. */
import { PlanPeopleSchema } from '@shared/people.ts';
import type { PlanPerson } from '@shared/people.ts';
import { requestJson } from './http.ts';

export async function listPlanPeople(planId: string): Promise<PlanPerson[]> {
  const answer = await requestJson('GET', `/api/plans/${encodeURIComponent(planId)}/people`, PlanPeopleSchema);
  return answer.people;
}
