import { memo, useState } from 'react';
import { findMeasure, type Direction, type Measure } from '@shared/plan-structure.ts';
import { jsonEqual } from '../../sync/observedStore.ts';
import { removeActual, removeMeasure } from './edits.ts';
import { AmountField, DateField, LiveTextField, SelectField, StringField } from './fields.tsx';
import { count, DIRECTION_LABELS, fieldId, formatDay, formatNumber } from './format.ts';
import { useGoals } from './goalsContext.ts';
import { ActualsTable, TargetLog } from './MeasureHistory.tsx';
import { RecordActual } from './RecordActual.tsx';
import { TargetDialog } from './TargetDialog.tsx';
import { RemoveButton } from './RemoveButton.tsx';

interface MeasureEditorProps {
  goalId: string;
  measure: Measure;
  /** "Measure 1.2". */
  name: string;
  focusAfterRemoval: string;
}

const DIRECTION_OPTIONS = (['higher', 'lower'] as const).map((value) => ({ value, label: DIRECTION_LABELS[value] }));

function MeasureEditorImpl({ goalId, measure, name, focusAfterRemoval }: MeasureEditorProps) {
  const { doc, confirm } = useGoals();
  const [changingTarget, setChangingTarget] = useState(false);
  const item = findMeasure(doc, goalId, measure.id);
  if (!item) return null;
  const heading = fieldId(measure.id, 'heading');
  const set = (key: string) => (value: string | number | null) => item.set(key, value);

  return (
    <div role="group" aria-labelledby={heading} className="measure">
      <div className="plan-item__head">
        <h5 id={heading}>{name}</h5>
        <RemoveButton
          name={name}
          message={`“${measure.name || 'Untitled measure'}”, its ${count(measure.actuals.length, 'recorded value')} and its target history will be removed from the plan for everyone.`}
          confirmLabel='Remove measure'
          onRemove={() => removeMeasure(doc, goalId, measure.id)}
          focusAfter={focusAfterRemoval}
        />
      </div>
      <div className="action-step__fields">
        <LiveTextField id={fieldId(measure.id, 'name')} label="Name" context={name} item={item} field="name" className="goal-field--wide" />
        <StringField id={fieldId(measure.id, 'unit')} label="Unit" context={name} value={measure.unit} onChange={set('unit')} hint="%, students, hours…" />
        <AmountField id={fieldId(measure.id, 'baseline')} label="Baseline" context={name} value={measure.baseline} onChange={set('baseline')} />
        <div className="goal-field">
          <span className="goal-field__label">Target</span>
          <p className="measure__target">
            <span>{formatNumber(measure.target, measure.unit)}</span>
            <button type="button" className="button button--quiet button--small" aria-label={`${measure.target === null ? 'Set' : 'Change'} target of ${name.toLowerCase()}`} onClick={() => setChangingTarget(true)}>
              {measure.target === null ? 'Set' : 'Change'}
            </button>
          </p>
        </div>
        <DateField id={fieldId(measure.id, 'target-date')} label="Target date" context={name} value={measure.targetDate} onChange={set('targetDate')} />
        <StringField id={fieldId(measure.id, 'source')} label="Data source" context={name} value={measure.dataSource} onChange={set('dataSource')} />
        <SelectField<Direction> id={fieldId(measure.id, 'direction')} label="Direction" context={name} value={measure.direction} options={DIRECTION_OPTIONS} onChange={set('direction')} />
      </div>
      <ActualsTable
        measure={measure}
        name={name}
        onRemove={(actual) =>
          confirm({
            title: 'Remove this recorded value?',
            message: `The value ${formatNumber(actual.value, measure.unit)} recorded for ${formatDay(actual.date)} will be removed from the plan for everyone.`,
            confirmLabel: 'Remove value',
            onConfirm: () => removeActual(doc, goalId, measure.id, actual.id),
            focusAfter: fieldId(measure.id, 'actual-value'),
          })
        }
      />
      <RecordActual goalId={goalId} measureId={measure.id} name={name} />
      <TargetLog measure={measure} />
      {changingTarget ? <TargetDialog goalId={goalId} measure={measure} name={name} onClose={() => setChangingTarget(false)} /> : null}
    </div>
  );
}

/** One measure (KPI): its definition, recorded values and target history. */
export const MeasureEditor = memo(
  MeasureEditorImpl,
  (before, after) => before.goalId === after.goalId && before.name === after.name && before.focusAfterRemoval === after.focusAfterRemoval && jsonEqual(before.measure, after.measure),
);
