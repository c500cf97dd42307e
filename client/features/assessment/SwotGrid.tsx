import type * as Y from 'yjs';
import type { ConditionSwot, SwotList } from '@shared/swot.ts';
import { SwotItems } from './SwotItems.tsx';

const QUADRANTS: ReadonlyArray<{ list: SwotList; title: string; explain: string; item: string; add: string }> = [
  { list: 'strengths', title: 'Strengths', explain: 'Inside the district: what already works for this condition.', item: 'Strength', add: 'Add a strength' },
  { list: 'weaknesses', title: 'Weaknesses', explain: 'Inside the district: what holds this condition back.', item: 'Weakness', add: 'Add a weakness' },
  { list: 'opportunities', title: 'Opportunities', explain: 'Outside the district: funding, partners or trends it could use.', item: 'Opportunity', add: 'Add an opportunity' },
  { list: 'threats', title: 'Threats', explain: 'Outside the district: what could undermine this condition.', item: 'Threat', add: 'Add a threat' },
];

interface SwotGridProps {
  doc: Y.Doc;
  conditionTag: string;
  conditionName: string;
  swot: ConditionSwot;
  canEdit: boolean;
}

/** The 2×2 SWOT grid for one condition, filled in together. */
export function SwotGrid({ doc, conditionTag, conditionName, swot, canEdit }: SwotGridProps) {
  return (
    <section aria-labelledby="swot-grid-title" className="swot__block">
      <h3 id="swot-grid-title">SWOT: {conditionName}</h3>
      <div className="swot__grid">
        {QUADRANTS.map((q) => (
          <section key={q.list} aria-labelledby={`swot-${q.list}`} className={`swot__quadrant swot__quadrant--${q.list}`}>
            <h4 id={`swot-${q.list}`}>{q.title}</h4>
            <p className="swot__explain">{q.explain}</p>
            <SwotItems doc={doc} conditionTag={conditionTag} list={q.list} items={swot[q.list]} canEdit={canEdit} itemLabel={q.item} addLabel={q.add} />
          </section>
        ))}
      </div>
    </section>
  );
}
