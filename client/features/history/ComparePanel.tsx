import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { CURRENT, type Version } from '@shared/versions.ts';
import { formatMoment } from './words.ts';

export interface ComparePair {
  from: string;
  to: string;
}

interface ComparePanelProps {
  versions: readonly Version[];
  /** The pair last compared (or chosen elsewhere, such as "Compare with now"). */
  pair: ComparePair | null;
  onCompare: (pair: ComparePair) => void;
}

function Choice({ id, label, value, versions, onChange }: { id: string; label: string; value: string; versions: readonly Version[]; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={CURRENT}>The current plan</option>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            {version.label} ({formatMoment(version.createdAt)})
          </option>
        ))}
      </select>
    </div>
  );
}

/** Choose any two of the current plan and its versions to compare. */
export function ComparePanel({ versions, pair, onCompare }: ComparePanelProps) {
  const [from, setFrom] = useState(pair?.from ?? versions[0]?.id ?? CURRENT);
  const [to, setTo] = useState(pair?.to ?? CURRENT);
  useEffect(() => {
    if (!pair) return;
    setFrom(pair.from);
    setTo(pair.to);
  }, [pair]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onCompare({ from, to });
  }

  return (
    <section className="history-panel" aria-labelledby="compare-title">
      <h3 id="compare-title">Compare</h3>
      <form className="compare-form" onSubmit={submit}>
        <Choice id="compare-from" label="Earlier" value={from} versions={versions} onChange={setFrom} />
        <Choice id="compare-to" label="Later" value={to} versions={versions} onChange={setTo} />
        <div>
          <button type="submit" className="button button--primary">
            Compare
          </button>
        </div>
      </form>
    </section>
  );
}
