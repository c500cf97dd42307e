import type { MeasureProgress } from '@shared/progress.ts';
import { COURSE_LABELS, COURSE_REASONS, formatDay, formatMoment, formatValue } from './format.ts';
import { MeasureChart } from './MeasureChart.tsx';

/** One measure: where it started, where it should get, how it is going, and why the target moved. */
export function MeasureCard({ measure }: { measure: MeasureProgress }) {
  const { id, name, unit, baseline, target, targetDate, latest, course, courseReason } = measure;
  const title = name.trim() || 'Untitled measure';
  const headingId = `measure-${id}`;
  return (
    <article className="progress-panel measure" aria-labelledby={headingId}>
      <header className="measure__header">
        <h4 id={headingId}>{title}</h4>
        <p className={`course course--${course}`}>
          <strong>{COURSE_LABELS[course]}</strong> <span className="course__reason">{COURSE_REASONS[courseReason]}</span>
        </p>
      </header>
      <dl className="measure__facts">
        <div>
          <dt>Goal</dt>
          <dd>{measure.goalTitle.trim() || 'Untitled goal'}</dd>
        </div>
        <div>
          <dt>Baseline</dt>
          <dd>{formatValue(baseline, unit)}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {formatValue(target, unit)}
            {targetDate ? ` by ${formatDay(targetDate)}` : ''}
          </dd>
        </div>
        <div>
          <dt>Latest</dt>
          <dd>{latest ? `${formatValue(latest.value, unit)} (${formatDay(latest.date)})` : 'No results yet'}</dd>
        </div>
        <div>
          <dt>Better is</dt>
          <dd>{measure.direction === 'higher' ? 'Higher' : 'Lower'}</dd>
        </div>
      </dl>
      {measure.actuals.length === 0 ? (
        <p className="empty">No results recorded yet. Record results under Goals and actions.</p>
      ) : (
        <figure className="progress-figure" aria-labelledby={`${headingId}-caption`}>
          <figcaption id={`${headingId}-caption`} className="progress-figure__caption">
            {title}: results over time
          </figcaption>
          <MeasureChart measure={measure} />
          <ResultsTable measure={measure} title={title} />
        </figure>
      )}
      <TargetLog measure={measure} title={title} />
    </article>
  );
}

function ResultsTable({ measure, title }: { measure: MeasureProgress; title: string }) {
  return (
    <table className="progress-table">
      <caption className="visually-hidden">Results of {title}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Value</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {measure.actuals.map((actual) => (
          <tr key={actual.id}>
            <th scope="row">
              <time dateTime={actual.date}>{formatDay(actual.date)}</time>
            </th>
            <td>{formatValue(actual.value, measure.unit)}</td>
            <td>{actual.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TargetLog({ measure, title }: { measure: MeasureProgress; title: string }) {
  if (measure.targetLog.length === 0) return <p className="measure__log-empty">The target has not changed.</p>;
  return (
    <table className="progress-table">
      <caption>Target changes of {title}</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {measure.targetLog.map((change, index) => (
          <tr key={`${change.at}-${index}`}>
            <th scope="row">
              <time dateTime={change.at}>{formatMoment(change.at)}</time>
            </th>
            <td>{change.by}</td>
            <td>{formatValue(change.from, measure.unit)}</td>
            <td>{formatValue(change.to, measure.unit)}</td>
            <td>{change.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
