import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParticipantView } from '@shared/input.ts';
import { ApiError, errorMessage } from '../../http/http.ts';
import { addPoint, fetchParticipantView, ratePoint, rateSection } from '../../http/input.ts';
import { useRefresh } from './useInputRounds.ts';

export interface ParticipantState {
  view: ParticipantView | null;
  error: string | null;
  rateSection: (sectionId: string, rating: number) => void;
  ratePoint: (pointId: string, rating: number) => void;
  /** Resolves true once the point is stored, so the form may clear. */
  addPoint: (sectionId: string, body: string) => Promise<boolean>;
}

/**
 * The caller's part in an open round, re-read every few seconds so other people's new points
 * appear. A choice shows at once and is then confirmed by the server's answer; an answer to a
 * request that started before the latest change on screen is dropped, so a slow refresh never
 * undoes a click. `onChanged` tells the page that counts (participants) may have moved.
 */
export function useParticipantView(planId: string, roundId: string, onChanged: () => void): ParticipantState {
  const [view, setView] = useState<ParticipantView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const started = useRef(0);
  const shownFrom = useRef(0);
  const onChangedRef = useRef(onChanged);
  onChangedRef.current = onChanged;
  const reload = useCallback(() => setTick((n) => n + 1), []);

  const run = useCallback(
    async (request: () => Promise<ParticipantView>, write: boolean): Promise<boolean> => {
      started.current += 1;
      const mine = started.current;
      try {
        const next = await request();
        if (mine >= shownFrom.current) {
          shownFrom.current = mine;
          setView(next);
        }
        setError(null);
        if (write) onChangedRef.current();
        return true;
      } catch (failure) {
        setError(errorMessage(failure));
        // Put back what the server holds; a closed round also changes the page around it.
        if (write) reload();
        if (failure instanceof ApiError && failure.status === 409) onChangedRef.current();
        return false;
      }
    },
    [reload],
  );

  /** Shows a change before the server confirms it, and drops answers to older requests. */
  const optimistic = useCallback((patch: (current: ParticipantView) => ParticipantView) => {
    started.current += 1;
    shownFrom.current = started.current;
    setView((current) => current && patch(current));
  }, []);

  useEffect(() => {
    void run(() => fetchParticipantView(planId, roundId), false);
  }, [planId, roundId, tick, run]);
  useRefresh(reload);

  return {
    view,
    error,
    rateSection: useCallback(
      (sectionId: string, rating: number) => {
        optimistic((v) => ({ ...v, sectionRatings: [...v.sectionRatings.filter((r) => r.sectionId !== sectionId), { sectionId, rating }] }));
        void run(() => rateSection(planId, roundId, sectionId, rating), true);
      },
      [planId, roundId, optimistic, run],
    ),
    ratePoint: useCallback(
      (pointId: string, rating: number) => {
        optimistic((v) => ({ ...v, points: v.points.map((p) => (p.id === pointId ? { ...p, myRating: rating } : p)) }));
        void run(() => ratePoint(planId, roundId, pointId, rating), true);
      },
      [planId, roundId, optimistic, run],
    ),
    addPoint: useCallback((sectionId: string, body: string) => run(() => addPoint(planId, roundId, sectionId, body), true), [planId, roundId, run]),
  };
}
