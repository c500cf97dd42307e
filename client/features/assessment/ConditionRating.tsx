import { useId } from 'react';
import { conditionHint, MAX_EVIDENCE_CHARS, RUBRIC, type Level } from '@shared/assessment.ts';
import type { FrameworkCondition } from '@shared/frameworks/index.ts';
import type { Draft } from './useMyRatings.ts';

interface ConditionRatingProps {
  condition: FrameworkCondition;
  draft: Draft | undefined;
  disabled: boolean;
  onLevel: (level: Level) => void;
  onEvidence: (evidence: string) => void;
  /** Leaving the note: save what was typed without waiting. */
  onLeaveNote: () => void;
}

/** One condition: a radio group of the four rubric levels and an optional evidence note. */
export function ConditionRating({ condition, draft, disabled, onLevel, onEvidence, onLeaveNote }: ConditionRatingProps) {
  const id = useId();
  const noteWaits = draft !== undefined && draft.level === null && draft.evidence.trim() !== '';
  return (
    <fieldset className="rating" aria-describedby={`${id}-hint`} disabled={disabled}>
      <legend className="rating__name">{condition.name}</legend>
      <p className="rating__hint" id={`${id}-hint`}>
        {conditionHint(condition.id, condition.description)}
      </p>
      <div className="rating__levels">
        {RUBRIC.map((d) => (
          <label key={d.level} className="rating__level">
            <input type="radio" name={`${id}-level`} value={d.level} checked={draft?.level === d.level} onChange={() => onLevel(d.level)} />
            <span className="rating__level-name">
              {d.level} · {d.name}
            </span>
            <span className="rating__level-text">{d.description}</span>
          </label>
        ))}
      </div>
      <label className="rating__note-label" htmlFor={`${id}-note`}>
        Evidence for {condition.name} <span className="rating__optional">(optional)</span>
      </label>
      <textarea
        id={`${id}-note`}
        className="rating__note"
        rows={2}
        maxLength={MAX_EVIDENCE_CHARS}
        value={draft?.evidence ?? ''}
        onChange={(event) => onEvidence(event.target.value)}
        onBlur={onLeaveNote}
      />
      {noteWaits ? <p className="rating__waiting">Choose a level to save this note.</p> : null}
    </fieldset>
  );
}
