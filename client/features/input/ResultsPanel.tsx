import type * as Y from 'yjs';
import type { InputRoundSummary, PointResult } from '@shared/input.ts';
import type { SectionInfo } from '@shared/plan-doc.ts';
import { Alert } from '../../components/Alert.tsx';
import { SectionResults } from './SectionResults.tsx';
import { UsePointButton } from './UsePointButton.tsx';
import { useInputResults } from './useInputResults.ts';

interface ResultsPanelProps {
  doc: Y.Doc;
  planId: string;
  round: InputRoundSummary;
  sections: readonly SectionInfo[];
  /** This person may quote points in the plan's text (a manager of a plan that is not frozen). */
  canUse: boolean;
}

/** A round's results per section; while it is open (managers only) they fill in as people take part. */
export function ResultsPanel({ doc, planId, round, sections, canUse }: ResultsPanelProps) {
  const open = round.status === 'open';
  const { results, error, reload } = useInputResults(planId, round.id, open);
  const titleOf = (sectionId: string) => sections.find((s) => s.id === sectionId)?.title ?? sectionId;
  const useFor = (point: PointResult) =>
    canUse ? (
      <UsePointButton
        doc={doc}
        planId={planId}
        roundId={round.id}
        audience={round.audience}
        point={point}
        sectionTitle={titleOf(point.sectionId)}
        sectionExists={sections.some((s) => s.id === point.sectionId)}
        onUsed={reload}
      />
    ) : null;
  return (
    <section className="input-results" aria-labelledby="input-results-title">
      <h4 id="input-results-title">{open ? 'Results so far' : 'Results'}</h4>
      <p className="input-results__intro">
        {open
          ? 'Only the plan’s owners and facilitators see these while the round is open; everyone with access sees them once it closes. Points show pseudonyms, never names.'
          : 'Points show pseudonyms, never names; ratings are shown only as counts and averages.'}
      </p>
      {error ? <Alert>{error}</Alert> : null}
      {results === null ? (
        error ? null : <p className="loading">Loading the results…</p>
      ) : (
        results.sections.map((result) => <SectionResults key={result.sectionId} result={result} title={titleOf(result.sectionId)} useFor={useFor} />)
      )}
    </section>
  );
}
