import type { PlanFeatureProps } from '../plan/featureProps.ts';

/** Placeholder until this view is built. */
export function HistoryView(_props: PlanFeatureProps) {
  return (
    <section aria-labelledby="view-title">
      <h2 id="view-title">Versions and adoption</h2>
    </section>
  );
}
