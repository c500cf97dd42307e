import { useState } from 'react';
import type { InputRoundSummary } from '@shared/input.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../http/http.ts';
import { closeInputRound } from '../../http/input.ts';
import { peopleWords } from './format.ts';

interface CloseInputRoundButtonProps {
  planId: string;
  round: InputRoundSummary;
  onClosed: () => void;
}

/** For owners and facilitators: closes the round after asking, since closing cannot be undone. */
export function CloseInputRoundButton({ planId, round, onClosed }: CloseInputRoundButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await closeInputRound(planId, round.id);
      setAsking(false);
      onClosed();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="input-round__close">
      <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
        Close the round…
      </button>
      {asking ? (
        <Dialog title={`Close “${round.name}”?`} onClose={() => setAsking(false)}>
          <p>{peopleWords(round.participants)} took part so far.</p>
          <p>
            Once closed, nobody can rate or add points, and everyone with access to the plan sees the results: averages,
            spread and points under their pseudonyms. A round cannot be reopened.
          </p>
          {error ? <Alert>{error}</Alert> : null}
          <div className="input-round__dialog-actions">
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
