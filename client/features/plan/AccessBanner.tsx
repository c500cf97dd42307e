import type { PlanMeta } from '@shared/schemas.ts';
import { ROLE_NAMES } from '../sharing/roles.ts';
import { planAccess } from './access.ts';

function whoToAsk(meta: PlanMeta): string {
  return `the plan’s owner or a facilitator in ${meta.workspaceName || 'its district workspace'}`;
}

/**
 * Why the text cannot be changed, for viewers and commenters, and who to ask for more. It sits
 * in a live region, so a change of role during the session is announced.
 */
export function AccessBanner({ meta }: { meta: PlanMeta | null }) {
  const mode = meta ? planAccess(meta).mode : 'edit';
  return (
    <div role="status" className="access-banner-region">
      {meta && mode === 'view' ? (
        <div className="access-banner" data-mode="view">
          <p className="access-banner__title">You can read this plan</p>
          <p>
            Your role here is {ROLE_NAMES[meta.role]}, so the text is read-only for you. To comment or write, ask {whoToAsk(meta)} for
            more access.
          </p>
        </div>
      ) : null}
      {meta && mode === 'comment' ? (
        <div className="access-banner" data-mode="comment">
          <p className="access-banner__title">You can read and comment on this plan</p>
          <p>
            Your role here is {ROLE_NAMES[meta.role]}, so the text is read-only for you. Commenting on sections arrives with a coming
            update; until then you can read every section. To write, ask {whoToAsk(meta)} for more access.
          </p>
        </div>
      ) : null}
    </div>
  );
}
