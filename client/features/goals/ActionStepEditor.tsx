import { memo } from 'react';
import { ACTION_STATUSES, findAction, type ActionStatus, type ActionStep } from '@shared/plan-structure.ts';
import { jsonEqual } from '../../sync/observedStore.ts';
import { removeAction, setOwner } from './edits.ts';
import { AmountField, DateField, LiveTextField, SelectField, StringField } from './fields.tsx';
import { fieldId, statusLabel } from './format.ts';
import { useGoals } from './goalsContext.ts';
import { ConditionPicker, StandardPicker } from './TagPicker.tsx';
import { RemoveButton } from './RemoveButton.tsx';

export const FUNDING_LIST_ID = 'goals-funding-sources';

interface ActionStepEditorProps {
  goalId: string;
  strategyId: string;
  action: ActionStep;
  /** "Action step 1.2.3". */
  name: string;
  /** Where focus goes when this step is removed. */
  focusAfterRemoval: string;
}

const STATUS_OPTIONS = ACTION_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }));

/** The owner choices: nobody, everyone with access, and a named owner who has since lost access. */
function ownerOptions(people: ReadonlyArray<{ id: string; name: string }>, action: ActionStep) {
  const options = [{ value: '', label: 'No owner yet' }, ...people.map((p) => ({ value: p.id, label: p.name }))];
  if (action.ownerId !== '' && !people.some((p) => p.id === action.ownerId)) {
    options.push({ value: action.ownerId, label: action.ownerName || 'Someone without access' });
  }
  return options;
}

function ActionStepEditorImpl({ goalId, strategyId, action, name, focusAfterRemoval }: ActionStepEditorProps) {
  const { doc, people } = useGoals();
  const item = findAction(doc, goalId, strategyId, action.id);
  if (!item) return null;
  const heading = fieldId(action.id, 'heading');
  const set = (key: string) => (value: string | number | null) => item.set(key, value);

  return (
    <div role="group" aria-labelledby={heading} className="action-step">
      <div className="plan-item__head">
        <h6 id={heading}>{name}</h6>
        <RemoveButton
          name={name}
          message={`“${action.title || 'Untitled action step'}” will be removed from the plan for everyone.`}
          confirmLabel='Remove action step'
          onRemove={() => removeAction(doc, goalId, strategyId, action.id)}
          focusAfter={focusAfterRemoval}
        />
      </div>
      <div className="action-step__fields">
        <LiveTextField id={fieldId(action.id, 'title')} label="Title" context={name} item={item} field="title" className="goal-field--wide" />
        <SelectField
          id={fieldId(action.id, 'owner')}
          label="Owner"
          context={name}
          value={action.ownerId}
          options={ownerOptions(people, action)}
          onChange={(id) => setOwner(item, id === '' ? null : (people.find((p) => p.id === id) ?? { id, name: action.ownerName }))}
        />
        <SelectField<ActionStatus> id={fieldId(action.id, 'status')} label="Status" context={name} value={action.status} options={STATUS_OPTIONS} onChange={set('status')} />
        <DateField id={fieldId(action.id, 'start')} label="Start date" context={name} value={action.start} onChange={set('start')} />
        <DateField
          id={fieldId(action.id, 'due')}
          label="Due date"
          context={name}
          value={action.due}
          onChange={set('due')}
          {...(action.start !== '' && action.due !== '' && action.due < action.start ? { hint: 'This is before the start date.' } : {})}
        />
        <AmountField id={fieldId(action.id, 'budget')} label="Budget estimate (dollars)" context={name} value={action.budget} onChange={set('budget')} />
        <StringField id={fieldId(action.id, 'funding')} label="Funding source" context={name} value={action.funding} onChange={set('funding')} list={FUNDING_LIST_ID} />
      </div>
      <div className="plan-item__tags">
        <ConditionPicker item={item} tags={action.conditions} context={name} />
        <StandardPicker item={item} tags={action.standards} context={name} />
      </div>
    </div>
  );
}

/** One action step, every field editable in place; re-renders only when its own data changes. */
export const ActionStepEditor = memo(
  ActionStepEditorImpl,
  (before, after) =>
    before.goalId === after.goalId &&
    before.strategyId === after.strategyId &&
    before.name === after.name &&
    before.focusAfterRemoval === after.focusAfterRemoval &&
    jsonEqual(before.action, after.action),
);
