import { fetchPlan } from '../../http/plans.ts';
import { useRequest } from '../../http/useRequest.ts';
import { usePlanConnection } from '../../sync/usePlanConnection.ts';
import { Alert } from '../../components/Alert.tsx';
import { AppHeader } from '../../components/AppHeader.tsx';
import { Link } from '../../components/Link.tsx';
import { Main } from '../../components/Main.tsx';
import { useDocumentTitle } from '../../pageTitle.ts';
import { paths } from '../../router.ts';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { useMe } from '../auth/session.tsx';
import { PlanView } from './PlanView.tsx';

/** Answers that mean the plan cannot be opened at all (rather than "the network is down"). */
const FINAL_STATUSES = new Set([401, 403, 404]);

/** /plans/<planId>: loads the plan's facts and opens its live document side by side. */
export function PlanPage({ planId }: { planId: string }) {
  const me = useMe();
  const meta = useRequest(`plan:${planId}`, () => fetchPlan(planId));
  const connection = usePlanConnection(planId, me.user);
  const plan = meta.status === 'done' ? meta.data : null;
  useDocumentTitle(plan?.title ?? 'Plan');
  const blocked = meta.status === 'error' && FINAL_STATUSES.has(meta.httpStatus);
  // Show this device's copy only once the server confirms access (or cannot be asked):
  // a browser shared between accounts must not show one person's plan to another.
  const ready = meta.status === 'done' || (meta.status === 'error' && !blocked);

  const context = plan ? (
    <Link to={paths.workspace(plan.workspaceId)} className="app-header__crumb">
      {plan.workspaceName}
    </Link>
  ) : null;

  return (
    <>
      <AppHeader homePath={paths.home()} context={context} actions={<AccountMenu />} />
      {blocked ? (
        <Main>
          <h1>This plan is not available</h1>
          <Alert>{meta.message}</Alert>
          <p>
            <Link to={paths.home()}>Back to your plans</Link>
          </p>
        </Main>
      ) : connection && ready ? (
        <PlanView connection={connection} me={me} meta={plan} />
      ) : (
        <Main>
          <p className="loading">Opening the plan…</p>
        </Main>
      )}
    </>
  );
}
