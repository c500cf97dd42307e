import { MAX_AUDIENCE_CHARS, SUGGESTED_AUDIENCES } from '@shared/input.ts';

const OTHER = 'other';

interface AudienceFieldProps {
  /** A suggested group's name, or OTHER with `other` typed. */
  choice: string;
  other: string;
  onChoice: (choice: string) => void;
  onOther: (other: string) => void;
  error: string | null;
}

/** The group a round is for: one of the usual ones, or any other typed in. */
export function AudienceField({ choice, other, onChoice, onOther, error }: AudienceFieldProps) {
  return (
    <fieldset className="input-form__audience" aria-describedby={error ? 'input-audience-error' : undefined}>
      <legend>Who is the round for?</legend>
      <div className="input-form__choices">
        {[...SUGGESTED_AUDIENCES, OTHER].map((option) => (
          <label key={option} className="input-form__choice">
            <input type="radio" name="input-audience" value={option} checked={choice === option} onChange={() => onChoice(option)} />
            {option === OTHER ? 'Another group' : option}
          </label>
        ))}
      </div>
      {choice === OTHER ? (
        <div className="field">
          <label htmlFor="input-audience-other">Name of the group</label>
          <input id="input-audience-other" value={other} maxLength={MAX_AUDIENCE_CHARS} onChange={(event) => onOther(event.target.value)} aria-invalid={error ? true : undefined} />
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id="input-audience-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The audience a choice stands for ("" when another group was chosen and left blank). */
export function audienceOf(choice: string, other: string): string {
  return choice === OTHER ? other.trim() : choice;
}
