import type { RoundSummary } from '@shared/assessment.ts';
import type { PlanMeta } from '@shared/schemas.ts';
import { CloseRoundButton } from './CloseRoundButton.tsx';
import { formatDate, progressSentence, roundFramework } from './format.ts';
import { RatingForm } from './RatingForm.tsx';

interface OpenRoundProps {
  planId: string;
  round: RoundSummary;
  meta: PlanMeta | null;
  /** The round changed (someone rated, it closed): read the rounds again. */
  onChanged: () => void;
}

/** The open round: how many have rated, this person's ratings, and closing it for managers. */
export function OpenRound({ planId, round, meta, onChanged }: OpenRoundProps) {
  const framework = roundFramework(round);
  const canRate = meta?.capabilities.comment ?? false;
  const share = round.eligible > 0 ? Math.min(100, Math.round((round.raters / round.eligible) * 100)) : 0;
  return (
    <section aria-labelledby="open-round-title" className="round round--open">
      <h3 id="open-round-title">Open round: {round.name}</h3>
      <p className="round__meta">
        Opened by {round.openedBy} on {formatDate(round.openedAt)}
        {framework ? ` · ${framework.name}` : ''}
      </p>
      <div className="round__progress">
        <p role="status">{progressSentence(round.raters, round.eligible)}</p>
        <div className="round__bar" aria-hidden="true">
          <div className="round__bar-fill" style={{ width: `${share}%` }} />
        </div>
      </div>
      {meta?.capabilities.manage ? <CloseRoundButton planId={planId} round={round} onClosed={onChanged} /> : null}
      <p className="round__privacy">
        Your ratings are private until the round closes: nobody else, owners included, can see them. Then the team sees
        averages and spread; your evidence notes are shared without your name.
      </p>
      {!framework ? (
        <p>This round was opened on a lens Planwright no longer knows, so it cannot be rated here.</p>
      ) : canRate ? (
        <RatingForm planId={planId} roundId={round.id} framework={framework} onSaved={onChanged} />
      ) : meta ? (
        <p>Viewers can follow the round but not rate. Ask an owner or facilitator for a role that can comment.</p>
      ) : null}
    </section>
  );
}
