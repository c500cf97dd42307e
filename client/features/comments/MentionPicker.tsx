import { useState } from 'react';
import type { PlanPerson } from '@shared/people.ts';

interface MentionPickerProps {
  id: string;
  people: readonly PlanPerson[];
  onMention: (person: PlanPerson) => void;
}

/**
 * Mention a member: pick a name, then Mention. Two controls rather than acting on change, so
 * moving through the list with the arrow keys mentions nobody by accident.
 */
export function MentionPicker({ id, people, onMention }: MentionPickerProps) {
  const [chosen, setChosen] = useState('');
  if (people.length === 0) return null;
  const person = people.find((p) => p.id === chosen);
  return (
    <div className="mention-picker">
      <label htmlFor={id}>Mention a member</label>
      <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">Choose a member…</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => {
          if (!person) return;
          onMention(person);
          setChosen('');
        }}
        aria-disabled={person ? undefined : true}
      >
        Mention
      </button>
    </div>
  );
}
