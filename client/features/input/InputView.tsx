import type { PlanFeatureProps } from '../plan/featureProps.ts';

/** Placeholder until this view is built. */
export function InputView(_props: PlanFeatureProps) {
  return (
    <section aria-labelledby="view-title">
      <h2 id="view-title">Stakeholder input</h2>
    </section>
  );
}
