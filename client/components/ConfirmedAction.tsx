import { useState } from 'react';
import type { ReactNode } from 'react';
import { errorMessage } from '../http/http.ts';
import { Alert } from './Alert.tsx';
import { Dialog } from './Dialog.tsx';

interface ConfirmedActionProps<T> {
  /** The words on the button that asks. */
  label: string;
  buttonClassName: string;
  /** A fuller accessible name for that button, when its words need context ("Restore “Draft”…"). */
  buttonAriaLabel?: string;
  /** The question, as the dialog's title. */
  title: string;
  /** What happens if the person goes ahead, in words. */
  children: ReactNode;
  confirmLabel: string;
  /** The confirming button's words while the request runs ("Closing…"). */
  busyLabel: string;
  cancelLabel: string;
  /**
   * Destructive actions put focus, and the first place, on keeping things as they are, so a
   * stray Enter changes nothing; others focus the confirming button.
   */
  destructive?: boolean;
  dialogClassName?: string;
  actionsClassName: string;
  /** Wraps the button and dialog in an element with this class (for layout). */
  className?: string;
  /** The request; a failure is shown in the dialog in the server's own words. */
  run: () => Promise<T>;
  /** Called with the request's answer once it succeeded and the dialog closed. */
  onDone: (result: T) => void;
}

/** A button that asks before it does something that matters, and shows progress and failure in its dialog. */
export function ConfirmedAction<T>(props: ConfirmedActionProps<T>) {
  const { label, buttonClassName, buttonAriaLabel, title, children, confirmLabel, busyLabel, cancelLabel, destructive = false } = props;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setAsking(false);
    setError(null);
  };

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await props.run();
      setAsking(false);
      props.onDone(result);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const confirmButton = (
    <button
      type="button"
      className={destructive ? 'button button--danger' : 'button button--primary'}
      onClick={() => void confirm()}
      aria-disabled={busy || undefined}
      data-autofocus={destructive ? undefined : true}
    >
      {busy ? busyLabel : confirmLabel}
    </button>
  );
  const cancelButton = (
    <button type="button" className="button button--quiet" onClick={close} data-autofocus={destructive ? true : undefined}>
      {cancelLabel}
    </button>
  );
  const content = (
    <>
      <button type="button" className={buttonClassName} aria-haspopup="dialog" aria-label={buttonAriaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
      {asking ? (
        <Dialog title={title} onClose={close} {...(props.dialogClassName ? { className: props.dialogClassName } : {})}>
          {children}
          {error ? <Alert>{error}</Alert> : null}
          <div className={props.actionsClassName}>
            {destructive ? cancelButton : confirmButton}
            {destructive ? confirmButton : cancelButton}
          </div>
        </Dialog>
      ) : null}
    </>
  );
  return props.className ? <div className={props.className}>{content}</div> : content;
}
