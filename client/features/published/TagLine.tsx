import { LEADER_INDICATOR_CODES, leaderIndicatorLabel, type LeaderIndicatorCode } from '@shared/frameworks/index.ts';
import { conditionViews } from '../plan/tags.ts';

const isLeaderCode = (code: string): code is LeaderIndicatorCode => (LEADER_INDICATOR_CODES as readonly string[]).includes(code);

/**
 * What a section or goal addresses, as words rather than chips: it reads aloud and prints
 * the same as it shows.
 */
export function TagLine({ conditions, standards }: { conditions: readonly string[]; standards: readonly string[] }) {
  if (conditions.length === 0 && standards.length === 0) return null;
  return (
    <ul className="published__tags">
      {conditions.length > 0 ? <li>Essential Conditions: {conditionViews(conditions).map((view) => view.short).join(', ')}</li> : null}
      {standards.length > 0 ? (
        <li>ISTE Leader Standards: {standards.map((code) => (isLeaderCode(code) ? `${code} ${leaderIndicatorLabel(code)}` : code)).join('; ')}</li>
      ) : null}
    </ul>
  );
}
