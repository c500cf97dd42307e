import { FROZEN_STATUSES, type PlanMeta } from '@shared/schemas.ts';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';
import { ROLE_NAMES } from '../sharing/roles.ts';
import { planAccess } from './access.ts';

function whoToAsk(meta: PlanMeta): string {
  return `the plan’s owner or a facilitator in ${meta.workspaceName || 'its district workspace'}`;
}

/** An adopted or archived plan: read-only for everyone because of its status, not a role. */
function FrozenBanner({ meta }: { meta: PlanMeta }) {
  const adopted = meta.status === 'adopted';
  return (
    <div className="access-banner" data-mode="frozen">
      <p className="access-banner__title">{adopted ? `Adopted by the board${meta.adoptedOn ? ` on ${meta.adoptedOn}` : ''}` : 'This plan is archived'}</p>
      <p>
        Its text is frozen for everyone, so the record of what was {adopted ? 'adopted' : 'archived'} stays exact. Comments stay open.{' '}
        {meta.capabilities.manage ? (
          <>
            To change it, start a new revision under <Link to={paths.plan(meta.id, 'history')}>Versions and adoption</Link>.
          </>
        ) : (
          <>To change it, {whoToAsk(meta)} can start a new revision.</>
        )}
      </p>
    </div>
  );
}

/**
 * Why the text cannot be changed — the plan's status, or the person's role — and what to do
 * about it. It sits in a live region, so a change during the session is announced.
 */
export function AccessBanner({ meta }: { meta: PlanMeta | null }) {
  const mode = meta ? planAccess(meta).mode : 'edit';
  if (meta && FROZEN_STATUSES.includes(meta.status)) {
    return (
      <div role="status" className="access-banner-region">
        <FrozenBanner meta={meta} />
      </div>
    );
  }
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
            Your role here is {ROLE_NAMES[meta.role]}, so the text is read-only for you. Select text in any section to comment on it.
            To write, ask {whoToAsk(meta)} for more access.
          </p>
        </div>
      ) : null}
    </div>
  );
}
