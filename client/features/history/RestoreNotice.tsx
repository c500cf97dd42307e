import { useState } from 'react';
import type { RestoreResult } from '@shared/versions.ts';
import { Alert } from '../../components/Alert.tsx';
import { errorMessage } from '../../http/http.ts';
import { restoreVersion } from '../../http/versions.ts';

interface RestoreNoticeProps {
  planId: string;
  result: RestoreResult;
  /** The undo itself is a restore (of the version set aside): it answers the same way. */
  onUndone: (result: RestoreResult) => void;
}

/** Says what was restored, and offers to undo it by restoring what the plan was just before. */
export function RestoreNotice({ planId, result, onUndone }: RestoreNoticeProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function undo() {
    setBusy(true);
    setError(null);
    try {
      onUndone(await restoreVersion(planId, result.beforeRestore.id));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="restore-notice">
      <Alert tone="info">
        Restored “{result.restored.label}”. Everyone working on the plan sees it now; comments were kept. The plan as it was just before
        is saved as “{result.beforeRestore.label}”.{' '}
        <button type="button" className="button button--small button--quiet" onClick={() => void undo()} disabled={busy}>
          {busy ? 'Undoing…' : 'Undo restore'}
        </button>
      </Alert>
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
