/** A measure's recorded values and the log of why its target changed: shown to editors and readers alike. */
import type { Measure, MeasureActual } from '@shared/plan-structure.ts';
import { formatDay, formatNumber } from './format.ts';

export function ActualsTable({ measure, name, onRemove }: { measure: Measure; name: string; onRemove?: (actual: MeasureActual) => void }) {
  if (measure.actuals.length === 0) return <p className="empty">No values recorded yet.</p>;
  return (
    <table className="goal-table">
      <caption>Values recorded for {name.toLowerCase()}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Value</th>
          <th scope="col">Note</th>
          {onRemove ? (
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {measure.actuals.map((actual) => (
          <tr key={actual.id}>
            <td>{formatDay(actual.date)}</td>
            <td>{formatNumber(actual.value, measure.unit)}</td>
            <td>{actual.note}</td>
            {onRemove ? (
              <td>
                <button type="button" className="button button--danger button--small" aria-label={`Remove the value of ${formatDay(actual.date)}`} onClick={() => onRemove(actual)}>
                  Remove
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TargetLog({ measure }: { measure: Measure }) {
  if (measure.targetLog.length === 0) return null;
  return (
    <div className="target-log">
      <p className="target-log__title">Why the target changed</p>
      <ol>
        {measure.targetLog.map((change, index) => (
          <li key={`${change.at}-${index}`}>
            <span className="target-log__when">{formatDay(change.at, 'Undated')}</span> — {change.by || 'Someone'}{' '}
            {change.from === null ? 'set the target to' : `changed the target from ${formatNumber(change.from, measure.unit)} to`}{' '}
            {formatNumber(change.to, measure.unit)}
            {change.reason ? `: ${change.reason}` : '.'}
          </li>
        ))}
      </ol>
    </div>
  );
}
