import { useState } from 'react';
import type { Me, PlanMeta } from '@shared/schemas.ts';
import { WRITING_ROLES } from '@shared/schemas.ts';
import { CloseCodes } from '@shared/close-codes.ts';
import type { PlanConnection } from '../../sync/planConnection.ts';
import { usePresence } from '../../sync/presence.ts';
import { useSections } from '../../sync/useDocContent.ts';
import { useConnectionFacts } from '../../sync/usePlanConnection.ts';
import { useUnloadGuard } from '../../sync/useUnloadGuard.ts';
import { Alert } from '../../components/Alert.tsx';
import { Link } from '../../components/Link.tsx';
import { Main } from '../../components/Main.tsx';
import { paths } from '../../router.ts';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { PresenceList } from './PresenceList.tsx';
import { SectionNav } from './SectionNav.tsx';
import { SectionPanel } from './SectionPanel.tsx';

interface PlanViewProps {
  connection: PlanConnection;
  me: Me;
  /** Plan facts from the API; null while loading or when the API could not be reached. */
  meta: PlanMeta | null;
}

/** The open plan: section navigator, status bar, and one shared editor per section. */
export function PlanView({ connection, me, meta }: PlanViewProps) {
  const { doc, provider } = connection;
  const facts = useConnectionFacts(connection);
  const sections = useSections(doc);
  const presence = usePresence(provider.awareness);
  const [activeId, setActiveId] = useState<string | null>(null);
  useUnloadGuard(facts.unconfirmed);
  const editable = meta === null || WRITING_ROLES.includes(meta.role);
  const user = { name: me.user.name, color: me.user.color };

  return (
    <div className="plan-layout">
      <SectionNav sections={sections} activeId={activeId} />
      <Main className="main--plan">
        <div className="plan-bar">
          <div className="plan-bar__title">
            <h1>{meta?.title ?? 'Plan'}</h1>
            {meta ? <p className="plan-bar__workspace">{meta.workspaceName}</p> : null}
          </div>
          <ConnectionIndicator facts={facts} />
          <PresenceList entries={presence} selfUserId={me.user.id} />
        </div>
        {facts.notice ? (
          <Alert tone={facts.stopped ? 'error' : 'info'}>
            {facts.notice}{' '}
            {facts.closeCode === CloseCodes.notSignedIn.code ? <Link to={paths.signIn(window.location.pathname)}>Sign in again</Link> : null}
          </Alert>
        ) : null}
        {!editable ? <p className="readonly-note">You can read this plan; your role does not allow changing its text.</p> : null}
        {sections.length === 0 ? (
          <p className="loading">{facts.loaded ? 'This plan has no sections yet.' : 'Loading the plan…'}</p>
        ) : (
          sections.map((section, index) => (
            <SectionPanel
              key={section.id}
              section={section}
              number={index + 1}
              doc={doc}
              provider={provider}
              user={user}
              editable={editable}
              onFocusSection={setActiveId}
            />
          ))
        )}
      </Main>
    </div>
  );
}
