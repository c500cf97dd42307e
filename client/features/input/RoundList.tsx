import type { InputRoundSummary } from '@shared/input.ts';
import { formatDate, peopleWords } from './format.ts';

interface RoundListProps {
  /** Every round, oldest first. */
  rounds: readonly InputRoundSummary[];
  shownId: string | null;
  onShow: (roundId: string) => void;
}

/** Open rounds first, then closed ones newest first; each can be shown below. */
export function RoundList({ rounds, shownId, onShow }: RoundListProps) {
  const open = rounds.filter((r) => r.status === 'open').reverse();
  const closed = rounds.filter((r) => r.status === 'closed').reverse();
  const item = (round: InputRoundSummary) => (
    <li key={round.id} className="input-rounds__item">
      <div>
        <strong>{round.name}</strong> <span className="input-rounds__audience">for {round.audience}</span>
        <p className="input-rounds__meta">
          {round.status === 'open' ? 'Open' : `Closed ${formatDate(round.closedAt)}`} · {round.sectionIds.length}{' '}
          {round.sectionIds.length === 1 ? 'section' : 'sections'} · {peopleWords(round.participants)} took part
        </p>
      </div>
      {round.id === shownId ? (
        <span className="input-rounds__shown">Shown below</span>
      ) : (
        <button type="button" className="button button--quiet button--small" onClick={() => onShow(round.id)}>
          Show<span className="visually-hidden"> {round.name}</span>
        </button>
      )}
    </li>
  );
  return (
    <section className="input-rounds" aria-labelledby="input-rounds-title">
      <h3 id="input-rounds-title">Rounds</h3>
      {open.length > 0 ? (
        <>
          <h4>Open</h4>
          <ul>{open.map(item)}</ul>
        </>
      ) : null}
      {closed.length > 0 ? (
        <>
          <h4>Closed</h4>
          <ul>{closed.map(item)}</ul>
        </>
      ) : null}
    </section>
  );
}
