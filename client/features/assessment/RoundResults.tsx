import { changeBetween, type RoundSummary } from '@shared/assessment.ts';
import { formatDate, roundFramework } from './format.ts';
import { EvidenceNotes } from './EvidenceNotes.tsx';
import { ResultsChart } from './ResultsChart.tsx';
import { ResultsSummary } from './ResultsSummary.tsx';
import { ResultsTable } from './ResultsTable.tsx';

interface RoundResultsProps {
  round: RoundSummary;
  /** The earlier closed round on the same lens, to show change since then. */
  previous: RoundSummary | undefined;
}

/** A closed round's results: in words, as a chart, and as a table with the same numbers. */
export function RoundResults({ round, previous }: RoundResultsProps) {
  const framework = roundFramework(round);
  const results = round.results ?? [];
  const changes = previous?.results ? changeBetween({ ...previous, results: previous.results }, { ...round, results }) : null;
  return (
    <section aria-labelledby="round-results-title" className="round round--results">
      <h3 id="round-results-title">Results: {round.name}</h3>
      <p className="round__meta">
        Closed {formatDate(round.closedAt)} · {round.raters} {round.raters === 1 ? 'person' : 'people'} rated
        {framework ? ` · ${framework.name}` : ''}
      </p>
      {round.raters === 0 ? (
        <p>Nobody rated in this round.</p>
      ) : (
        <>
          <ResultsSummary results={results} framework={framework} />
          <ResultsChart results={results} framework={framework} roundName={round.name} />
          <ResultsTable results={results} framework={framework} changes={changes} previousName={previous?.name ?? null} roundName={round.name} />
          <EvidenceNotes results={results} framework={framework} />
        </>
      )}
    </section>
  );
}
