import { POINT_SCALE, type ParticipantPoint as Point } from '@shared/input.ts';
import { pointAnchor } from './format.ts';
import { ScaleGroup } from './ScaleGroup.tsx';

interface ParticipantPointProps {
  point: Point;
  /** Carry the point's element id (when the results, which also carry it, are not on the page). */
  anchored: boolean;
  onRate: (rating: number) => void;
}

/** Someone's point by pseudonym, with this person's stars for it; their own point is only shown. */
export function ParticipantPoint({ point, anchored, onRate }: ParticipantPointProps) {
  const bodyId = `${pointAnchor(point.id)}-text`;
  return (
    <li className={point.mine ? 'input-point input-point--mine' : 'input-point'} id={anchored ? pointAnchor(point.id) : undefined} tabIndex={anchored ? -1 : undefined}>
      <p className="input-point__by">{point.mine ? `${point.pseudonym} (you)` : point.pseudonym}</p>
      <p className="input-point__body" id={bodyId}>
        {point.body}
      </p>
      {point.mine ? (
        <p className="input-point__note">Your own point: others rate it.</p>
      ) : (
        <ScaleGroup legend="How much do you agree?" scale={POINT_SCALE} value={point.myRating} onChoose={onRate} stars describedBy={bodyId} />
      )}
    </li>
  );
}
