import { useState } from 'react';
import type { PlanMeta } from '@shared/schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../http/http.ts';
import { startRevision } from '../../http/versions.ts';

/** For managers of an adopted or archived plan: opens it for amendment as a new draft revision, after asking. */
export function StartRevisionButton({ meta, onStarted }: { meta: PlanMeta; onStarted: (meta: PlanMeta) => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const next = await startRevision(meta.id);
      setAsking(false);
      onStarted(next);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
        Start a new revision…
      </button>
      {asking ? (
        <Dialog title={`Start revision ${meta.revision + 1}?`} onClose={() => setAsking(false)} className="dialog--narrow">
          <p>
            The plan becomes a draft again and everyone with an editing role can change it. The adopted version stays saved, and you
            can compare the amendment with it at any time before the board adopts it again.
          </p>
          {error ? <Alert>{error}</Alert> : null}
          <div className="history__dialog-actions">
            <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy} data-autofocus>
              {busy ? 'Starting…' : 'Start the revision'}
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
