/**
 * Who is signed in, for the whole app. Loaded once from /api/me; sign-in, sign-up and
 * sign-out replace it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Me } from '@shared/schemas.ts';
import { fetchMe, signOut as apiSignOut } from '../../http/auth.ts';
import { errorMessage } from '../../http/http.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'signedOut' }
  | { status: 'signedIn'; me: Me };

interface Session {
  state: SessionState;
  signedIn: (me: Me) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    fetchMe().then(
      (me) => current && setState(me ? { status: 'signedIn', me } : { status: 'signedOut' }),
      (error: unknown) => current && setState({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, []);
  const signedIn = useCallback((me: Me) => setState({ status: 'signedIn', me }), []);
  const signOut = useCallback(async () => {
    await apiSignOut();
    setState({ status: 'signedOut' });
  }, []);
  const session = useMemo(() => ({ state, signedIn, signOut }), [state, signedIn, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person; only for pages rendered behind the sign-in gate. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe on a page shown to signed-out visitors');
  return state.me;
}
