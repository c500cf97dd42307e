import type { FormEvent } from 'react';
import type { Framework } from '@shared/frameworks/index.ts';
import { useMyRatings, type SaveState } from './useMyRatings.ts';
import { ConditionRating } from './ConditionRating.tsx';

interface RatingFormProps {
  planId: string;
  roundId: string;
  framework: Framework;
  onSaved: () => void;
}

function saveWords(state: SaveState): string {
  switch (state.kind) {
    case 'loading':
      return 'Loading your ratings…';
    case 'saved':
      return 'All your ratings are saved.';
    case 'pending':
      return 'Not saved yet…';
    case 'saving':
      return 'Saving…';
    case 'error':
      return state.final ? `Not saved: ${state.message}` : `Not saved: ${state.message} Try again.`;
  }
}

/** This person's ratings for every condition of the round's lens, saved as they change. */
export function RatingForm({ planId, roundId, framework, onSaved }: RatingFormProps) {
  const mine = useMyRatings(planId, roundId, onSaved);
  const rated = framework.conditions.filter((c) => (mine.drafts.get(c.id)?.level ?? null) !== null).length;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mine.ready) mine.saveNow();
    else mine.retryLoad();
  }

  return (
    <form className="rating-form" aria-labelledby="rating-form-title" onSubmit={submit}>
      <h4 id="rating-form-title">Your ratings</h4>
      <p className="rating-form__count">
        You have rated {rated} of {framework.conditions.length} conditions. Each choice is saved as you make it.
      </p>
      {framework.conditions.map((condition) => (
        <ConditionRating
          key={condition.id}
          condition={condition}
          draft={mine.drafts.get(condition.id)}
          disabled={!mine.ready || (mine.state.kind === 'error' && mine.state.final)}
          onLevel={(level) => mine.setLevel(condition.id, level)}
          onEvidence={(text) => mine.setEvidence(condition.id, text)}
          onLeaveNote={mine.saveNow}
        />
      ))}
      <div className="rating-form__footer">
        <p role="status" className={`rating-form__state rating-form__state--${mine.state.kind}`}>
          {saveWords(mine.state)}
        </p>
        <button type="submit" className="button button--primary">
          {mine.ready ? 'Save my ratings' : 'Load my ratings again'}
        </button>
      </div>
    </form>
  );
}
