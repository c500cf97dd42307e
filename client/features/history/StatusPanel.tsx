import type { PlanMeta } from '@shared/schemas.ts';
import { FROZEN_STATUSES } from '@shared/schemas.ts';
import { allowedMoves, canStartRevision } from '@shared/versions.ts';
import { PublishControl } from '../published/PublishControl.tsx';
import { StartRevisionButton } from './StartRevisionButton.tsx';
import { StatusMoveButton } from './StatusMoveButton.tsx';
import { formatDay, statusExplanation, statusShort } from './words.ts';

interface StatusPanelProps {
  meta: PlanMeta;
  /** The server answered a move with the plan's new facts. */
  onChanged: (meta: PlanMeta) => void;
  /** Opens the comparison of the adopted version with the plan as it is now. */
  onCompareAdopted: () => void;
}

/** Where the plan is in its review cycle, what that means, and (for managers) the moves it may make. */
export function StatusPanel({ meta, onChanged, onCompareAdopted }: StatusPanelProps) {
  const manage = meta.capabilities.manage;
  const frozen = FROZEN_STATUSES.includes(meta.status);
  const moves = allowedMoves(meta.status);
  return (
    <section className="history-panel history-status" aria-labelledby="status-title">
      <h3 id="status-title">Status: {statusShort(meta)}</h3>
      {meta.adoptedOn ? (
        <p className="history-status__adopted">
          {frozen ? 'Adopted by the board on ' : 'The previous revision was adopted by the board on '}
          <strong>{formatDay(meta.adoptedOn)}</strong>.
        </p>
      ) : null}
      <p>{statusExplanation(meta)}</p>
      {manage && (moves.length > 0 || canStartRevision(meta.status)) ? (
        <div className="history__actions">
          {moves.map((to) => (
            <StatusMoveButton key={to} meta={meta} to={to} onMoved={onChanged} />
          ))}
          {canStartRevision(meta.status) ? <StartRevisionButton meta={meta} onStarted={onChanged} /> : null}
        </div>
      ) : null}
      {!manage ? <p className="history__note">The plan’s owners and facilitators move it through review and adoption.</p> : null}
      {/* Publishing shows the adopted version; during a revision an existing link can still be withdrawn. */}
      {meta.adoptedVersionId !== null ? <PublishControl meta={meta} /> : null}
      {!frozen && meta.adoptedVersionId !== null ? (
        <div className="history__actions">
          <button type="button" className="button button--quiet" onClick={onCompareAdopted}>
            Compare with the adopted version
          </button>
        </div>
      ) : null}
    </section>
  );
}
