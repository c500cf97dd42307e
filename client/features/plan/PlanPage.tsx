import { useEffect } from 'react';
import { usePlanConnection } from '../../sync/usePlanConnection.ts';
import { Alert } from '../../components/Alert.tsx';
import { AppHeader } from '../../components/AppHeader.tsx';
import { Link } from '../../components/Link.tsx';
import { Main } from '../../components/Main.tsx';
import { useDocumentTitle } from '../../pageTitle.ts';
import { paths, type PlanViewName } from '../../router.ts';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { useMe } from '../auth/session.tsx';
import { PlanView } from './PlanView.tsx';
import { usePlanMeta } from './usePlanMeta.ts';

/** /plans/<planId>: loads the plan's facts and opens its live document side by side. */
export function PlanPage({ planId, view }: { planId: string; view: PlanViewName }) {
  const me = useMe();
  const { meta, blocked, settled, refresh } = usePlanMeta(planId);
  const connection = usePlanConnection(planId, me.user);
  // The server says when this person's role or a lock changed; re-read the facts in place.
  useEffect(() => connection?.onAccessChanged(refresh), [connection, refresh]);
  useDocumentTitle(meta?.title ?? 'Plan');
  // Show this device's copy only once the server confirms access (or cannot be asked):
  // a browser shared between accounts must not show one person's plan to another.
  const ready = settled && blocked === null;

  const context = meta ? (
    <Link to={paths.workspace(meta.workspaceId)} className="app-header__crumb">
      {meta.workspaceName}
    </Link>
  ) : null;

  return (
    <>
      <AppHeader homePath={paths.home()} context={context} actions={<AccountMenu />} />
      {blocked !== null ? (
        <Main>
          <h1>This plan is not available</h1>
          <Alert>{blocked}</Alert>
          <p>
            <Link to={paths.home()}>Back to your plans</Link>
          </p>
        </Main>
      ) : connection && ready ? (
        <PlanView connection={connection} me={me} meta={meta} refreshMeta={refresh} view={view} />
      ) : (
        <Main>
          <p className="loading">Opening the plan…</p>
        </Main>
      )}
    </>
  );
}
