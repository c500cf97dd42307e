/** The goals view for people who may not change the plan: the same information, as text. */
import type { ReactNode } from 'react';
import type { ActionStep, Goal, Measure, PlanStructure } from '@shared/plan-structure.ts';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';
import { SectionTags } from '../plan/SectionTags.tsx';
import { DIRECTION_LABELS, fieldId, formatDay, formatMoney, formatNumber, names, statusLabel } from './format.ts';
import { ActualsTable, TargetLog } from './MeasureHistory.tsx';

function Facts({ rows }: { rows: ReadonlyArray<[string, ReactNode]> }) {
  return (
    <dl className="goal-facts">
      {rows.map(([term, value]) => (
        <div key={term} className="goal-facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const tagsOrNone = (conditions: readonly string[], standards: readonly string[]) =>
  conditions.length + standards.length > 0 ? <SectionTags conditions={conditions} standards={standards} /> : 'None';

function ActionStepText({ action, name }: { action: ActionStep; name: string }) {
  return (
    <div className="action-step" role="group" aria-labelledby={fieldId(action.id, 'heading')}>
      <h6 id={fieldId(action.id, 'heading')}>
        {name}: {action.title || 'Untitled'}
      </h6>
      <Facts
        rows={[
          ['Owner', action.ownerName || 'No owner yet'],
          ['Start date', formatDay(action.start)],
          ['Due date', formatDay(action.due)],
          ['Status', <span className={`status status--${action.status}`}>{statusLabel(action.status)}</span>],
          ['Budget estimate', formatMoney(action.budget)],
          ['Funding source', action.funding || 'Not named'],
          ['Tags', tagsOrNone(action.conditions, action.standards)],
        ]}
      />
    </div>
  );
}

function MeasureText({ measure, name }: { measure: Measure; name: string }) {
  return (
    <div className="measure" role="group" aria-labelledby={fieldId(measure.id, 'heading')}>
      <h5 id={fieldId(measure.id, 'heading')}>
        {name}: {measure.name || 'Untitled'}
      </h5>
      <Facts
        rows={[
          ['Baseline', formatNumber(measure.baseline, measure.unit)],
          ['Target', formatNumber(measure.target, measure.unit)],
          ['Target date', formatDay(measure.targetDate)],
          ['Data source', measure.dataSource || 'Not named'],
          ['Direction', DIRECTION_LABELS[measure.direction]],
        ]}
      />
      <ActualsTable measure={measure} name={name} />
      <TargetLog measure={measure} />
    </div>
  );
}

function GoalText({ goal, index, structure, planId }: { goal: Goal; index: number; structure: PlanStructure; planId: string }) {
  const served = structure.vision.findIndex((v) => v.id === goal.visionId);
  const heading = fieldId(goal.id, 'heading');
  return (
    <article className="goal card" aria-labelledby={heading}>
      <h3 id={heading}>
        {names.goal(index)}: {goal.title || 'Untitled'}
      </h3>
      <Facts
        rows={[
          ['Vision element it serves', served >= 0 ? `${served + 1}. ${structure.vision[served]?.text ?? ''}` : 'Not linked yet'],
          ['Tags', tagsOrNone(goal.conditions, goal.standards)],
        ]}
      />
      {goal.evidence ? (
        <p className="goal__evidence">
          Based on: <Link to={paths.plan(planId, 'assessment')}>{goal.evidence.label}</Link>
        </p>
      ) : null}
      <h4 className="goal__part">Strategies and action steps</h4>
      {goal.strategies.length === 0 ? <p className="empty">No strategies yet.</p> : null}
      {goal.strategies.map((strategy, s) => (
        <div key={strategy.id} className="strategy" role="group" aria-labelledby={fieldId(strategy.id, 'heading')}>
          <h5 id={fieldId(strategy.id, 'heading')}>
            {names.strategy(index, s)}: {strategy.title || 'Untitled'}
          </h5>
          {strategy.actions.length === 0 ? <p className="empty">No action steps yet.</p> : null}
          {strategy.actions.map((action, a) => (
            <ActionStepText key={action.id} action={action} name={names.action(index, s, a)} />
          ))}
        </div>
      ))}
      <h4 className="goal__part">Measures</h4>
      {goal.measures.length === 0 ? <p className="empty">No measures yet.</p> : null}
      {goal.measures.map((measure, m) => (
        <MeasureText key={measure.id} measure={measure} name={names.measure(index, m)} />
      ))}
    </article>
  );
}

export function GoalsReadOnly({ structure, planId }: { structure: PlanStructure; planId: string }) {
  return (
    <>
      <section className="vision-elements" aria-labelledby="vision-elements-heading">
        <h3 id="vision-elements-heading">Vision elements</h3>
        {structure.vision.length === 0 ? (
          <p className="empty">No vision elements yet.</p>
        ) : (
          <ol className="vision-elements__text">
            {structure.vision.map((element) => (
              <li key={element.id}>{element.text || 'Untitled'}</li>
            ))}
          </ol>
        )}
      </section>
      {structure.goals.length === 0 ? <p className="empty">No goals yet.</p> : null}
      {structure.goals.map((goal, index) => (
        <GoalText key={goal.id} goal={goal} index={index} structure={structure} planId={planId} />
      ))}
    </>
  );
}
