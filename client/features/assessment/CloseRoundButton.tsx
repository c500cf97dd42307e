import type { RoundSummary } from '@shared/assessment.ts';
import { ConfirmedAction } from '../../components/ConfirmedAction.tsx';
import { closeRound } from '../../http/assessments.ts';
import { progressSentence } from './format.ts';

interface CloseRoundButtonProps {
  planId: string;
  round: RoundSummary;
  onClosed: () => void;
}

/** For owners and facilitators: closes the round after asking, since closing cannot be undone. */
export function CloseRoundButton({ planId, round, onClosed }: CloseRoundButtonProps) {
  return (
    <ConfirmedAction
      className="round__close"
      label="Close the round…"
      buttonClassName="button button--quiet"
      title={`Close “${round.name}”?`}
      confirmLabel="Close the round"
      busyLabel="Closing…"
      cancelLabel="Keep it open"
      actionsClassName="round__dialog-actions"
      run={() => closeRound(planId, round.id)}
      onDone={onClosed}
    >
      <p>{progressSentence(round.raters, round.eligible)}.</p>
      <p>
        Once closed, nobody can change their ratings, and everyone with access to the plan sees the team’s results: averages,
        spread and evidence notes, never who rated what. A round cannot be reopened.
      </p>
    </ConfirmedAction>
  );
}
