import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { Dialog } from '../../components/Dialog.tsx';

export interface ConfirmRequest {
  title: string;
  /** What will go, in words: "Its 2 strategies and 5 action steps go with it." */
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  /** The DOM id to focus once the removed item (and its Remove button) is gone. */
  focusAfter: string;
}

/**
 * One confirmation dialog for every removal in the view. Keeping is the default (it has the
 * focus), so a stray Enter never removes anything.
 */
export function useConfirmRemoval(requestFocus: (domId: string) => void): { confirm: (request: ConfirmRequest) => void; dialog: ReactNode } {
  const [pending, setPending] = useState<ConfirmRequest | null>(null);
  const confirm = useCallback((request: ConfirmRequest) => setPending(request), []);
  const close = () => setPending(null);
  const dialog = pending ? (
    <Dialog title={pending.title} onClose={close} className="dialog--confirm">
      <p>{pending.message}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" data-autofocus onClick={close}>
          Keep it
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            pending.onConfirm();
            requestFocus(pending.focusAfter);
            close();
          }}
        >
          {pending.confirmLabel}
        </button>
      </div>
    </Dialog>
  ) : null;
  return { confirm, dialog };
}
