import type { PlanFeatureProps } from '../plan/featureProps.ts';

/** Placeholder until this view is built. */
export function GoalsView(_props: PlanFeatureProps) {
  return (
    <section aria-labelledby="view-title">
      <h2 id="view-title">Goals and actions</h2>
    </section>
  );
}
