import { connectionPhase, phaseLabel, saveLabel } from '../../sync/connectionStatus.ts';
import type { ConnectionFacts } from '../../sync/connectionStatus.ts';
import { useSettledValue } from './useSettledValue.ts';

/** How long the spoken status waits for typing to pause before it speaks. */
const ANNOUNCE_SETTLE_MS = 1500;

/**
 * Connected / syncing / offline, and how many local changes the server has not yet confirmed.
 * The visible text updates at once; the polite live region speaks once things settle, so a
 * screen reader is not interrupted on every keystroke.
 */
export function ConnectionIndicator({ facts }: { facts: ConnectionFacts }) {
  const phase = connectionPhase(facts);
  const save = saveLabel(facts);
  const spoken = useSettledValue(`${phaseLabel(phase)}. ${save}.`, ANNOUNCE_SETTLE_MS);
  return (
    <div className={`connection connection--${phase}`} data-phase={phase} data-unconfirmed={facts.unconfirmed}>
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__text" aria-hidden="true">
        <span className="connection__phase">{phaseLabel(phase)}</span>
        <span className="connection__save">{save}</span>
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {spoken}
      </span>
    </div>
  );
}
