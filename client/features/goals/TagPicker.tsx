/**
 * Compact tag pickers: a disclosure button (its accessible name says whose tags these are),
 * the chosen tags as chips beside it, and checkboxes when open. Escape closes the panel and
 * returns focus to the button.
 */
import { useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type * as Y from 'yjs';
import { formatConditionTag, LEADER_STANDARDS } from '@shared/frameworks/index.ts';
import { setTag } from '@shared/plan-structure.ts';
import { conditionViews, standardViews, type TagView } from '../plan/tags.ts';
import { useGoals } from './goalsContext.ts';

interface PickerProps {
  item: Y.Map<unknown>;
  tags: readonly string[];
  /** The item's name ("Action step 1.2.1"), the first part of the button's name. */
  context: string;
}

function Disclosure({ label, context, chips, kind, children }: { label: string; context: string; chips: TagView[]; kind: 'condition' | 'standard'; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  }
  return (
    <div className="tag-picker">
      <div className="tag-picker__bar">
        <button
          ref={button}
          type="button"
          className="button button--quiet button--small tag-picker__toggle"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          aria-label={`${context} ${label}`}
          aria-describedby={chips.length > 0 ? `${id}-chips` : undefined}
          onClick={() => setOpen((was) => !was)}
        >
          {label}
          <span className="tag-picker__caret" aria-hidden="true">
            {open ? '▴' : '▾'}
          </span>
        </button>
        {chips.length > 0 ? (
          <ul className="tags" id={`${id}-chips`}>
            {chips.map((chip) => (
              <li key={chip.key} className={`tag tag--${kind}`} title={chip.long}>
                <span aria-hidden="true">{chip.short}</span>
                <span className="visually-hidden">{chip.long}</span>
              </li>
            ))}
          </ul>
        ) : (
          <span className="tag-picker__none">None</span>
        )}
      </div>
      <div className="tag-picker__panel" id={`${id}-panel`} hidden={!open} onKeyDown={onKeyDown}>
        {children}
      </div>
    </div>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="tag-picker__option">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

/** Conditions of the plan's lens; tags from another lens stay listed, by name, and can be removed. */
export function ConditionPicker({ item, tags, context }: PickerProps) {
  const { lens } = useGoals();
  const chosen = new Set(tags);
  const lensTags = lens.conditions.map((condition) => ({
    tag: formatConditionTag({ frameworkId: lens.id, version: lens.version, conditionId: condition.id }),
    name: condition.name,
  }));
  const own = new Set(lensTags.map((t) => t.tag));
  const others = conditionViews(tags.filter((tag) => !own.has(tag)));
  return (
    <Disclosure label="Conditions" context={context} chips={conditionViews(tags)} kind="condition">
      <fieldset className="tag-picker__group">
        <legend>{lens.name}</legend>
        {lensTags.map(({ tag, name }) => (
          <Check key={tag} label={name} checked={chosen.has(tag)} onChange={(on) => setTag(item, 'conditions', tag, on)} />
        ))}
      </fieldset>
      {others.length > 0 ? (
        <fieldset className="tag-picker__group">
          <legend>Tagged through another lens</legend>
          {others.map((view) => (
            <Check key={view.key} label={view.short} checked onChange={(on) => setTag(item, 'conditions', view.key, on)} />
          ))}
        </fieldset>
      ) : null}
    </Disclosure>
  );
}

/** ISTE Leader Standard indicators 1a–5d, grouped by standard. */
export function StandardPicker({ item, tags, context }: PickerProps) {
  const chosen = new Set(tags);
  return (
    <Disclosure label="Leader Standards" context={context} chips={standardViews(tags)} kind="standard">
      {LEADER_STANDARDS.map((standard) => (
        <fieldset key={standard.id} className="tag-picker__group">
          <legend>
            {standard.id}. {standard.name}
          </legend>
          {standard.indicators.map((indicator) => (
            <Check
              key={indicator.code}
              label={`${indicator.code} ${indicator.label}`}
              checked={chosen.has(indicator.code)}
              onChange={(on) => setTag(item, 'standards', indicator.code, on)}
            />
          ))}
        </fieldset>
      ))}
    </Disclosure>
  );
}
