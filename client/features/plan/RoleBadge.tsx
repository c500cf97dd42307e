import type { PlanMeta } from '@shared/schemas.ts';
import { planAccess, roleBadgeText } from './access.ts';

/** "You can edit · Owner": what the person may do here, and the role that grants it. */
export function RoleBadge({ meta }: { meta: PlanMeta }) {
  const { verb, role } = roleBadgeText(meta);
  return (
    <p className={`role-badge role-badge--${planAccess(meta).mode}`} data-role={meta.role}>
      <span className="role-badge__verb">{verb}</span>
      <span className="role-badge__role">
        <span className="visually-hidden">, your role: </span>
        {role}
      </span>
    </p>
  );
}
