import { useEffect, useRef, useState } from 'react';
import type { InputRoundSummary } from '@shared/input.ts';
import { fetchInputResults, fetchParticipantView } from '../../http/input.ts';
import { focusWhenPresent, pointAnchor, pointIdFromHash } from './format.ts';

/** The ids of the points of a round this person can read; none when they cannot read it. */
async function pointIdsIn(planId: string, round: InputRoundSummary, manage: boolean, comment: boolean): Promise<string[]> {
  try {
    if (manage || round.status === 'closed') return (await fetchInputResults(planId, round.id)).sections.flatMap((s) => s.points.map((p) => p.id));
    if (comment) return (await fetchParticipantView(planId, round.id)).points.map((p) => p.id);
  } catch {
    // A round this person may not read yet has nothing to show them.
  }
  return [];
}

/**
 * The round holding the point a `#point-<id>` address names — the link a quoted point leaves in
 * the plan's text — looked up newest round first; the point is focused once it is on the page.
 */
export function useLinkedRound(planId: string, rounds: readonly InputRoundSummary[] | null, manage: boolean, comment: boolean): string | null {
  const [pointId] = useState(() => pointIdFromHash(window.location.hash));
  const [roundId, setRoundId] = useState<string | null>(null);
  const roundsRef = useRef(rounds);
  roundsRef.current = rounds;
  const loaded = rounds !== null;

  useEffect(() => {
    if (pointId === null || !loaded || roundId !== null) return;
    let current = true;
    const candidates = [...(roundsRef.current ?? [])].reverse();
    void (async () => {
      for (const round of candidates) {
        const ids = await pointIdsIn(planId, round, manage, comment);
        if (!current) return;
        if (ids.includes(pointId)) {
          setRoundId(round.id);
          focusWhenPresent(pointAnchor(pointId));
          return;
        }
      }
    })();
    return () => {
      current = false;
    };
  }, [planId, pointId, loaded, manage, comment, roundId]);

  return roundId;
}
