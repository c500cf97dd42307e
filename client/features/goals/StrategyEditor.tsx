import { addAction, findStrategy, type Strategy } from '@shared/plan-structure.ts';
import { ActionStepEditor } from './ActionStepEditor.tsx';
import { removeStrategy } from './edits.ts';
import { LiveTextField } from './fields.tsx';
import { count, fieldId, names } from './format.ts';
import { useGoals } from './goalsContext.ts';
import { RemoveButton } from './RemoveButton.tsx';

interface StrategyEditorProps {
  goalId: string;
  strategy: Strategy;
  goalIndex: number;
  index: number;
  /** Where focus goes when this strategy is removed. */
  focusAfterRemoval: string;
}

/** A strategy: its title and its action steps, each editable in place. */
export function StrategyEditor({ goalId, strategy, goalIndex, index, focusAfterRemoval }: StrategyEditorProps) {
  const { doc, requestFocus } = useGoals();
  const item = findStrategy(doc, goalId, strategy.id);
  if (!item) return null;
  const name = names.strategy(goalIndex, index);
  const heading = fieldId(strategy.id, 'heading');
  const addButton = fieldId(strategy.id, 'add-action');

  function add() {
    const id = addAction(doc, goalId, strategy.id, { title: '' });
    if (id) requestFocus(fieldId(id, 'title'));
  }

  return (
    <div role="group" aria-labelledby={heading} className="strategy">
      <div className="plan-item__head">
        <h5 id={heading}>{name}</h5>
        <RemoveButton
          name={name}
          message={`“${strategy.title || 'Untitled strategy'}” and its ${count(strategy.actions.length, 'action step')} will be removed from the plan for everyone.`}
          confirmLabel='Remove strategy'
          onRemove={() => removeStrategy(doc, goalId, strategy.id)}
          focusAfter={focusAfterRemoval}
        />
      </div>
      <LiveTextField id={fieldId(strategy.id, 'title')} label="Title" context={name} item={item} field="title" className="goal-field--wide" />
      {strategy.actions.length > 0 ? (
        <ol className="plan-list">
          {strategy.actions.map((action, actionIndex) => (
            <li key={action.id}>
              <ActionStepEditor
                goalId={goalId}
                strategyId={strategy.id}
                action={action}
                name={names.action(goalIndex, index, actionIndex)}
                focusAfterRemoval={addButton}
              />
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">No action steps yet.</p>
      )}
      <button type="button" id={addButton} className="button button--quiet button--small" aria-label={`Add action step to ${name.toLowerCase()}`} onClick={add}>
        Add action step
      </button>
    </div>
  );
}
