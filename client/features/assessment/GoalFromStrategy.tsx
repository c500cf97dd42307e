import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { makeGoalFromStrategy, type SwotItem, type TowsList } from '@shared/swot.ts';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';

interface GoalFromStrategyProps {
  doc: Y.Doc;
  planId: string;
  conditionTag: string;
  list: TowsList;
  item: SwotItem;
  goalExists: boolean;
  canEdit: boolean;
}

/** "Make this a goal" on a strategy; once made (by anyone), a link to the plan's goals. */
export function GoalFromStrategy({ doc, planId, conditionTag, list, item, goalExists, canEdit }: GoalFromStrategyProps) {
  const [justMade, setJustMade] = useState(false);
  const place = useRef<HTMLParagraphElement>(null);
  // The button the person pressed is gone; keep their place on the link that replaced it.
  useEffect(() => {
    if (justMade && goalExists) place.current?.querySelector('a')?.focus();
  }, [justMade, goalExists]);

  if (goalExists) {
    return (
      <p className="swot__goal" ref={place}>
        <Link to={paths.plan(planId, 'goals')}>
          Goal created — open it
        </Link>
      </p>
    );
  }
  if (!canEdit || item.text.trim() === '') return null;
  return (
    <p className="swot__goal">
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => {
          makeGoalFromStrategy(doc, conditionTag, list, item.id);
          setJustMade(true);
        }}
      >
        Make this a goal
      </button>
    </p>
  );
}
