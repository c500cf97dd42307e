import { useState } from 'react';
import type { FormEvent } from 'react';
import type { SectionInfo } from '@shared/plan-doc.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { errorMessage } from '../../http/http.ts';
import { openInputRound } from '../../http/input.ts';
import { AudienceField, audienceOf } from './AudienceField.tsx';
import { SectionChecklist } from './SectionChecklist.tsx';

interface OpenInputRoundFormProps {
  planId: string;
  sections: readonly SectionInfo[];
  onOpened: (roundId: string) => void;
  onCancel: () => void;
}

interface Problems {
  name?: string;
  audience?: string;
  sections?: string;
}

/** For owners and facilitators: names a round, picks its group and sections, and opens it. */
export function OpenInputRoundForm({ planId, sections, onOpened, onCancel }: OpenInputRoundFormProps) {
  const [name, setName] = useState('');
  const [choice, setChoice] = useState('Parents');
  const [other, setOther] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const audience = audienceOf(choice, other);
    const found: Problems = {
      ...(name.trim() === '' ? { name: 'Give the round a name, such as “Spring 2027 family survey”.' } : {}),
      ...(audience === '' ? { audience: 'Name the group the round is for.' } : {}),
      ...(chosen.size === 0 ? { sections: 'Choose at least one section.' } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      // Sent in the plan's order, whatever order they were ticked in.
      const sectionIds = sections.map((s) => s.id).filter((id) => chosen.has(id));
      const opened = await openInputRound(planId, { name: name.trim(), audience, sectionIds });
      onOpened(opened.id);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  const toggle = (sectionId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(sectionId);
    else next.delete(sectionId);
    setChosen(next);
  };

  return (
    <section className="input-form" aria-labelledby="input-form-title">
      <h3 id="input-form-title">Open an input round</h3>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id="input-round-name" label="Round name" value={name} onValueChange={setName} maxLength={200} error={problems.name} />
        <AudienceField choice={choice} other={other} onChoice={setChoice} onOther={setOther} error={problems.audience ?? null} />
        <SectionChecklist sections={sections} chosen={chosen} onToggle={toggle} error={problems.sections ?? null} />
        {error ? <Alert>{error}</Alert> : null}
        <div className="input-form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Opening…' : 'Open the round'}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
