import type { InvitePreview } from '@shared/schemas.ts';
import { previewInvite } from '../../http/invites.ts';
import { useRequest } from '../../http/useRequest.ts';
import { Alert } from '../../components/Alert.tsx';
import { AppHeader } from '../../components/AppHeader.tsx';
import { Link } from '../../components/Link.tsx';
import { Main } from '../../components/Main.tsx';
import { useDocumentTitle } from '../../pageTitle.ts';
import { paths } from '../../router.ts';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../sharing/format.ts';
import { PLAN_ROLE_ABILITIES, withArticle } from '../sharing/roles.ts';
import { AcceptInvite } from './AcceptInvite.tsx';

function Invitation({ token, preview }: { token: string; preview: InvitePreview }) {
  const { state } = useSession();
  const here = paths.invite(token);
  return (
    <>
      <h1>Join “{preview.planTitle}”</h1>
      <p className="invite__what">
        {preview.invitedBy} invited you to {preview.workspaceName}’s plan as {withArticle(preview.role)}: you can {PLAN_ROLE_ABILITIES[preview.role]}.
      </p>
      <p className="invite__expiry">The invitation works once and expires on {formatDate(preview.expiresAt)}.</p>
      {state.status === 'signedIn' ? (
        <AcceptInvite token={token} me={state.me} />
      ) : (
        <div className="invite__choices">
          <p>Sign in, or create an account with the address the invitation was sent to; you come back here to accept.</p>
          <div className="invite__actions">
            <Link to={paths.signIn(here)} className="button button--primary">
              Sign in to accept
            </Link>
            <Link to={paths.signUp(here)} className="button button--quiet">
              Create an account
            </Link>
          </div>
        </div>
      )}
    </>
  );
}

/** /invite/<token>: what the link invites to, and the way to accept it (signing in first if needed). */
export function InvitePage({ token }: { token: string }) {
  const { state } = useSession();
  const preview = useRequest(`invite:${token}`, () => previewInvite(token));
  useDocumentTitle(preview.status === 'done' ? `Invitation to ${preview.data.planTitle}` : 'Invitation');
  return (
    <>
      <AppHeader homePath={paths.home()} actions={state.status === 'signedIn' ? <AccountMenu /> : undefined} />
      <Main className="main--auth">
        <div className="card auth invite">
          {preview.status === 'loading' ? <p className="loading">Opening the invitation…</p> : null}
          {preview.status === 'error' ? (
            <>
              <h1>This invitation cannot be used</h1>
              <Alert>{preview.message}</Alert>
              <p className="auth__switch">Ask the person who sent it for a new link.</p>
            </>
          ) : null}
          {preview.status === 'done' ? <Invitation token={token} preview={preview.data} /> : null}
        </div>
      </Main>
    </>
  );
}
