import type { ActionStep, Goal, Measure, PlanStructure } from '@shared/plan-structure.ts';
import { DIRECTION_LABELS, formatDay, formatMoney, formatNumber, names, statusLabel } from '../goals/format.ts';
import { TagLine } from './TagLine.tsx';

/** "2.1.3": the same numbers the plan's own goals view uses. */
const numbered = (...positions: number[]) => positions.map((p) => p + 1).join('.');

/** Action steps as a table: one row a step, its name as the row header. No owners: the public copy has none. */
function ActionTable({ actions, caption, goal, strategy }: { actions: readonly ActionStep[]; caption: string; goal: number; strategy: number }) {
  if (actions.length === 0) return <p className="empty">No action steps.</p>;
  return (
    <div className="published__table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Action step</th>
            <th scope="col">Start</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">Budget estimate</th>
            <th scope="col">Funding source</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action, a) => (
            <tr key={action.id}>
              <th scope="row">
                <span className="published__number">{numbered(goal, strategy, a)}</span> {action.title || 'Untitled'}
              </th>
              <td>{formatDay(action.start)}</td>
              <td>{formatDay(action.due)}</td>
              <td>{statusLabel(action.status)}</td>
              <td>{formatMoney(action.budget)}</td>
              <td>{action.funding || 'Not named'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MeasureTable({ measures, goal }: { measures: readonly Measure[]; goal: number }) {
  if (measures.length === 0) return <p className="empty">No measures.</p>;
  return (
    <div className="published__table">
      <table>
        <caption>Measures of {names.goal(goal).toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Baseline</th>
            <th scope="col">Target</th>
            <th scope="col">Target date</th>
            <th scope="col">Data source</th>
            <th scope="col">Direction</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((measure, m) => (
            <tr key={measure.id}>
              <th scope="row">
                <span className="published__number">{numbered(goal, m)}</span> {measure.name || 'Untitled'}
              </th>
              <td>{formatNumber(measure.baseline, measure.unit)}</td>
              <td>{formatNumber(measure.target, measure.unit)}</td>
              <td>{formatDay(measure.targetDate)}</td>
              <td>{measure.dataSource || 'Not named'}</td>
              <td>{DIRECTION_LABELS[measure.direction]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GoalSection({ goal, index, structure }: { goal: Goal; index: number; structure: PlanStructure }) {
  const headingId = `published-goal-${goal.id}`;
  const served = structure.vision.findIndex((element) => element.id === goal.visionId);
  return (
    <section className="published__goal" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {names.goal(index)}: {goal.title || 'Untitled'}
      </h3>
      {served >= 0 ? (
        <p className="published__serves">
          Serves {names.vision(served).toLowerCase()}: {structure.vision[served]?.text}
        </p>
      ) : null}
      <TagLine conditions={goal.conditions} standards={goal.standards} />
      {goal.strategies.map((strategy, s) => (
        <div key={strategy.id} className="published__strategy">
          <h4>
            {names.strategy(index, s)}: {strategy.title || 'Untitled'}
          </h4>
          <ActionTable actions={strategy.actions} caption={`Action steps of ${names.strategy(index, s).toLowerCase()}`} goal={index} strategy={s} />
        </div>
      ))}
      <h4>Measures</h4>
      <MeasureTable measures={goal.measures} goal={index} />
    </section>
  );
}

/** The vision elements and the goals with their strategies, action steps and measures. */
export function PublishedGoals({ structure, headingId }: { structure: PlanStructure; headingId: string }) {
  return (
    <section className="published__section" aria-labelledby={headingId}>
      <h2 id={headingId}>Vision and goals</h2>
      {structure.vision.length > 0 ? (
        <>
          <h3>Vision</h3>
          <ol className="published__vision">
            {structure.vision.map((element) => (
              <li key={element.id}>{element.text || 'Untitled'}</li>
            ))}
          </ol>
        </>
      ) : null}
      {structure.goals.map((goal, index) => (
        <GoalSection key={goal.id} goal={goal} index={index} structure={structure} />
      ))}
    </section>
  );
}
