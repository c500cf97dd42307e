import { capabilitiesOf } from '@shared/schemas.ts';
import { fetchAuditLog } from '../../http/audit.ts';
import { useRequest } from '../../http/useRequest.ts';
import { Alert } from '../../components/Alert.tsx';
import { AppHeader } from '../../components/AppHeader.tsx';
import { Link } from '../../components/Link.tsx';
import { Main } from '../../components/Main.tsx';
import { useDocumentTitle } from '../../pageTitle.ts';
import { paths } from '../../router.ts';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { useMe } from '../auth/session.tsx';
import { AuditTable } from './AuditTable.tsx';

/** /workspaces/<wid>/audit: who shared what with whom, for the workspace's owners and facilitators. */
export function AuditPage({ workspaceId }: { workspaceId: string }) {
  const me = useMe();
  const workspace = me.workspaces.find((w) => w.id === workspaceId);
  const allowed = workspace !== undefined && capabilitiesOf(workspace.role).manage;
  const log = useRequest(`audit:${workspaceId}:${allowed}`, () => (allowed ? fetchAuditLog(workspaceId) : Promise.resolve([])));
  useDocumentTitle(workspace ? `Access log · ${workspace.name}` : 'Access log');

  return (
    <>
      <AppHeader
        homePath={paths.home()}
        context={workspace ? <Link to={paths.workspace(workspace.id)} className="app-header__crumb">{workspace.name}</Link> : null}
        actions={<AccountMenu />}
      />
      <Main className="main--audit">
        <h1>Access log</h1>
        {!allowed ? (
          <p>Only the workspace’s owners and facilitators can read its access log.</p>
        ) : (
          <>
            <p className="audit__intro">Every change to who can open, comment on or write {workspace.name}’s plans, newest first.</p>
            {log.status === 'loading' ? <p className="loading">Loading the log…</p> : null}
            {log.status === 'error' ? <Alert>{log.message}</Alert> : null}
            {log.status === 'done' && log.data.length === 0 ? <p className="empty">Nothing has been shared yet.</p> : null}
            {log.status === 'done' && log.data.length > 0 ? (
              <AuditTable events={log.data} caption={`Sharing and access changes in ${workspace.name}`} />
            ) : null}
          </>
        )}
      </Main>
    </>
  );
}
