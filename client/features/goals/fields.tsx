/**
 * Labelled controls that write to the plan the moment they change (no save button). Each
 * control's accessible name is its item's name plus its visible label ("Action step 1.2.1
 * Due date"), so a list of form fields read out of context still says which item it is.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import * as Y from 'yjs';
import { textField } from '@shared/plan-structure.ts';
import { YTextField } from '../../components/YTextField.tsx';
import { writeText } from '../../sync/yText.ts';
import { amountText, parseAmount } from './format.ts';

interface Base {
  /** The control's DOM id. */
  id: string;
  label: string;
  /** The item's name ("Action step 1.2.1"), read before the label; none when the label says it all. */
  context?: string;
  className?: string;
  hint?: string;
}

function Frame({ id, label, className, hint, error, children }: Base & { error?: string | undefined; children: ReactNode }) {
  return (
    <div className={['goal-field', className, error ? 'goal-field--invalid' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
      </label>
      {children}
      {hint ? (
        <p className="goal-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="goal-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function a11y({ id, label, context, hint }: Base, error?: string) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    ...(context ? { 'aria-label': `${context} ${label}` } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
}

/** A text field of an item that is a shared Y.Text, so people typing in it at once all keep their words. */
export function LiveTextField(props: Base & { item: Y.Map<unknown>; field: string; multiline?: boolean }) {
  const { item, field, multiline } = props;
  const value = item.get(field);
  if (!(value instanceof Y.Text)) {
    // Written as a plain string by an older client: becomes shared text on the first keystroke.
    return (
      <Frame {...props}>
        <input {...a11y(props)} value={typeof value === 'string' ? value : ''} onChange={(event) => writeText(textField(item, field), event.target.value)} />
      </Frame>
    );
  }
  return <Frame {...props}>{multiline ? <YTextField multiline text={value} rows={2} {...a11y(props)} /> : <YTextField text={value} {...a11y(props)} />}</Frame>;
}

/** A short plain-text value (funding source, unit…), optionally with suggestions from a datalist. */
export function StringField(props: Base & { value: string; onChange: (value: string) => void; list?: string }) {
  const { value, onChange, list } = props;
  return (
    <Frame {...props}>
      <input {...a11y(props)} value={value} list={list} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
    </Frame>
  );
}

export function DateField(props: Base & { value: string; onChange: (value: string) => void }) {
  return (
    <Frame {...props}>
      <input {...a11y(props)} type="date" value={props.value} onChange={(event) => props.onChange(event.target.value)} />
    </Frame>
  );
}

export function SelectField<T extends string>(props: Base & { value: T; options: ReadonlyArray<{ value: T; label: string }>; onChange: (value: T) => void }) {
  const { value, options, onChange } = props;
  return (
    <Frame {...props}>
      <select
        {...a11y(props)}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/**
 * A number (a budget, a baseline). What the person types is kept as typed while it is being
 * written ("12." stays "12."); each valid value is written at once, an invalid one is
 * flagged and not written. A colleague's change replaces the text unless it already says so.
 */
export function AmountField(props: Base & { value: number | null; onChange: (value: number | null) => void }) {
  const { value, onChange } = props;
  const [draft, setDraft] = useState(() => amountText(value));
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    // Adjusting state while rendering: the value changed elsewhere since the last render.
    setShown(value);
    if (parseAmount(draft) !== value) setDraft(amountText(value));
  }
  const parsed = parseAmount(draft);
  const error = parsed === undefined ? 'Enter a number, like 12500 or 12,500.50.' : undefined;
  return (
    <Frame {...props} error={error}>
      <input
        {...a11y(props, error)}
        inputMode="decimal"
        autoComplete="off"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = parseAmount(event.target.value);
          if (next !== undefined && next !== value) onChange(next);
        }}
      />
    </Frame>
  );
}
