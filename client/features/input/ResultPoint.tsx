import type { ReactNode } from 'react';
import type { PointResult } from '@shared/input.ts';
import { formatScore, pointAnchor, ratingsWords } from './format.ts';

/** "4.5 from 2 ratings, 4 to 5" — or that nobody has rated it yet. */
export function pointStats(point: PointResult): string {
  if (point.n === 0) return 'Not rated yet';
  const range = point.min === point.max ? '' : `, ${point.min} to ${point.max} stars`;
  return `${formatScore(point.mean)} stars from ${ratingsWords(point.n)}${range}`;
}

interface ResultPointProps {
  point: PointResult;
  /** "Use this point", for managers who may change the plan's text. */
  use: ReactNode;
}

/** A point in the results, where the link back from the plan's text lands. */
export function ResultPoint({ point, use }: ResultPointProps) {
  return (
    <li className="input-point" id={pointAnchor(point.id)} tabIndex={-1}>
      <p className="input-point__by">
        {point.pseudonym}
        {point.used ? <span className="input-point__used"> · Used in the plan</span> : null}
      </p>
      <p className="input-point__body">{point.body}</p>
      <p className="input-point__stats">{pointStats(point)}</p>
      {use}
    </li>
  );
}
