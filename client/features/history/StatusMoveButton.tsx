import { useState } from 'react';
import type { PlanMeta, PlanStatus } from '@shared/schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { errorMessage } from '../../http/http.ts';
import { changeStatus } from '../../http/versions.ts';
import { moveWords } from './words.ts';

interface StatusMoveButtonProps {
  meta: PlanMeta;
  to: PlanStatus;
  onMoved: (meta: PlanMeta) => void;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** One move of the plan's status, asked for and confirmed; adoption also asks for the board's date. */
export function StatusMoveButton({ meta, to, onMoved }: StatusMoveButtonProps) {
  const words = moveWords(to);
  const [asking, setAsking] = useState(false);
  const [adoptedOn, setAdoptedOn] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsDate = to === 'adopted';

  async function confirm() {
    if (needsDate && !/^\d{4}-\d{2}-\d{2}$/.test(adoptedOn)) {
      setError('Enter the date of the board meeting that adopted the plan.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next = await changeStatus(meta.id, to, needsDate ? adoptedOn : undefined);
      setAsking(false);
      onMoved(next);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className={to === 'adopted' ? 'button button--primary' : 'button button--quiet'} onClick={() => setAsking(true)}>
        {words.button}
      </button>
      {asking ? (
        <Dialog title={words.title} onClose={() => setAsking(false)} className="dialog--narrow">
          <p>{words.explanation}</p>
          {needsDate ? (
            <Field id="adopted-on" label="Board adoption date" type="date" value={adoptedOn} onValueChange={setAdoptedOn} required data-autofocus />
          ) : null}
          {error ? <Alert>{error}</Alert> : null}
          <div className="history__dialog-actions">
            <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy} data-autofocus={needsDate ? undefined : true}>
              {busy ? 'Saving…' : words.confirm}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
