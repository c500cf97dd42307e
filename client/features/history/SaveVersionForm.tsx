import { useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_VERSION_LABEL_LENGTH, type Version } from '@shared/versions.ts';
import { Field } from '../../components/Field.tsx';
import { errorMessage } from '../../http/http.ts';
import { saveVersion } from '../../http/versions.ts';

/** For editors and above: freezes the plan as it is stored now, under a name people will recognise. */
export function SaveVersionForm({ planId, onSaved }: { planId: string; onSaved: (version: Version) => void }) {
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (label.trim() === '') {
      setError('Give the version a name, such as “Draft for the cabinet, January 2027”.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const version = await saveVersion(planId, label.trim());
      setLabel('');
      setSaved(`Saved “${version.label}”.`);
      onSaved(version);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="history-panel" aria-labelledby="save-version-title">
      <h3 id="save-version-title">Save a version</h3>
      <p>A version is a copy of the whole plan as it is now that never changes: read it, compare with it or restore it later.</p>
      <form className="history__form" onSubmit={(event) => void submit(event)} noValidate>
        <Field
          id="version-label"
          label="Version name"
          value={label}
          onValueChange={(value) => {
            setLabel(value);
            setSaved(null);
          }}
          maxLength={MAX_VERSION_LABEL_LENGTH}
          error={error}
        />
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save a version'}
          </button>
        </div>
      </form>
      <div role="status" className="history__live">
        {saved}
      </div>
    </section>
  );
}
