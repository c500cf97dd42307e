import { useState } from 'react';
import { previousComparableRound } from '@shared/assessment.ts';
import type { Framework } from '@shared/frameworks/index.ts';
import type { PlanMeta } from '@shared/schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { OpenRound } from './OpenRound.tsx';
import { OpenRoundForm } from './OpenRoundForm.tsx';
import { PastRounds } from './PastRounds.tsx';
import { RoundResults } from './RoundResults.tsx';
import { useRounds } from './useRounds.ts';

interface RoundsPanelProps {
  planId: string;
  /** The plan's active lens: a new round is taken on it. */
  lens: Framework;
  meta: PlanMeta | null;
}

/** The self-assessment: the open round (or a way to open one), the latest results, and every past round. */
export function RoundsPanel({ planId, lens, meta }: RoundsPanelProps) {
  const { rounds, error, reload } = useRounds(planId);
  const [shownId, setShownId] = useState<string | null>(null);
  const manage = meta?.capabilities.manage ?? false;
  const open = rounds?.find((r) => r.status === 'open');
  const closed = (rounds ?? []).filter((r) => r.status === 'closed');
  const shown = closed.find((r) => r.id === shownId) ?? closed[closed.length - 1];

  return (
    <section aria-labelledby="view-title" className="assessment__rounds">
      <h2 id="view-title">Self-assessment</h2>
      <p className="assessment__intro">
        Each member rates every condition on their own, from 1 (not yet) to 4 (leading). Ratings stay private while a round
        is open; when it closes, the team sees the average and the spread for each condition — where it is strong, where it
        is weak, and where people see things differently — never who rated what.
      </p>
      {error ? <Alert>{error}</Alert> : null}
      {rounds === null && error === null ? <p className="loading">Loading the self-assessment…</p> : null}
      {open ? (
        <OpenRound planId={planId} round={open} meta={meta} onChanged={reload} />
      ) : rounds !== null && manage ? (
        <OpenRoundForm planId={planId} lens={lens} suggestedName={`Self-assessment ${closed.length + 1}`} onOpened={reload} />
      ) : rounds !== null ? (
        <p className="assessment__none">No round is open. The plan’s owners and facilitators open one when the team is ready to rate.</p>
      ) : null}
      {shown && rounds ? <RoundResults round={shown} previous={previousComparableRound(rounds, shown)} /> : null}
      {rounds && closed.length > 0 ? <PastRounds rounds={rounds} shownId={shown?.id ?? null} onShow={setShownId} /> : null}
    </section>
  );
}
