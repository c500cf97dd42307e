import { useCallback, useEffect, useState } from 'react';
import type { PlanMeta } from '@shared/schemas.ts';
import { FROZEN_STATUSES, ROLE_RANK } from '@shared/schemas.ts';
import { CURRENT, type RestoreResult, type Version } from '@shared/versions.ts';
import { Alert } from '../../components/Alert.tsx';
import { useRequest } from '../../http/useRequest.ts';
import { compareVersions, listVersions } from '../../http/versions.ts';
import type { PlanFeatureProps } from '../plan/featureProps.ts';
import { ComparePanel, type ComparePair } from './ComparePanel.tsx';
import { ComparisonView } from './ComparisonView.tsx';
import { RestoreNotice } from './RestoreNotice.tsx';
import { SaveVersionForm } from './SaveVersionForm.tsx';
import { StatusPanel } from './StatusPanel.tsx';
import { VersionList } from './VersionList.tsx';
import { VersionReader } from './VersionReader.tsx';

/** The server's answer to a status move, shown until the page's own facts catch up. */
function useLatestMeta(meta: PlanMeta | null): [PlanMeta | null, (next: PlanMeta) => void] {
  const [answer, setAnswer] = useState<PlanMeta | null>(null);
  useEffect(() => setAnswer(null), [meta]);
  return [answer ?? meta, setAnswer];
}

/**
 * /plans/<id>/history (Leader Standard 2c–2e): the plan's review status and adoption, its
 * versions — save, read, compare any two, restore and undo a restore.
 */
export function HistoryView({ connection, meta: pageMeta }: PlanFeatureProps) {
  const planId = connection.planId;
  const [meta, setMeta] = useLatestMeta(pageMeta);
  const versions = useRequest(`versions/${planId}`, () => listVersions(planId));
  const [reading, setReading] = useState<Version | null>(null);
  const [pair, setPair] = useState<ComparePair | null>(null);
  // Each request to compare is counted, so asking again for the same pair compares afresh.
  const [asked, setAsked] = useState(0);
  const comparison = useRequest(pair ? `${pair.from}>${pair.to}#${asked}` : 'none', () => (pair ? compareVersions(planId, pair.from, pair.to) : Promise.resolve(null)));
  const [restored, setRestored] = useState<RestoreResult | null>(null);

  const compare = useCallback((next: ComparePair) => {
    setPair(next);
    setAsked((n) => n + 1);
  }, []);
  const { reload: reloadVersions } = versions;
  const { reload: reloadComparison } = comparison;
  // After a save, restore or status move: the list grows, and an open comparison with the current plan is stale.
  const afterChange = useCallback(() => {
    reloadVersions();
    reloadComparison();
  }, [reloadVersions, reloadComparison]);
  const onRestored = (result: RestoreResult) => {
    setRestored(result);
    afterChange();
  };

  if (!meta) return <p className="loading">Loading the plan’s history…</p>;
  const list = versions.status === 'done' ? versions.data : [];
  const canSave = ROLE_RANK[meta.role] >= ROLE_RANK.editor;
  const canRestore = meta.capabilities.manage && !FROZEN_STATUSES.includes(meta.status);

  return (
    <section aria-labelledby="view-title" className="history">
      <h2 id="view-title">Versions and adoption</h2>
      <StatusPanel
        meta={meta}
        onChanged={(next) => {
          setMeta(next);
          afterChange();
        }}
        onCompareAdopted={() => meta.adoptedVersionId && compare({ from: meta.adoptedVersionId, to: CURRENT })}
      />
      {restored ? <RestoreNotice key={restored.beforeRestore.id} planId={planId} result={restored} onUndone={onRestored} /> : null}
      {canSave ? <SaveVersionForm planId={planId} onSaved={afterChange} /> : null}
      <section className="history-panel" aria-labelledby="versions-title">
        <h3 id="versions-title">Versions</h3>
        {meta.capabilities.manage && !canRestore ? <p className="history__note">Adopted and archived plans are frozen: start a new revision to restore a version.</p> : null}
        {versions.status === 'loading' ? <p className="loading">Loading the versions…</p> : null}
        {versions.status === 'error' ? <Alert>{versions.message}</Alert> : null}
        {versions.status === 'done' ? (
          <VersionList
            planId={planId}
            versions={list}
            canRestore={canRestore}
            onRead={setReading}
            onCompare={(version) => compare({ from: version.id, to: CURRENT })}
            onRestored={onRestored}
          />
        ) : null}
      </section>
      {reading ? <VersionReader key={reading.id} planId={planId} version={reading} onClose={() => setReading(null)} /> : null}
      <ComparePanel versions={list} pair={pair} onCompare={compare} />
      {comparison.status === 'loading' && pair ? <p className="loading">Comparing…</p> : null}
      {comparison.status === 'error' ? <Alert>{comparison.message}</Alert> : null}
      {comparison.status === 'done' && comparison.data ? <ComparisonView result={comparison.data} focusKey={asked} /> : null}
    </section>
  );
}
