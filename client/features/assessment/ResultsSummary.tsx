import { isDisagreement, levelName, strengthsAndWeaknesses, type ConditionResult } from '@shared/assessment.ts';
import type { Framework } from '@shared/frameworks/index.ts';
import { conditionName, formatScore, listWords } from './format.ts';

interface ResultsSummaryProps {
  results: readonly ConditionResult[];
  framework: Framework | undefined;
}

/** The results in words: strengths, weaknesses, and where the team disagrees. */
export function ResultsSummary({ results, framework }: ResultsSummaryProps) {
  const { strengths, weaknesses } = strengthsAndWeaknesses(results);
  const split = results.filter(isDisagreement);
  const unrated = results.filter((r) => r.n === 0);
  const named = (r: ConditionResult) => `${conditionName(framework, r.conditionId)} (${formatScore(r.mean)})`;
  return (
    <div className="results-summary">
      <p>
        <strong>Strengths:</strong> {strengths.length > 0 ? listWords(strengths.map(named)) : 'no condition stands out above the rest.'}
      </p>
      <p>
        <strong>Weaknesses:</strong> {weaknesses.length > 0 ? listWords(weaknesses.map(named)) : 'no condition stands out below the rest.'}
      </p>
      {split.length > 0 ? (
        <div className="results-summary__split">
          <p>
            <strong>People see these differently</strong> — worth talking through before writing goals:
          </p>
          <ul>
            {split.map((r) => (
              <li key={r.conditionId}>
                {conditionName(framework, r.conditionId)}: ratings from {r.min} ({levelName(r.min ?? 0)}) to {r.max} (
                {levelName(r.max ?? 0)}), standard deviation {formatScore(r.sd)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          <strong>Agreement:</strong> on every condition the ratings were close together.
        </p>
      )}
      {unrated.length > 0 ? <p>Nobody rated {listWords(unrated.map((r) => conditionName(framework, r.conditionId)))}.</p> : null}
    </div>
  );
}
