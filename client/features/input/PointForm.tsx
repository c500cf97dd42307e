import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_POINT_CHARS } from '@shared/input.ts';

interface PointFormProps {
  sectionTitle: string;
  onAdd: (body: string) => Promise<boolean>;
}

/** Characters left at which the count starts being announced: earlier it is noise. */
const ANNOUNCE_BELOW_CHARS = 50;

/** A short point about one section; cleared once the server has it, kept when it failed. */
export function PointForm({ sectionTitle, onAdd }: PointFormProps) {
  const id = useId();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const left = MAX_POINT_CHARS - body.length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (body.trim() === '') {
      setProblem('Write your point first.');
      return;
    }
    setBusy(true);
    setProblem(null);
    const stored = await onAdd(body.trim());
    setBusy(false);
    setAdded(stored);
    if (stored) setBody('');
  }

  return (
    <form className="point-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-body`}>Add a point about {sectionTitle}</label>
      <p className="point-form__hint" id={`${id}-hint`}>
        One idea, up to {MAX_POINT_CHARS} characters. Others see it under your pseudonym, never your name.
      </p>
      <textarea
        id={`${id}-body`}
        rows={3}
        maxLength={MAX_POINT_CHARS}
        value={body}
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          setBody(event.target.value);
          setAdded(false);
        }}
      />
      {problem ? (
        <p className="point-form__problem" id={`${id}-problem`}>
          {problem}
        </p>
      ) : null}
      <div className="point-form__footer">
        <p className="point-form__count" aria-live={left < ANNOUNCE_BELOW_CHARS ? 'polite' : 'off'}>
          {left} characters left
        </p>
        <p role="status" className="point-form__added">
          {added ? 'Your point was added.' : ''}
        </p>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add point'}
          <span className="visually-hidden"> about {sectionTitle}</span>
        </button>
      </div>
    </form>
  );
}
