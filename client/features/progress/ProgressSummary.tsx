import type { PlanProgress } from '@shared/progress.ts';
import { DUE_SOON_DAYS } from '@shared/progress.ts';
import { formatMoney, summarySentence } from './format.ts';

/** The headline figures: how the action steps stand, what is late, how the measures go. */
export function ProgressSummary({ progress }: { progress: PlanProgress }) {
  const { totalActions, byStatus, overdue, dueSoon, measures, budgetTotal } = progress;
  const judged = measures.filter((m) => m.course !== 'unknown');
  const onCourse = judged.filter((m) => m.course === 'on-course' || m.course === 'met').length;
  return (
    <section className="progress-summary" aria-labelledby="progress-summary-title">
      <h3 id="progress-summary-title" className="visually-hidden">
        Summary
      </h3>
      {/* Without action steps the view says so below, with a way to add them. */}
      {totalActions > 0 ? <p className="progress-summary__lead">{summarySentence(totalActions, byStatus, overdue.length)}</p> : null}
      <dl className="progress-summary__figures">
        <div className="figure">
          <dt>Action steps</dt>
          <dd>{totalActions}</dd>
        </div>
        <div className={overdue.length > 0 ? 'figure figure--alert' : 'figure'}>
          <dt>Overdue</dt>
          <dd>{overdue.length}</dd>
        </div>
        <div className="figure">
          <dt>Due in the next {DUE_SOON_DAYS} days</dt>
          <dd>{dueSoon.length}</dd>
        </div>
        <div className="figure">
          <dt>Measures on course or met</dt>
          <dd>{judged.length === 0 ? '—' : `${onCourse} of ${judged.length}`}</dd>
        </div>
        <div className="figure">
          <dt>Budgeted</dt>
          <dd>{formatMoney(budgetTotal)}</dd>
        </div>
      </dl>
    </section>
  );
}
