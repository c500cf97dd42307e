import type { PlanSummary } from '@shared/schemas.ts';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** Plans, newest change first. */
export function PlanList({ plans, empty = 'No plans yet. Start the first one from a template.' }: { plans: readonly PlanSummary[]; empty?: string }) {
  if (plans.length === 0) {
    return <p className="empty">{empty}</p>;
  }
  const sorted = [...plans].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <ul className="plan-list">
      {sorted.map((plan) => (
        <li key={plan.id} className="plan-list__item">
          <Link to={paths.plan(plan.id)} className="plan-list__title">
            {plan.title}
          </Link>
          <span className="plan-list__meta">
            Updated <time dateTime={plan.updatedAt}>{formatDate(plan.updatedAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}
