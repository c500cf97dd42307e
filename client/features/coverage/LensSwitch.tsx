import { useId } from 'react';
import { FRAMEWORKS, type Framework } from '@shared/frameworks/index.ts';
import { getMeta } from '@shared/plan-doc.ts';
import type * as Y from 'yjs';

interface LensSwitchProps {
  doc: Y.Doc;
  lens: Framework;
  /** Owners and facilitators choose the lens; everyone else reads which one is in use. */
  canSwitch: boolean;
}

/**
 * The lens the plan's coverage is read through. Switching writes `meta.frameworkId` only:
 * the tags on sections, goals and action steps stay as written, so switching back is free.
 */
export function LensSwitch({ doc, lens, canSwitch }: LensSwitchProps) {
  const id = useId();
  if (!canSwitch) {
    return (
      <p className="lens lens--read">
        <span className="lens__label">Lens:</span> <strong>{lens.name}</strong>
      </p>
    );
  }
  return (
    <div className="lens">
      <label htmlFor={id} className="lens__label">
        Lens
      </label>
      <select id={id} className="lens__select" value={lens.id} aria-describedby={`${id}-hint`} onChange={(event) => getMeta(doc).set('frameworkId', event.target.value)}>
        {FRAMEWORKS.map((framework) => (
          <option key={framework.id} value={framework.id}>
            {framework.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="lens__hint">
        Changes the lens for everyone on this plan. Tags stay as they were written.
      </p>
    </div>
  );
}
