import type { PlanFeatureProps } from '../plan/featureProps.ts';

/** Placeholder until this view is built. */
export function AssessmentView(_props: PlanFeatureProps) {
  return (
    <section aria-labelledby="view-title">
      <h2 id="view-title">Self-assessment</h2>
    </section>
  );
}
