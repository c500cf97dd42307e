import { useState } from 'react';
import type { FormEvent } from 'react';
import { changeTarget, type Measure } from '@shared/plan-structure.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { formatNumber, parseAmount } from './format.ts';
import { useGoals } from './goalsContext.ts';

interface TargetDialogProps {
  goalId: string;
  measure: Measure;
  name: string;
  onClose: () => void;
}

/**
 * Setting or changing a measure's target. A change needs a reason, logged with who and when
 * (Leader Standard 2c: a board sees why a target moved, not only that it did).
 */
export function TargetDialog({ goalId, measure, name, onClose }: TargetDialogProps) {
  const { doc, userName } = useGoals();
  const [target, setTarget] = useState(measure.target === null ? '' : String(measure.target));
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const parsed = parseAmount(target);
  const needsReason = measure.target !== null;
  const targetError = parsed === undefined ? 'Enter a number, or leave it empty for no target.' : parsed === measure.target ? 'This is the current target.' : undefined;
  const reasonError = needsReason && reason.trim() === '' ? 'Say why the target changes; the reason is kept with the plan.' : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (targetError || reasonError || parsed === undefined) return;
    changeTarget(doc, goalId, measure.id, { to: parsed, reason: reason.trim(), by: userName, at: new Date().toISOString() });
    onClose();
  }

  const showTargetError = tried ? targetError : undefined;
  const showReasonError = tried ? reasonError : undefined;
  return (
    <Dialog title={`${needsReason ? 'Change' : 'Set'} the target of ${name.toLowerCase()}`} onClose={onClose} className="dialog--confirm">
      <form className="form" onSubmit={submit} noValidate>
        <p>Current target: {formatNumber(measure.target, measure.unit)}</p>
        <div className={showTargetError ? 'field field--invalid' : 'field'}>
          <label htmlFor="target-new">New target{measure.unit ? ` (${measure.unit})` : ''}</label>
          <input
            id="target-new"
            inputMode="decimal"
            autoComplete="off"
            data-autofocus
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            aria-invalid={showTargetError ? true : undefined}
            aria-describedby={showTargetError ? 'target-new-error' : undefined}
          />
          {showTargetError ? <p className="field__error" id="target-new-error">{showTargetError}</p> : null}
        </div>
        <div className={showReasonError ? 'field field--invalid' : 'field'}>
          <label htmlFor="target-reason">Why {needsReason ? 'is it changing' : 'this target'}{needsReason ? '' : ' (optional)'}</label>
          <textarea
            id="target-reason"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={showReasonError ? true : undefined}
            aria-describedby={showReasonError ? 'target-reason-error' : undefined}
          />
          {showReasonError ? <p className="field__error" id="target-reason-error">{showReasonError}</p> : null}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Save target
          </button>
        </div>
      </form>
    </Dialog>
  );
}
