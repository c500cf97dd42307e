import { addMeasure, addStrategy, findGoal, type Goal, type VisionElement } from '@shared/plan-structure.ts';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';
import { removeGoal } from './edits.ts';
import { LiveTextField, SelectField } from './fields.tsx';
import { count, fieldId, listWords, names, shorten } from './format.ts';
import { useGoals } from './goalsContext.ts';
import { MeasureEditor } from './MeasureEditor.tsx';
import { StrategyEditor } from './StrategyEditor.tsx';
import { ConditionPicker, StandardPicker } from './TagPicker.tsx';
import { RemoveButton } from './RemoveButton.tsx';

interface GoalEditorProps {
  goal: Goal;
  index: number;
  vision: readonly VisionElement[];
  focusAfterRemoval: string;
}

function visionOptions(vision: readonly VisionElement[], visionId: string) {
  const options = [{ value: '', label: 'Not linked yet' }, ...vision.map((v, i) => ({ value: v.id, label: `${i + 1}. ${shorten(v.text) || 'Untitled vision element'}` }))];
  if (visionId !== '' && !vision.some((v) => v.id === visionId)) options.push({ value: visionId, label: 'A vision element that was removed' });
  return options;
}

function removalMessage(goal: Goal): string {
  const actions = goal.strategies.reduce((sum, s) => sum + s.actions.length, 0);
  const parts = [count(goal.strategies.length, 'strategy', 'strategies'), count(actions, 'action step'), count(goal.measures.length, 'measure')];
  return `“${goal.title || 'Untitled goal'}” and its ${listWords(parts)} will be removed from the plan for everyone.`;
}

/** A goal: what it is, the vision it serves, its tags, strategies with action steps, and measures. */
export function GoalEditor({ goal, index, vision, focusAfterRemoval }: GoalEditorProps) {
  const { doc, planId, requestFocus } = useGoals();
  const item = findGoal(doc, goal.id);
  if (!item) return null;
  const name = names.goal(index);
  const heading = fieldId(goal.id, 'heading');
  const addStrategyId = fieldId(goal.id, 'add-strategy');
  const addMeasureId = fieldId(goal.id, 'add-measure');

  return (
    <article className="goal card" aria-labelledby={heading}>
      <div className="plan-item__head">
        <h3 id={heading}>{name}</h3>
        <RemoveButton
          name={name}
          message={removalMessage(goal)}
          confirmLabel='Remove goal'
          onRemove={() => removeGoal(doc, goal.id)}
          focusAfter={focusAfterRemoval}
        />
      </div>
      <div className="action-step__fields">
        <LiveTextField id={fieldId(goal.id, 'title')} label="Title" context={name} item={item} field="title" className="goal-field--wide" multiline />
        <SelectField id={fieldId(goal.id, 'vision')} label="Vision element it serves" context={name} value={goal.visionId} options={visionOptions(vision, goal.visionId)} onChange={(id) => item.set('visionId', id)} className="goal-field--wide" />
      </div>
      {goal.evidence ? (
        <p className="goal__evidence">
          Based on: <Link to={paths.plan(planId, 'assessment')}>{goal.evidence.label}</Link>
        </p>
      ) : null}
      <div className="plan-item__tags">
        <ConditionPicker item={item} tags={goal.conditions} context={name} />
        <StandardPicker item={item} tags={goal.standards} context={name} />
      </div>

      <h4 className="goal__part">Strategies and action steps</h4>
      {goal.strategies.length > 0 ? (
        <ol className="plan-list">
          {goal.strategies.map((strategy, i) => (
            <li key={strategy.id}>
              <StrategyEditor goalId={goal.id} strategy={strategy} goalIndex={index} index={i} focusAfterRemoval={addStrategyId} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">No strategies yet.</p>
      )}
      <button
        type="button"
        id={addStrategyId}
        className="button button--quiet button--small"
        aria-label={`Add strategy to ${name.toLowerCase()}`}
        onClick={() => {
          const id = addStrategy(doc, goal.id, '');
          if (id) requestFocus(fieldId(id, 'title'));
        }}
      >
        Add strategy
      </button>

      <h4 className="goal__part">Measures</h4>
      {goal.measures.length > 0 ? (
        <ol className="plan-list">
          {goal.measures.map((measure, i) => (
            <li key={measure.id}>
              <MeasureEditor goalId={goal.id} measure={measure} name={names.measure(index, i)} focusAfterRemoval={addMeasureId} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">No measures yet: how will the district know this goal is being met?</p>
      )}
      <button
        type="button"
        id={addMeasureId}
        className="button button--quiet button--small"
        aria-label={`Add measure to ${name.toLowerCase()}`}
        onClick={() => {
          const id = addMeasure(doc, goal.id, { name: '' });
          if (id) requestFocus(fieldId(id, 'name'));
        }}
      >
        Add measure
      </button>
    </article>
  );
}
