import { useState } from 'react';
import type { InputRoundSummary } from '@shared/input.ts';
import { Alert } from '../../components/Alert.tsx';
import { useSections } from '../../sync/useDocContent.ts';
import type { PlanFeatureProps } from '../plan/featureProps.ts';
import { focusWhenPresent } from './format.ts';
import { OpenInputRoundForm } from './OpenInputRoundForm.tsx';
import { RoundList } from './RoundList.tsx';
import { RoundPanel } from './RoundPanel.tsx';
import { useInputRounds } from './useInputRounds.ts';
import { useLinkedRound } from './useLinkedRound.ts';

/** The round to show: the one asked for, else the newest open one, else the newest. */
function roundToShow(rounds: readonly InputRoundSummary[], id: string | null): InputRoundSummary | undefined {
  return rounds.find((r) => r.id === id) ?? [...rounds].reverse().find((r) => r.status === 'open') ?? rounds[rounds.length - 1];
}

/**
 * /plans/<id>/input: stakeholder input rounds (2d). Facilitators open a round on some sections
 * for one group; participants rate the sections and share and star-rate points under
 * pseudonyms; the results rank the points and a facilitator can quote one in the plan.
 */
export function InputView({ doc, connection, meta, canEdit }: PlanFeatureProps) {
  const planId = connection.planId;
  const sections = useSections(doc);
  const { rounds, error, reload } = useInputRounds(planId);
  const manage = meta?.capabilities.manage ?? false;
  const comment = meta?.capabilities.comment ?? false;
  const linked = useLinkedRound(planId, rounds, manage, comment);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [forming, setForming] = useState(false);
  const shown = rounds ? roundToShow(rounds, chosenId ?? linked) : undefined;

  return (
    <section aria-labelledby="view-title" className="input">
      <h2 id="view-title">Stakeholder input</h2>
      <p className="input__intro">
        Ask a group — parents, teachers, students, the community — what they think of chosen sections of the plan. Each
        participant rates the sections, shares short points and star-rates other people’s points. Everyone appears under a
        pseudonym, to facilitators too; the results show which points are rated highest and which divide opinion.
      </p>
      {error ? <Alert>{error}</Alert> : null}
      {rounds === null && error === null ? <p className="loading">Loading the input rounds…</p> : null}
      {manage && forming ? (
        <OpenInputRoundForm
          planId={planId}
          sections={sections}
          onOpened={(roundId) => {
            setForming(false);
            setChosenId(roundId);
            reload();
            focusWhenPresent('input-round-title');
          }}
          onCancel={() => {
            setForming(false);
            focusWhenPresent('input-open-button');
          }}
        />
      ) : manage ? (
        <p>
          <button type="button" id="input-open-button" className="button button--primary" onClick={() => setForming(true)}>
            Open a new round…
          </button>
        </p>
      ) : null}
      {rounds !== null && rounds.length === 0 ? (
        <p className="input__none">No input round yet.{manage ? '' : ' The plan’s owners and facilitators open one when they want to hear from a group.'}</p>
      ) : null}
      {rounds && rounds.length > 0 ? <RoundList rounds={rounds} shownId={shown?.id ?? null} onShow={setChosenId} /> : null}
      {shown ? (
        <RoundPanel key={shown.id} doc={doc} planId={planId} round={shown} sections={sections} manage={manage} comment={comment} canEdit={canEdit} onChanged={reload} />
      ) : null}
    </section>
  );
}
