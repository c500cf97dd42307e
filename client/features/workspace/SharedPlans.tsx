import { listSharedPlans } from '../../http/plans.ts';
import { useRequest } from '../../http/useRequest.ts';
import { Alert } from '../../components/Alert.tsx';
import { PlanList } from './PlanList.tsx';

/**
 * Plans other districts or teams shared with this person directly. `hideWhenEmpty` keeps a
 * workspace page free of an empty card.
 */
export function SharedPlans({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const shared = useRequest('plans:shared', listSharedPlans);
  if (hideWhenEmpty && (shared.status !== 'done' || shared.data.length === 0)) return null;
  return (
    <section aria-labelledby="shared-plans-heading" className="card">
      <h2 id="shared-plans-heading">Shared with you</h2>
      {shared.status === 'loading' ? <p className="loading">Loading plans…</p> : null}
      {shared.status === 'error' ? <Alert>{shared.message}</Alert> : null}
      {shared.status === 'done' ? <PlanList plans={shared.data} empty="Nothing has been shared with you yet. Ask your facilitator for an invite link." /> : null}
    </section>
  );
}
