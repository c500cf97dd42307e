import { useState } from 'react';
import type { FormEvent } from 'react';
import { addActual } from '@shared/plan-structure.ts';
import { fieldId, parseAmount } from './format.ts';
import { useGoals } from './goalsContext.ts';

/** Today as 'YYYY-MM-DD' in the person's own time zone (the day they took the reading). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Adds one dated value to a measure. A recorded value is a new entry, so this one has a button. */
export function RecordActual({ goalId, measureId, name }: { goalId: string; measureId: string; name: string }) {
  const { doc } = useGoals();
  const [date, setDate] = useState(today);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = (field: string) => fieldId(measureId, `actual-${field}`);
  const labelled = (field: string, label: string) => ({ id: id(field), 'aria-label': `${name} ${label}` });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseAmount(value);
    if (date === '') return setError('Choose the date the value was measured.');
    if (parsed === undefined || parsed === null) return setError('Enter the measured value as a number.');
    addActual(doc, goalId, measureId, { date, value: parsed, note: note.trim() });
    setValue('');
    setNote('');
    setError(null);
    document.getElementById(id('value'))?.focus();
  }

  return (
    <form className="record-actual" onSubmit={submit} noValidate aria-describedby={error ? id('error') : undefined}>
      <div className="goal-field">
        <label htmlFor={id('date')}>Date measured</label>
        <input type="date" {...labelled('date', 'Date measured')} value={date} onChange={(event) => setDate(event.target.value)} />
      </div>
      <div className="goal-field">
        <label htmlFor={id('value')}>Value</label>
        <input inputMode="decimal" autoComplete="off" {...labelled('value', 'Value')} value={value} onChange={(event) => setValue(event.target.value)} />
      </div>
      <div className="goal-field">
        <label htmlFor={id('note')}>Note</label>
        <input autoComplete="off" {...labelled('note', 'Note')} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <button type="submit" className="button button--quiet button--small" aria-label={`Record value of ${name.toLowerCase()}`}>
        Record value
      </button>
      <p className="goal-field__error" id={id('error')} role="alert">
        {error}
      </p>
    </form>
  );
}
