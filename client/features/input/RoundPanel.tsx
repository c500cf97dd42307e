import type * as Y from 'yjs';
import type { InputRoundSummary } from '@shared/input.ts';
import type { SectionInfo } from '@shared/plan-doc.ts';
import { CloseInputRoundButton } from './CloseInputRoundButton.tsx';
import { formatDate, peopleWords } from './format.ts';
import { ParticipantPanel } from './ParticipantPanel.tsx';
import { ResultsPanel } from './ResultsPanel.tsx';

interface RoundPanelProps {
  doc: Y.Doc;
  planId: string;
  round: InputRoundSummary;
  sections: readonly SectionInfo[];
  manage: boolean;
  comment: boolean;
  canEdit: boolean;
  onChanged: () => void;
}

/** One round: taking part while it is open, its results for managers (and for everyone once closed). */
export function RoundPanel({ doc, planId, round, sections, manage, comment, canEdit, onChanged }: RoundPanelProps) {
  const open = round.status === 'open';
  const showResults = manage || !open;
  const titles = round.sectionIds.map((id) => sections.find((s) => s.id === id)?.title ?? id);
  return (
    <section className="input-round" aria-labelledby="input-round-title">
      <h3 id="input-round-title" tabIndex={-1}>
        {round.name} <span className="input-round__audience">· {round.audience}</span>
      </h3>
      <p className="input-round__meta">
        {open ? `Open since ${formatDate(round.openedAt)}` : `Closed ${formatDate(round.closedAt)}`} · opened by {round.openedBy} ·{' '}
        {peopleWords(round.participants)} took part
      </p>
      <p className="input-round__sections">Sections: {titles.join(', ')}</p>
      {open && manage ? <CloseInputRoundButton planId={planId} round={round} onClosed={onChanged} /> : null}
      {open && comment ? <ParticipantPanel planId={planId} roundId={round.id} sections={sections} anchored={!showResults} onChanged={onChanged} /> : null}
      {open && !comment ? (
        <p>Viewers can follow a round but not take part. Its results are shared here when it closes.</p>
      ) : null}
      {open && comment && !manage ? <p className="input-round__later">The results are shared here when the round closes.</p> : null}
      {showResults ? <ResultsPanel doc={doc} planId={planId} round={round} sections={sections} canUse={manage && canEdit} /> : null}
    </section>
  );
}
