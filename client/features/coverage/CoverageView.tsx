import { coverageCounts } from '@shared/coverage.ts';
import type { PlanFeatureProps } from '../plan/featureProps.ts';
import { ConditionCard } from './ConditionCard.tsx';
import { CrosswalkNote } from './CrosswalkNote.tsx';
import { LensSwitch } from './LensSwitch.tsx';
import { ReadinessChecklist } from './ReadinessChecklist.tsx';
import { usePlanCoverage } from './usePlanCoverage.ts';
import { countOf } from './words.ts';

/**
 * /plans/<id>/coverage: each condition of the plan's lens with what addresses it and whether
 * it has an action step, then the readiness checklist. Re-reads as anyone changes the plan.
 */
export function CoverageView({ doc, connection, meta, canEdit }: PlanFeatureProps) {
  const { coverage, checks } = usePlanCoverage(doc);
  const counts = coverageCounts(coverage);
  const planId = meta?.id ?? connection.planId;
  return (
    <>
      <section className="coverage" aria-labelledby="view-title">
        <h2 id="view-title">Coverage by condition</h2>
        <LensSwitch doc={doc} lens={coverage.lens} canSwitch={meta !== null && meta.capabilities.manage && canEdit} />
        <CrosswalkNote planId={planId} coverage={coverage} />
        <div className="coverage-summary">
          <p className="coverage-summary__main">
            {counts.covered} of {countOf(counts.total, 'condition')} {counts.covered === 1 ? 'has' : 'have'} an action step
          </p>
          <p className="coverage-summary__more">
            {counts.addressed} of {counts.total} are addressed somewhere in the plan: in a section, a goal, an action step or a measure.
          </p>
        </div>
        <ol className="coverage-list">
          {coverage.conditions.map((entry) => (
            <li key={entry.condition.id}>
              <ConditionCard planId={planId} entry={entry} />
            </li>
          ))}
        </ol>
      </section>
      <ReadinessChecklist planId={planId} checks={checks} />
    </>
  );
}
