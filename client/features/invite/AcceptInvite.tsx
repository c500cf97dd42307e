import { useState } from 'react';
import type { Me } from '@shared/schemas.ts';
import { ApiError, errorMessage } from '../../http/http.ts';
import { acceptInvite } from '../../http/invites.ts';
import { Alert } from '../../components/Alert.tsx';
import { navigate, paths } from '../../router.ts';
import { useSession } from '../auth/session.tsx';

/**
 * The Accept button for a signed-in person; on success opens the plan. When the invitation is
 * for another address, offers to sign out and stay here to sign in as the right person.
 */
export function AcceptInvite({ token, me }: { token: string; me: Me }) {
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; otherEmail: boolean } | null>(null);
  async function run(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem({ message: errorMessage(error), otherEmail: error instanceof ApiError && error.code === 'invite_other_email' });
      setBusy(false);
    }
  }
  const accept = () =>
    run(async () => {
      const result = await acceptInvite(token);
      navigate(paths.plan(result.planId), { replace: true });
    });
  return (
    <div className="invite__accept">
      <p>
        You are signed in as {me.user.name} ({me.user.email}).
      </p>
      {problem ? <Alert>{problem.message}</Alert> : null}
      <div className="invite__actions">
        <button type="button" className="button button--primary" onClick={() => void accept()} aria-disabled={busy || undefined}>
          {busy ? 'Working…' : 'Accept invitation'}
        </button>
        {problem?.otherEmail ? (
          <button type="button" className="button button--quiet" onClick={() => void run(signOut)} aria-disabled={busy || undefined}>
            Sign out and switch account
          </button>
        ) : null}
      </div>
    </div>
  );
}
