import type { PlanFeatureProps } from '../plan/featureProps.ts';
import { RoundsPanel } from './RoundsPanel.tsx';
import { SwotSection } from './SwotSection.tsx';
import { useActiveLens } from './useActiveLens.ts';

/**
 * /plans/<id>/assessment: where the district stands on each condition — the team's
 * self-assessment rounds, and a SWOT per condition with the TOWS strategies drawn from it.
 */
export function AssessmentView({ doc, connection, meta, canEdit }: PlanFeatureProps) {
  const lens = useActiveLens(doc);
  return (
    <div className="assessment">
      <RoundsPanel planId={connection.planId} lens={lens} meta={meta} />
      <SwotSection doc={doc} connection={connection} lens={lens} canEdit={canEdit} />
    </div>
  );
}
