import { useState } from 'react';
import type { RoundSummary } from '@shared/assessment.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { closeRound } from '../../http/assessments.ts';
import { errorMessage } from '../../http/http.ts';
import { progressSentence } from './format.ts';

interface CloseRoundButtonProps {
  planId: string;
  round: RoundSummary;
  onClosed: () => void;
}

/** For owners and facilitators: closes the round after asking, since closing cannot be undone. */
export function CloseRoundButton({ planId, round, onClosed }: CloseRoundButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await closeRound(planId, round.id);
      setAsking(false);
      onClosed();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="round__close">
      <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
        Close the round…
      </button>
      {asking ? (
        <Dialog title={`Close “${round.name}”?`} onClose={() => setAsking(false)}>
          <p>{progressSentence(round.raters, round.eligible)}.</p>
          <p>
            Once closed, nobody can change their ratings, and everyone with access to the plan sees the team’s results:
            averages, spread and evidence notes, never who rated what. A round cannot be reopened.
          </p>
          {error ? <Alert>{error}</Alert> : null}
          <div className="round__dialog-actions">
            <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy} data-autofocus>
              {busy ? 'Closing…' : 'Close the round'}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
              Keep it open
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
