import { lazy, Suspense, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { assertNever } from '@shared/assert-never.ts';
import { Alert } from './components/Alert.tsx';
import { AppHeader } from './components/AppHeader.tsx';
import { Link } from './components/Link.tsx';
import { Main } from './components/Main.tsx';
import { SessionProvider, useSession } from './features/auth/session.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { SignUpPage } from './features/auth/SignUpPage.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { InvitePage } from './features/invite/InvitePage.tsx';
import { PublishedPage } from './features/published/PublishedPage.tsx';
import { SharedPlansPage } from './features/workspace/SharedPlansPage.tsx';
import { WorkspacePage } from './features/workspace/WorkspacePage.tsx';
import { matchRoute, navigate, paths, usePath } from './router.ts';
import type { Route } from './router.ts';
import { useDocumentTitle } from './pageTitle.ts';

// The editor (Tiptap, Yjs, the sync provider) is most of the code; load it only for plans.
const PlanPage = lazy(() => import('./features/plan/PlanPage.tsx').then((module) => ({ default: module.PlanPage })));

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Message({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <>
      <AppHeader homePath={paths.home()} />
      <Main>
        <h1>{title}</h1>
        {children}
      </Main>
    </>
  );
}

/** Moves focus to the main landmark after in-app navigation, as a page load would. */
function useFocusOnNavigate(path: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
}

function Routes({ route }: { route: Route }) {
  const { state } = useSession();
  if (state.status === 'loading') return <Message title="Planwright"><p className="loading">Loading…</p></Message>;
  if (state.status === 'error') return <Message title="Planwright is unavailable"><Alert>{state.message}</Alert></Message>;
  const signedIn = state.status === 'signedIn';
  switch (route.name) {
    case 'signIn':
      return signedIn ? <Redirect to={paths.home()} /> : <SignInPage />;
    case 'signUp':
      return signedIn ? <Redirect to={paths.home()} /> : <SignUpPage />;
    case 'notFound':
      return (
        <Message title="Page not found">
          <p>
            There is nothing at this address. <Link to={paths.home()}>Go to your plans</Link>.
          </p>
        </Message>
      );
    case 'invite':
      // Readable signed out: it says what the link is for and how to sign in to accept it.
      return <InvitePage token={route.token} />;
    case 'published':
      // A published plan is public: no sign-in, nothing but the plan itself.
      return <PublishedPage token={route.token} />;
    case 'home':
    case 'workspace':
    case 'audit':
    case 'plan':
      break;
    default:
      return assertNever(route, 'route');
  }
  if (!signedIn) return <Redirect to={paths.signIn(window.location.pathname === '/' ? undefined : window.location.pathname)} />;
  if (route.name === 'workspace') return <WorkspacePage workspaceId={route.workspaceId} />;
  if (route.name === 'audit') return <AuditPage workspaceId={route.workspaceId} />;
  if (route.name === 'plan') {
    return (
      <Suspense fallback={<Message title="Opening the plan"><p className="loading">Opening the plan…</p></Message>}>
        <PlanPage planId={route.planId} view={route.view} />
      </Suspense>
    );
  }
  const first = state.me.workspaces[0];
  if (first) return <Redirect to={paths.workspace(first.id)} />;
  return <SharedPlansPage />;
}


export function App() {
  const path = usePath();
  useFocusOnNavigate(path);
  return (
    <SessionProvider>
      <Routes route={matchRoute(path)} />
    </SessionProvider>
  );
}
