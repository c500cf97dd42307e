import { changeBetween, previousComparableRound, type RoundSummary } from '@shared/assessment.ts';
import { conditionName, formatChange, formatDate, roundFramework } from './format.ts';

interface PastRoundsProps {
  /** Every round, oldest first; closed ones are listed. */
  rounds: readonly RoundSummary[];
  shownId: string | null;
  onShow: (roundId: string) => void;
}

/** "Up on 5 conditions, down on 2; most up: Technical Support (+0.8)". */
function changeSentence(rounds: readonly RoundSummary[], round: RoundSummary): string {
  const previous = previousComparableRound(rounds, round);
  if (!previous?.results || !round.results) return 'The first round on this lens.';
  const changes = (changeBetween({ ...previous, results: previous.results }, { ...round, results: round.results }) ?? []).filter(
    (c): c is typeof c & { delta: number } => c.delta !== null,
  );
  const up = changes.filter((c) => c.delta >= 0.05);
  const down = changes.filter((c) => c.delta <= -0.05);
  const framework = roundFramework(round);
  const most = [...changes].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))[0];
  const biggest = most && Math.abs(most.delta) >= 0.05 ? `; biggest change: ${conditionName(framework, most.conditionId)} (${formatChange(most.delta)})` : '';
  return `Since ${previous.name}: up on ${up.length}, down on ${down.length} ${changes.length === 1 ? 'condition' : 'conditions'}${biggest}.`;
}

/** Every closed round, newest first, with its change since the round before on the same lens. */
export function PastRounds({ rounds, shownId, onShow }: PastRoundsProps) {
  const closed = rounds.filter((r) => r.status === 'closed').reverse();
  return (
    <section aria-labelledby="past-rounds-title" className="past-rounds">
      <h3 id="past-rounds-title">Past rounds</h3>
      <ul>
        {closed.map((round) => (
          <li key={round.id} className="past-rounds__item">
            <div>
              <strong>{round.name}</strong>{' '}
              <span className="past-rounds__meta">
                closed {formatDate(round.closedAt)} · {round.raters} rated
              </span>
              <p className="past-rounds__change">{changeSentence(rounds, round)}</p>
            </div>
            {round.id === shownId ? (
              <span className="past-rounds__shown">Shown above</span>
            ) : (
              <button type="button" className="button button--quiet button--small" onClick={() => onShow(round.id)}>
                Show results<span className="visually-hidden"> of {round.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
