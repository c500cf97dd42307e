import { useState } from 'react';
import type { Me } from '@shared/schemas.ts';
import { errorMessage } from '../../http/http.ts';
import { acceptInvite } from '../../http/invites.ts';
import { Alert } from '../../components/Alert.tsx';
import { navigate, paths } from '../../router.ts';

/** The Accept button for a signed-in person; on success opens the plan. */
export function AcceptInvite({ token, me }: { token: string; me: Me }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function accept() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await acceptInvite(token);
      navigate(paths.plan(result.planId), { replace: true });
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }
  return (
    <div className="invite__accept">
      <p>
        You are signed in as {me.user.name} ({me.user.email}).
      </p>
      {problem ? <Alert>{problem}</Alert> : null}
      <button type="button" className="button button--primary" onClick={() => void accept()} aria-disabled={busy || undefined}>
        {busy ? 'Accepting…' : 'Accept invitation'}
      </button>
    </div>
  );
}
