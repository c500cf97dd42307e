import { useState } from 'react';
import type * as Y from 'yjs';
import { formatConditionTag, type Framework } from '@shared/frameworks/index.ts';
import type { PlanConnection } from '../../sync/planConnection.ts';
import { SwotGrid } from './SwotGrid.tsx';
import { TowsMatrix } from './TowsMatrix.tsx';
import { useConditionSwot } from './useSwot.ts';

interface SwotSectionProps {
  doc: Y.Doc;
  connection: PlanConnection;
  lens: Framework;
  canEdit: boolean;
}

/** A SWOT per condition of the active lens, and the TOWS strategies drawn from it. */
export function SwotSection({ doc, connection, lens, canEdit }: SwotSectionProps) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const condition = lens.conditions.find((c) => c.id === chosenId) ?? lens.conditions[0];
  const tag = condition ? formatConditionTag({ frameworkId: lens.id, version: lens.version, conditionId: condition.id }) : '';
  const swot = useConditionSwot(doc, tag);

  if (!condition) return null;
  return (
    <section aria-labelledby="swot-title" className="swot">
      <h2 id="swot-title">SWOT and TOWS by condition</h2>
      <p className="swot__intro">
        For one condition at a time, list the district’s strengths and weaknesses and the opportunities and threats around
        it, then pair them into strategies. Everyone sees the changes as they are typed.
      </p>
      <div className="field swot__picker">
        <label htmlFor="swot-condition">Condition</label>
        <select id="swot-condition" value={condition.id} onChange={(event) => setChosenId(event.target.value)} aria-describedby="swot-condition-description">
          {lens.conditions.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <p className="field__hint" id="swot-condition-description">
          {condition.description}
        </p>
      </div>
      {!canEdit ? <p className="swot__readonly">You can read the SWOT; people who can edit the plan change it.</p> : null}
      <SwotGrid doc={doc} conditionTag={tag} conditionName={condition.name} swot={swot} canEdit={canEdit} />
      <TowsMatrix doc={doc} planId={connection.planId} conditionTag={tag} conditionName={condition.name} swot={swot} canEdit={canEdit} />
    </section>
  );
}
