import { useMemo, useState } from 'react';
import type { Me, PlanMeta, SectionLock } from '@shared/schemas.ts';
import { CloseCodes } from '@shared/close-codes.ts';
import type { PlanConnection } from '../../sync/planConnection.ts';
import { usePresence } from '../../sync/presence.ts';
import { useSections } from '../../sync/useDocContent.ts';
import { useConnectionFacts } from '../../sync/usePlanConnection.ts';
import { useUnloadGuard } from '../../sync/useUnloadGuard.ts';
import { Alert } from '../../components/Alert.tsx';
import { Link } from '../../components/Link.tsx';
import { Main } from '../../components/Main.tsx';
import { paths, type PlanViewName } from '../../router.ts';
import { assertNever } from '@shared/assert-never.ts';
import { AssessmentView } from '../assessment/AssessmentView.tsx';
import { CommentsLayout } from '../comments/CommentsLayout.tsx';
import { CoverageView } from '../coverage/CoverageView.tsx';
import { GoalsView } from '../goals/GoalsView.tsx';
import { HistoryView } from '../history/HistoryView.tsx';
import { StatusBadge } from '../history/StatusBadge.tsx';
import { InputView } from '../input/InputView.tsx';
import { ProgressView } from '../progress/ProgressView.tsx';
import type { PlanFeatureProps } from './featureProps.ts';
import { PlanTabs } from './PlanTabs.tsx';
import { ShareButton } from '../sharing/ShareButton.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { SaveAsTemplate } from '../templates/SaveAsTemplate.tsx';
import { planAccess, sectionAccess } from './access.ts';
import { AccessBanner } from './AccessBanner.tsx';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { PresenceList } from './PresenceList.tsx';
import { RoleBadge } from './RoleBadge.tsx';
import { SectionNav } from './SectionNav.tsx';
import { SectionPanel } from './SectionPanel.tsx';
import type { SectionViewer } from './SectionPanel.tsx';

interface PlanViewProps {
  connection: PlanConnection;
  me: Me;
  /** Plan facts from the API; null while loading or when the API could not be reached. */
  meta: PlanMeta | null;
  /** Re-read the plan's facts (after this person changed a lock). */
  refreshMeta: () => void;
  view: PlanViewName;
}

/** The view other than the sections themselves. */
function PlanSubview({ view, ...props }: PlanFeatureProps & { view: Exclude<PlanViewName, 'write'> }) {
  switch (view) {
    case 'goals':
      return <GoalsView {...props} />;
    case 'coverage':
      return <CoverageView {...props} />;
    case 'assessment':
      return <AssessmentView {...props} />;
    case 'progress':
      return <ProgressView {...props} />;
    case 'input':
      return <InputView {...props} />;
    case 'history':
      return <HistoryView {...props} />;
    default:
      return assertNever(view, 'plan view');
  }
}

/** The open plan: section navigator, status bar, access explanation and one shared editor per section. */
export function PlanView({ connection, me, meta, refreshMeta, view }: PlanViewProps) {
  const { doc, provider } = connection;
  const facts = useConnectionFacts(connection);
  const sections = useSections(doc);
  const presence = usePresence(provider.awareness);
  const [activeId, setActiveId] = useState<string | null>(null);
  const access = planAccess(meta);
  // Changes the server refused will never be confirmed: do not hold the person on the page for them.
  useUnloadGuard(access.mode === 'edit' && facts.refused === null ? facts.unconfirmed : 0);
  const locks = useMemo(() => new Map<string, SectionLock>((meta?.locks ?? []).filter((l) => l.editors.length > 0).map((l) => [l.sectionId, l])), [meta]);
  const viewer: SectionViewer = useMemo(
    () => ({
      userId: me.user.id,
      user: { name: me.user.name, color: me.user.color },
      canEditPlan: access.mode === 'edit',
      manage: meta && access.manage ? { planId: meta.id, onLockChanged: refreshMeta } : null,
    }),
    [me.user, access.mode, access.manage, meta, refreshMeta],
  );

  return (
    <CommentsLayout doc={doc} planId={connection.planId} me={me.user} canComment={access.comment && facts.refused === null} sidebar={view === 'write'}>
      {view === 'write' ? <SectionNav sections={sections} activeId={activeId} locks={locks} userId={me.user.id} /> : null}
      <Main className="main--plan">
        <div className="plan-bar">
          <div className="plan-bar__title">
            <h1>{meta?.title ?? 'Plan'}</h1>
            {meta ? <p className="plan-bar__workspace">{meta.workspaceName}</p> : null}
          </div>
          {meta ? <RoleBadge meta={meta} /> : null}
          {meta ? <StatusBadge meta={meta} /> : null}
          {meta && access.manage ? <ShareButton planId={meta.id} planTitle={meta.title} selfId={me.user.id} /> : null}
          {meta && access.manage ? <SaveAsTemplate meta={meta} /> : null}
          {meta ? <ExportMenu planId={meta.id} planTitle={meta.title} /> : null}
          <ConnectionIndicator facts={facts} />
          <PresenceList entries={presence} selfUserId={me.user.id} />
        </div>
        <PlanTabs planId={connection.planId} view={view} />
        {facts.notice ? (
          <Alert tone={facts.stopped ? 'error' : 'info'}>
            {facts.notice}{' '}
            {facts.closeCode === CloseCodes.notSignedIn.code ? <Link to={paths.signIn(window.location.pathname)}>Sign in again</Link> : null}
          </Alert>
        ) : null}
        {facts.refused !== null ? (
          <Alert tone="info">
            The server did not keep your latest change: your access does not allow it. Until you reload the plan, later changes in
            this window cannot be saved either.{' '}
            <button type="button" className="button button--small" onClick={() => void connection.startOver()}>
              Reload the plan from the server
            </button>
          </Alert>
        ) : null}
        <AccessBanner meta={meta} />
        {view !== 'write' ? (
          <PlanSubview view={view} doc={doc} connection={connection} me={me} meta={meta} canEdit={access.mode === 'edit' && facts.refused === null} />
        ) : sections.length === 0 ? (
          <p className="loading">{facts.loaded ? 'This plan has no sections yet.' : 'Loading the plan…'}</p>
        ) : (
          sections.map((section, index) => (
            <SectionPanel
              key={section.id}
              section={section}
              number={index + 1}
              doc={doc}
              provider={provider}
              viewer={viewer}
              access={sectionAccess(meta, section.id, me.user.id)}
              onFocusSection={setActiveId}
            />
          ))
        )}
      </Main>
    </CommentsLayout>
  );
}
