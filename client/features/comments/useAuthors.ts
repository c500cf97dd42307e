import { useEffect, useRef, useState } from 'react';
import { PlanAuthorsSchema, type PlanAuthor } from '@shared/people.ts';
import { requestJson } from '../../http/http.ts';

export type Authors = ReadonlyMap<number, PlanAuthor>;

async function fetchAuthors(planId: string): Promise<Authors> {
  const answer = await requestJson('GET', `/api/plans/${encodeURIComponent(planId)}/authors`, PlanAuthorsSchema);
  return new Map(answer.authors.map((author) => [author.clientId, author]));
}

/**
 * Who wrote with each client id in the plan, as the server recorded it. Asked when a client
 * id appears that no answer has named yet (someone new commented), once per id: an id the
 * server does not know either (the plan's seed) stays unnamed.
 */
export function useAuthors(planId: string, clientIds: readonly number[]): Authors {
  const [authors, setAuthors] = useState<Authors>(new Map());
  const asked = useRef(new Set<number>());
  const unknown = [...new Set(clientIds)].filter((id) => !authors.has(id) && !asked.current.has(id)).sort((a, b) => a - b);
  const key = unknown.join(',');
  useEffect(() => {
    if (key === '') return;
    for (const id of key.split(',')) asked.current.add(Number(id));
    let current = true;
    fetchAuthors(planId).then(
      (next) => current && setAuthors(next),
      // Names are a courtesy: without them a message reads as by "someone".
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [planId, key]);
  return authors;
}
