import { useId } from 'react';
import type { ReactNode } from 'react';
import { SCORES, type Score } from '@shared/input.ts';

interface ScaleGroupProps {
  legend: ReactNode;
  /** The words for each score, said with it. */
  scale: Readonly<Record<Score, string>>;
  value: number | null;
  onChoose: (score: Score) => void;
  /** Show the scores as stars (a point) rather than numbers (a section). */
  stars?: boolean;
  /** Ids of what the choice is about, for screen readers. */
  describedBy?: string;
  disabled?: boolean;
}

/** "★★★☆☆" for the eye; the words carry the same meaning for everyone else. */
function starGlyphs(score: Score): string {
  return '★'.repeat(score) + '☆'.repeat(5 - score);
}

/**
 * A 1–5 rating as a real radio group: one tab stop, arrow keys move the choice, and every
 * option is named in words ("4 stars: Agree", "4 · Mostly").
 */
export function ScaleGroup({ legend, scale, value, onChoose, stars = false, describedBy, disabled = false }: ScaleGroupProps) {
  const name = useId();
  return (
    <fieldset className={stars ? 'scale scale--stars' : 'scale'} aria-describedby={describedBy} disabled={disabled}>
      <legend className="scale__legend">{legend}</legend>
      <div className="scale__options">
        {SCORES.map((score) => (
          <label key={score} className="scale__option">
            <input type="radio" name={name} value={score} checked={value === score} onChange={() => onChoose(score)} />
            {stars ? (
              <>
                <span className="scale__stars" aria-hidden="true">
                  {starGlyphs(score)}
                </span>
                <span className="visually-hidden">{score === 1 ? '1 star' : `${score} stars`}: </span>
              </>
            ) : (
              <span className="scale__number">{score} · </span>
            )}
            <span className="scale__words">{scale[score]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
