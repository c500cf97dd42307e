import type { ReactNode } from 'react';
import { MIN_RATINGS_TO_RANK, SCORES, SECTION_SCALE, type PointResult, type SectionResult } from '@shared/input.ts';
import { formatScore, peopleWords, ratingsWords } from './format.ts';
import { RankedPoints } from './RankedPoints.tsx';
import { ResultPoint } from './ResultPoint.tsx';

interface SectionResultsProps {
  result: SectionResult;
  title: string;
  /** The "Use this point" control for a point, or null when this person may not use points. */
  useFor: (point: PointResult) => ReactNode;
}

/** "Mean rating 3.5 of 5 · spread 1.1 (2 to 5) · 4 ratings". */
function ratingSentence(result: SectionResult): string {
  if (result.n === 0) return 'Nobody has rated this section yet.';
  const range = result.min === result.max ? `all ${result.min}` : `${result.min} to ${result.max}`;
  return `Mean rating ${formatScore(result.mean)} of 5 · spread ${formatScore(result.sd)} (${range}) · ${ratingsWords(result.n)}`;
}

/** One section's results: participation, the rating's mean and spread, and its points ranked two ways. */
export function SectionResults({ result, title, useFor }: SectionResultsProps) {
  const byId = new Map(result.points.map((p) => [p.id, p]));
  const ranked = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((p): p is PointResult => p !== undefined);
  const headingId = `input-results-${result.sectionId}`;
  return (
    <section className="input-results__section" aria-labelledby={headingId}>
      <h5 id={headingId}>{title}</h5>
      <p className="input-results__summary">
        {peopleWords(result.participants)} took part · {ratingSentence(result)}
      </p>
      <table className="input-results__table">
        <caption className="visually-hidden">How people rated {title}</caption>
        <thead>
          <tr>
            {SCORES.map((score) => (
              <th key={score} scope="col">
                {score} · {SECTION_SCALE[score]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {result.counts.map((count, index) => (
              <td key={index}>{count}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="input-results__ranked">
        <RankedPoints
          title="Top-rated points"
          rule={`Highest average stars, among points with at least ${MIN_RATINGS_TO_RANK} ratings.`}
          points={ranked(result.topRated)}
          none={`No point has ${MIN_RATINGS_TO_RANK} ratings yet.`}
        />
        <RankedPoints
          title="Most disputed points"
          rule="Where ratings are furthest apart: people see these differently."
          points={ranked(result.mostDisputed)}
          none="No point divides opinion yet."
          spread
        />
      </div>
      <h6>All points about {title} ({result.points.length})</h6>
      {result.points.length === 0 ? (
        <p className="input-ranked__none">Nobody has added a point about this section.</p>
      ) : (
        <ul className="input-points">
          {result.points.map((point) => (
            <ResultPoint key={point.id} point={point} use={useFor(point)} />
          ))}
        </ul>
      )}
    </section>
  );
}
