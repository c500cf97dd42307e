import type { PointResult } from '@shared/input.ts';
import { formatScore, pointAnchor, ratingsWords } from './format.ts';
import { pointStats } from './ResultPoint.tsx';

interface RankedPointsProps {
  title: string;
  /** What the list is ranked by, in a sentence. */
  rule: string;
  /** The ranked points, best first. */
  points: readonly PointResult[];
  /** Said when no point qualifies yet. */
  none: string;
  spread?: boolean;
}

/** A short ranked list (top-rated or most disputed) whose items lead to the full point below. */
export function RankedPoints({ title, rule, points, none, spread = false }: RankedPointsProps) {
  return (
    <div className="input-ranked">
      <h6>{title}</h6>
      <p className="input-ranked__rule">{rule}</p>
      {points.length === 0 ? (
        <p className="input-ranked__none">{none}</p>
      ) : (
        <ol>
          {points.map((point) => (
            <li key={point.id}>
              <q>{point.body}</q>{' '}
              <span className="input-ranked__stats">
                — {spread ? `spread ${formatScore(point.sd)} (${point.min} to ${point.max} stars, ${ratingsWords(point.n)})` : pointStats(point)}
              </span>{' '}
              <a href={`#${pointAnchor(point.id)}`}>
                Go to the point<span className="visually-hidden"> by {point.pseudonym}</span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
