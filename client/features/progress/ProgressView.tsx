import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';
import { useConnectionFacts } from '../../sync/usePlanConnection.ts';
import type { PlanFeatureProps } from '../plan/featureProps.ts';
import { BudgetTable } from './BudgetTable.tsx';
import { DeadlineList } from './DeadlineList.tsx';
import { DUE_SOON_DAYS } from '@shared/progress.ts';
import { MeasureCard } from './MeasureCard.tsx';
import { OwnerTable } from './OwnerTable.tsx';
import { ProgressSummary } from './ProgressSummary.tsx';
import { StatusChart } from './StatusChart.tsx';
import { usePlanProgress } from './usePlanProgress.ts';

/**
 * The progress dashboard (Leader Standard 2c): how the action steps stand, what is late or
 * due soon, what the budget adds up to, and whether each measure is heading for its target.
 * Live: it follows every change colleagues make to goals, actions and measures.
 */
export function ProgressView({ doc, connection }: PlanFeatureProps) {
  const progress = usePlanProgress(doc);
  const { loaded } = useConnectionFacts(connection);
  const goalsPath = paths.plan(connection.planId, 'goals');
  const empty = progress.totalActions === 0 && progress.measures.length === 0;

  return (
    <section aria-labelledby="view-title" className="progress">
      <h2 id="view-title">Progress</h2>
      {empty ? (
        <p className={loaded ? 'empty' : 'loading'}>
          {loaded ? (
            <>
              No action steps yet — add them under <Link to={goalsPath}>Goals and actions</Link>.
            </>
          ) : (
            'Loading the plan…'
          )}
        </p>
      ) : (
        <>
          <ProgressSummary progress={progress} />
          {progress.totalActions === 0 ? (
            <p className="empty">
              No action steps yet — add them under <Link to={goalsPath}>Goals and actions</Link>.
            </p>
          ) : (
            <>
              <div className="progress-grid">
                <StatusChart counts={progress.byStatus} total={progress.totalActions} />
                <OwnerTable owners={progress.byOwner} />
              </div>
              <div className="progress-grid">
                <DeadlineList id="progress-overdue" title="Overdue" tone="overdue" items={progress.overdue} empty="Nothing is overdue." goalsPath={goalsPath} />
                <DeadlineList
                  id="progress-due-soon"
                  title={`Due in the next ${DUE_SOON_DAYS} days`}
                  tone="soon"
                  items={progress.dueSoon}
                  empty={`Nothing is due in the next ${DUE_SOON_DAYS} days.`}
                  goalsPath={goalsPath}
                />
              </div>
              <BudgetTable sources={progress.budgetByFunding} total={progress.budgetTotal} />
            </>
          )}
          <section aria-labelledby="progress-measures" className="progress-measures">
            <h3 id="progress-measures">Measures</h3>
            {progress.measures.length === 0 ? (
              <p className="empty">
                No measures yet — add them to a goal under <Link to={goalsPath}>Goals and actions</Link>.
              </p>
            ) : (
              progress.measures.map((measure) => <MeasureCard key={`${measure.goalId}:${measure.id}`} measure={measure} />)
            )}
          </section>
        </>
      )}
    </section>
  );
}
