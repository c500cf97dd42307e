import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Framework } from '@shared/frameworks/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { openRound } from '../../http/assessments.ts';
import { errorMessage } from '../../http/http.ts';

interface OpenRoundFormProps {
  planId: string;
  lens: Framework;
  suggestedName: string;
  onOpened: () => void;
}

/** For owners and facilitators: names a new round and opens it on the plan's active lens. */
export function OpenRoundForm({ planId, lens, suggestedName, onOpened }: OpenRoundFormProps) {
  const [name, setName] = useState(suggestedName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Give the round a name, such as “Autumn 2026”.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await openRound(planId, name.trim(), lens.id);
      onOpened();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="open-round-form-title" className="round round--new">
      <h3 id="open-round-form-title">Open a round</h3>
      <p>
        Everyone who can comment on the plan can then rate the {lens.conditions.length} conditions of the{' '}
        <strong>{lens.name}</strong> lens. You close the round when enough people have rated.
      </p>
      <form className="round__form" onSubmit={(event) => void submit(event)} noValidate>
        <Field id="round-name" label="Round name" value={name} onValueChange={setName} maxLength={200} hint="For example the term or the date of the meeting." />
        {error ? <Alert>{error}</Alert> : null}
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Opening…' : 'Open the round'}
          </button>
        </div>
      </form>
    </section>
  );
}
