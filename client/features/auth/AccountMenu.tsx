import { useState } from 'react';
import { errorMessage } from '../../http/http.ts';
import { navigate, paths } from '../../router.ts';
import { useSession } from './session.tsx';

/** Who is signed in and the sign-out button, for the header. */
export function AccountMenu() {
  const { state, signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (state.status !== 'signedIn') return null;
  async function handleSignOut() {
    setBusy(true);
    setProblem(null);
    try {
      await signOut();
      navigate(paths.signIn(), { replace: true });
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }
  const { user } = state.me;
  return (
    <div className="account">
      <span className="account__name">
        <span className="avatar" style={{ backgroundColor: user.color }} aria-hidden="true" />
        {user.name}
      </span>
      <button type="button" className="button button--quiet" onClick={handleSignOut} disabled={busy}>
        Sign out
      </button>
      {problem ? (
        <span role="alert" className="account__problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
