import type { PlanFeatureProps } from '../plan/featureProps.ts';

/** Placeholder until this view is built. */
export function ProgressView(_props: PlanFeatureProps) {
  return (
    <section aria-labelledby="view-title">
      <h2 id="view-title">Progress</h2>
    </section>
  );
}
