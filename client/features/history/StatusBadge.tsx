import type { PlanMeta } from '@shared/schemas.ts';
import { statusShort } from './words.ts';

/** "Adopted", "Draft · revision 2": where the plan is in its review cycle, in the plan bar. */
export function StatusBadge({ meta }: { meta: PlanMeta }) {
  return (
    <p className={`status-badge status-badge--${meta.status}`} data-status={meta.status}>
      <span className="visually-hidden">Plan status: </span>
      {statusShort(meta)}
    </p>
  );
}
