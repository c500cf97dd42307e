import { SECTION_SCALE, type ParticipantPoint as Point } from '@shared/input.ts';
import type { SectionInfo } from '@shared/plan-doc.ts';
import { ParticipantPoint } from './ParticipantPoint.tsx';
import { PointForm } from './PointForm.tsx';
import { ScaleGroup } from './ScaleGroup.tsx';

interface SectionInputProps {
  section: Pick<SectionInfo, 'id' | 'title' | 'guidance'>;
  rating: number | null;
  points: readonly Point[];
  anchored: boolean;
  onRateSection: (rating: number) => void;
  onRatePoint: (pointId: string, rating: number) => void;
  onAddPoint: (body: string) => Promise<boolean>;
}

/** One section of a round: this person's rating of it, their new point, and everyone's points about it. */
export function SectionInput({ section, rating, points, anchored, onRateSection, onRatePoint, onAddPoint }: SectionInputProps) {
  const headingId = `input-section-${section.id}`;
  const others = points.filter((p) => !p.mine).length;
  return (
    <section className="input-section" aria-labelledby={headingId}>
      <h5 id={headingId}>{section.title}</h5>
      {section.guidance ? <p className="input-section__guidance">{section.guidance}</p> : null}
      <ScaleGroup legend={`How well does ${section.title} say what matters to you?`} scale={SECTION_SCALE} value={rating} onChoose={onRateSection} />
      <PointForm sectionTitle={section.title} onAdd={onAddPoint} />
      {points.length > 0 ? (
        <>
          <p className="input-section__count">
            {points.length} {points.length === 1 ? 'point' : 'points'} so far{others > 0 ? '; rate the ones by others with stars' : ''}.
          </p>
          <ul className="input-points">
            {points.map((point) => (
              <ParticipantPoint key={point.id} point={point} anchored={anchored} onRate={(stars) => onRatePoint(point.id, stars)} />
            ))}
          </ul>
        </>
      ) : (
        <p className="input-section__count">No points about this section yet.</p>
      )}
    </section>
  );
}
