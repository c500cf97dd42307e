import type { InputRoundSummary } from '@shared/input.ts';
import { ConfirmedAction } from '../../components/ConfirmedAction.tsx';
import { closeInputRound } from '../../http/input.ts';
import { peopleWords } from './format.ts';

interface CloseInputRoundButtonProps {
  planId: string;
  round: InputRoundSummary;
  onClosed: () => void;
}

/** For owners and facilitators: closes the round after asking, since closing cannot be undone. */
export function CloseInputRoundButton({ planId, round, onClosed }: CloseInputRoundButtonProps) {
  return (
    <ConfirmedAction
      className="input-round__close"
      label="Close the round…"
      buttonClassName="button button--quiet"
      title={`Close “${round.name}”?`}
      confirmLabel="Close the round"
      busyLabel="Closing…"
      cancelLabel="Keep it open"
      actionsClassName="input-round__dialog-actions"
      run={() => closeInputRound(planId, round.id)}
      onDone={onClosed}
    >
      <p>{peopleWords(round.participants)} took part so far.</p>
      <p>
        Once closed, nobody can rate or add points, and everyone with access to the plan sees the results: averages, spread
        and points under their pseudonyms. A round cannot be reopened.
      </p>
    </ConfirmedAction>
  );
}
