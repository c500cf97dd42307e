import { useCallback, useEffect, useRef, useState } from 'react';
import type { Level, Rating } from '@shared/assessment.ts';
import { fetchRound, saveMyRatings } from '../../http/assessments.ts';
import { ApiError, errorMessage } from '../../http/http.ts';

/** A typed note is saved once typing pauses this long (a level is saved at once). */
const NOTE_SAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: 'loading' }
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; final: boolean };

export interface Draft {
  level: Level | null;
  evidence: string;
}

export interface MyRatings {
  /** False until this person's saved ratings have loaded: saving before would replace them. */
  ready: boolean;
  drafts: ReadonlyMap<string, Draft>;
  state: SaveState;
  setLevel: (conditionId: string, level: Level) => void;
  setEvidence: (conditionId: string, evidence: string) => void;
  /** Saves now, if anything changed (after an error, or when leaving a note). */
  saveNow: () => void;
  /** Tries loading again after a failed load. */
  retryLoad: () => void;
}

function toRatings(drafts: ReadonlyMap<string, Draft>): Rating[] {
  return [...drafts].flatMap(([conditionId, d]) => (d.level === null ? [] : [{ conditionId, level: d.level, evidence: d.evidence }]));
}

/**
 * This person's ratings in an open round: loaded once, then kept here and saved as they
 * change. Saves never overlap: a change made during a save is sent right after it, so the
 * server always ends with the latest drafts. `onSaved` lets the page refresh the progress.
 */
export function useMyRatings(planId: string, roundId: string, onSaved: () => void): MyRatings {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map());
  const [state, setState] = useState<SaveState>({ kind: 'loading' });
  const [ready, setReady] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(drafts);
  const dirty = useRef(false);
  const saving = useRef(false);
  const again = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  useEffect(() => {
    let current = true;
    fetchRound(planId, roundId).then(
      (round) => {
        if (!current) return;
        const loaded = new Map(round.mine.map((r): [string, Draft] => [r.conditionId, { level: r.level as Level, evidence: r.evidence }]));
        latest.current = loaded;
        setDrafts(loaded);
        setReady(true);
        setState({ kind: 'saved' });
      },
      (error: unknown) => current && setState({ kind: 'error', message: errorMessage(error), final: false }),
    );
    return () => {
      current = false;
      window.clearTimeout(timer.current);
      // Leaving with a note still waiting for its pause: send it anyway.
      if (dirty.current) void saveMyRatings(planId, roundId, toRatings(latest.current)).catch(() => undefined);
      dirty.current = false;
    };
  }, [planId, roundId, attempt]);

  const save = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (saving.current) {
      again.current = true;
      return;
    }
    if (!dirty.current) return;
    saving.current = true;
    dirty.current = false;
    setState({ kind: 'saving' });
    try {
      await saveMyRatings(planId, roundId, toRatings(latest.current));
      setState(again.current ? { kind: 'pending' } : { kind: 'saved' });
      onSavedRef.current();
    } catch (error) {
      const final = error instanceof ApiError && error.status === 409;
      setState({ kind: 'error', message: errorMessage(error), final });
      again.current = false;
      // Kept as unsaved, so "Try again" sends it; a closed round will never take it.
      dirty.current = !final;
      if (final) onSavedRef.current();
    } finally {
      saving.current = false;
    }
    if (again.current) {
      again.current = false;
      await save();
    }
  }, [planId, roundId]);

  const change = useCallback(
    (conditionId: string, patch: Partial<Draft>, delayMs: number) => {
      const next = new Map(latest.current);
      next.set(conditionId, { level: null, evidence: '', ...next.get(conditionId), ...patch });
      latest.current = next;
      dirty.current = true;
      setDrafts(next);
      // A note on a condition with no level yet has nothing to save until a level is chosen.
      if (next.get(conditionId)?.level === null) return;
      setState((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
      window.clearTimeout(timer.current);
      if (delayMs === 0) void save();
      else timer.current = window.setTimeout(() => void save(), delayMs);
    },
    [save],
  );

  return {
    ready,
    drafts,
    state,
    setLevel: useCallback((id: string, level: Level) => change(id, { level }, 0), [change]),
    setEvidence: useCallback((id: string, evidence: string) => change(id, { evidence }, NOTE_SAVE_DELAY_MS), [change]),
    saveNow: useCallback(() => void save(), [save]),
    retryLoad: useCallback(() => setAttempt((n) => n + 1), []),
  };
}
