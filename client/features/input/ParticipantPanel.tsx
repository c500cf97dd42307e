import type { SectionInfo } from '@shared/plan-doc.ts';
import { Alert } from '../../components/Alert.tsx';
import { SectionInput } from './SectionInput.tsx';
import { useParticipantView } from './useParticipantView.ts';

interface ParticipantPanelProps {
  planId: string;
  roundId: string;
  /** The plan's sections, for titles; a round's section the plan no longer has keeps its id. */
  sections: readonly SectionInfo[];
  anchored: boolean;
  onChanged: () => void;
}

/** Taking part in an open round: rate each of its sections, add points, star other people's points. */
export function ParticipantPanel({ planId, roundId, sections, anchored, onChanged }: ParticipantPanelProps) {
  const state = useParticipantView(planId, roundId, onChanged);
  const { view } = state;
  return (
    <section className="input-take-part" aria-labelledby="input-take-part-title">
      <h4 id="input-take-part-title">Your input</h4>
      <p className="input-take-part__privacy">
        {view?.pseudonym
          ? `Everyone, the facilitators included, sees your points as “${view.pseudonym}”, never your name.`
          : 'Everyone, the facilitators included, sees your points under a pseudonym Planwright picks for you, never your name.'}{' '}
        Your ratings are counted into averages only. Each choice is saved as you make it.
      </p>
      {state.error ? <Alert>{state.error}</Alert> : null}
      {view === null ? (
        state.error ? null : <p className="loading">Loading the round…</p>
      ) : (
        view.sectionIds.map((sectionId) => {
          const section = sections.find((s) => s.id === sectionId) ?? { id: sectionId, title: sectionId, guidance: '' };
          return (
            <SectionInput
              key={sectionId}
              section={section}
              rating={view.sectionRatings.find((r) => r.sectionId === sectionId)?.rating ?? null}
              points={view.points.filter((p) => p.sectionId === sectionId)}
              anchored={anchored}
              onRateSection={(rating) => state.rateSection(sectionId, rating)}
              onRatePoint={state.ratePoint}
              onAddPoint={(body) => state.addPoint(sectionId, body)}
            />
          );
        })
      )}
    </section>
  );
}
