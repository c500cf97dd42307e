import { useState } from 'react';
import type { RestoreResult, Version } from '@shared/versions.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../http/http.ts';
import { restoreVersion } from '../../http/versions.ts';

interface RestoreButtonProps {
  planId: string;
  version: Version;
  onRestored: (result: RestoreResult) => void;
}

/** For managers: restores a version for everyone, after saying what happens and that it can be undone. */
export function RestoreButton({ planId, version, onRestored }: RestoreButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const result = await restoreVersion(planId, version.id);
      setAsking(false);
      onRestored(result);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--small button--quiet" onClick={() => setAsking(true)} aria-label={`Restore “${version.label}”…`}>
        Restore…
      </button>
      {asking ? (
        <Dialog title={`Restore “${version.label}”?`} onClose={() => setAsking(false)} className="dialog--narrow">
          <p>
            The sections, goals, vision, SWOT and lens go back to how they were in this version, for everyone working on the plan
            right now. Comments stay as they are.
          </p>
          <p>The plan as it is now is saved first as a version, so you can undo the restore.</p>
          {error ? <Alert>{error}</Alert> : null}
          <div className="history__dialog-actions">
            <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy} data-autofocus>
              {busy ? 'Restoring…' : 'Restore this version'}
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
