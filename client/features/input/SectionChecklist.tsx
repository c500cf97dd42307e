import type { SectionInfo } from '@shared/plan-doc.ts';

interface SectionChecklistProps {
  sections: readonly SectionInfo[];
  chosen: ReadonlySet<string>;
  onToggle: (sectionId: string, on: boolean) => void;
  error: string | null;
}

/** The plan's sections as checkboxes: the ones the round asks about. */
export function SectionChecklist({ sections, chosen, onToggle, error }: SectionChecklistProps) {
  return (
    <fieldset className="input-form__sections" aria-describedby={`input-sections-hint${error ? ' input-sections-error' : ''}`}>
      <legend>Sections to ask about</legend>
      <p className="field__hint" id="input-sections-hint">
        Participants rate each chosen section and leave points about it. A few sections make a round people finish.
      </p>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <label className="input-form__choice">
              <input type="checkbox" checked={chosen.has(section.id)} onChange={(event) => onToggle(section.id, event.target.checked)} />
              {section.title}
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field__error" id="input-sections-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
