import { isDisagreement, type ConditionChange, type ConditionResult } from '@shared/assessment.ts';
import type { Framework } from '@shared/frameworks/index.ts';
import { conditionName, formatChange, formatScore } from './format.ts';

interface ResultsTableProps {
  results: readonly ConditionResult[];
  framework: Framework | undefined;
  /** Change per condition since `previousName`; null when there is no comparable earlier round. */
  changes: readonly ConditionChange[] | null;
  previousName: string | null;
  roundName: string;
}

/** Every number the chart shows, and more, as a table: the chart's alternative for screen readers. */
export function ResultsTable({ results, framework, changes, previousName, roundName }: ResultsTableProps) {
  const changeOf = new Map((changes ?? []).map((c) => [c.conditionId, c.delta]));
  return (
    <div className="results-table">
      <table>
        <caption>Ratings per condition in {roundName}</caption>
        <thead>
          <tr>
            <th scope="col">Condition</th>
            <th scope="col">Mean</th>
            <th scope="col">Lowest–highest</th>
            <th scope="col">Standard deviation</th>
            <th scope="col">Raters</th>
            <th scope="col">1 Not yet</th>
            <th scope="col">2 Emerging</th>
            <th scope="col">3 Established</th>
            <th scope="col">4 Leading</th>
            {changes && previousName ? <th scope="col">Change since {previousName}</th> : null}
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.conditionId}>
              <th scope="row">
                {conditionName(framework, r.conditionId)}
                {isDisagreement(r) ? <span className="results-table__flag"> (views differ)</span> : null}
              </th>
              <td>{formatScore(r.mean)}</td>
              <td>{r.min === null ? '—' : `${r.min}–${r.max}`}</td>
              <td>{formatScore(r.sd)}</td>
              <td>{r.n}</td>
              {r.counts.map((count, level) => (
                <td key={level}>{count}</td>
              ))}
              {changes && previousName ? <td>{formatChange(changeOf.get(r.conditionId) ?? null)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
