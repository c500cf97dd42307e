import { capabilitiesOf, WRITING_ROLES } from '@shared/schemas.ts';
import { listPlans } from '../../http/plans.ts';
import { useRequest } from '../../http/useRequest.ts';
import { Alert } from '../../components/Alert.tsx';
import { Link } from '../../components/Link.tsx';
import { AppHeader } from '../../components/AppHeader.tsx';
import { Main } from '../../components/Main.tsx';
import { useDocumentTitle } from '../../pageTitle.ts';
import { paths } from '../../router.ts';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { useMe } from '../auth/session.tsx';
import { NewPlanForm } from './NewPlanForm.tsx';
import { PlanList } from './PlanList.tsx';
import { SharedPlans } from './SharedPlans.tsx';
import { useTemplateChoices } from './useTemplateChoices.ts';

/** A district workspace: its plans, and a form to start a new one from a template. */
export function WorkspacePage({ workspaceId }: { workspaceId: string }) {
  const me = useMe();
  const workspace = me.workspaces.find((w) => w.id === workspaceId);
  const plans = useRequest(`plans:${workspaceId}`, () => listPlans(workspaceId));
  const templates = useTemplateChoices(workspaceId);
  useDocumentTitle(workspace ? `${workspace.name} plans` : 'Workspace');
  const canWrite = workspace !== undefined && WRITING_ROLES.includes(workspace.role);

  return (
    <>
      <AppHeader homePath={paths.home()} context={workspace?.name} actions={<AccountMenu />} />
      <Main className="main--workspace">
        <div className="workspace__heading">
          <h1>{workspace ? `${workspace.name} plans` : 'Workspace not found'}</h1>
          {workspace && capabilitiesOf(workspace.role).manage ? <Link to={paths.audit(workspace.id)}>Access log</Link> : null}
        </div>
        {!workspace ? (
          <p>You are not a member of this workspace.</p>
        ) : (
          <div className="workspace">
            <section aria-labelledby="plans-heading" className="card">
              <h2 id="plans-heading">Plans</h2>
              {plans.status === 'loading' ? <p className="loading">Loading plans…</p> : null}
              {plans.status === 'error' ? <Alert>{plans.message}</Alert> : null}
              {plans.status === 'done' ? <PlanList plans={plans.data} /> : null}
            </section>
            <SharedPlans hideWhenEmpty />
            {canWrite ? (
              <section aria-labelledby="new-plan-heading" className="card new-plan-card">
                <h2 id="new-plan-heading">Start a new plan</h2>
                {templates.status === 'loading' ? <p className="loading">Loading templates…</p> : null}
                {templates.status === 'error' ? <Alert>{templates.message}</Alert> : null}
                {templates.status === 'done' && templates.savedProblem ? <Alert tone="info">{templates.savedProblem}</Alert> : null}
                {templates.status === 'done' ? (
                  <NewPlanForm
                    workspaceId={workspaceId}
                    templates={templates.templates}
                    canManage={capabilitiesOf(workspace.role).manage}
                    onTemplatesChanged={templates.reloadSaved}
                  />
                ) : null}
              </section>
            ) : null}
          </div>
        )}
      </Main>
    </>
  );
}
