import type * as Y from 'yjs';
import type { ConditionSwot, TowsList } from '@shared/swot.ts';
import { GoalFromStrategy } from './GoalFromStrategy.tsx';
import { SwotItems } from './SwotItems.tsx';
import { useGoalIds } from './useSwot.ts';

const QUADRANTS: ReadonlyArray<{ list: TowsList; title: string; explain: string }> = [
  { list: 'so', title: 'Strengths × Opportunities', explain: 'Use a strength to take up an opportunity.' },
  { list: 'st', title: 'Strengths × Threats', explain: 'Use a strength to head off a threat.' },
  { list: 'wo', title: 'Weaknesses × Opportunities', explain: 'Use an opportunity to overcome a weakness.' },
  { list: 'wt', title: 'Weaknesses × Threats', explain: 'Limit the harm where a weakness meets a threat.' },
];

interface TowsMatrixProps {
  doc: Y.Doc;
  planId: string;
  conditionTag: string;
  conditionName: string;
  swot: ConditionSwot;
  canEdit: boolean;
}

/** The TOWS matrix: strategies drawn from pairing the SWOT's inside and outside, each one a possible goal. */
export function TowsMatrix({ doc, planId, conditionTag, conditionName, swot, canEdit }: TowsMatrixProps) {
  const goalIds = useGoalIds(doc);
  return (
    <section aria-labelledby="tows-title" className="swot__block">
      <h3 id="tows-title">TOWS strategies: {conditionName}</h3>
      <p className="swot__explain">
        Pair what is inside the district (strengths, weaknesses) with what is outside it (opportunities, threats) to find
        strategies. When the team agrees on one, make it a goal of the plan.
      </p>
      <div className="swot__grid">
        {QUADRANTS.map((q) => (
          <section key={q.list} aria-labelledby={`tows-${q.list}`} className="swot__quadrant swot__quadrant--tows">
            <h4 id={`tows-${q.list}`}>{q.title}</h4>
            <p className="swot__explain">{q.explain}</p>
            <SwotItems
              doc={doc}
              conditionTag={conditionTag}
              list={q.list}
              items={swot[q.list]}
              canEdit={canEdit}
              itemLabel={`${q.title} strategy`}
              addLabel="Add a strategy"
              multiline
              extra={(item) => (
                <GoalFromStrategy doc={doc} planId={planId} conditionTag={conditionTag} list={q.list} item={item} goalExists={item.goalId !== null && goalIds.includes(item.goalId)} canEdit={canEdit} />
              )}
            />
          </section>
        ))}
      </div>
    </section>
  );
}
