import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { addGoal } from '@shared/plan-structure.ts';
import { Alert } from '../../components/Alert.tsx';
import type { PlanFeatureProps } from '../plan/featureProps.ts';
import { FUNDING_LIST_ID } from './ActionStepEditor.tsx';
import { useConfirmRemoval } from './ConfirmRemoval.tsx';
import { fieldId, FUNDING_SOURCES } from './format.ts';
import { GoalEditor } from './GoalEditor.tsx';
import { GoalsContext, type GoalsContextValue } from './goalsContext.ts';
import { GoalsReadOnly } from './GoalsReadOnly.tsx';
import { useLens, usePlanPeople, usePlanStructure } from './useGoalsData.ts';
import { VisionEditor } from './VisionEditor.tsx';

const ADD_GOAL_ID = 'goals-add-goal';

/**
 * Focus asked for by an add or a removal, moved once the next render has put the element in
 * the page (a new goal's title, or the Add button after the item that had focus went away).
 */
function useFocusRequests(): (domId: string) => void {
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pending.current;
    if (id === null) return;
    pending.current = null;
    document.getElementById(id)?.focus();
  });
  return useCallback((domId: string) => {
    pending.current = domId;
  }, []);
}

/**
 * Goals and actions (Leader Standard 2b, 2c): vision elements, goals → strategies → action
 * steps, and measures, all edited in place by everyone at once. Every field writes to the
 * plan's document as it changes; people who may not edit see the same information as text.
 */
export function GoalsView({ doc, connection, me, canEdit }: PlanFeatureProps) {
  const structure = usePlanStructure(doc);
  const lens = useLens(doc);
  const { people, problem } = usePlanPeople(connection.planId);
  const requestFocus = useFocusRequests();
  const { confirm, dialog } = useConfirmRemoval(requestFocus);
  const context = useMemo<GoalsContextValue>(
    () => ({ doc, planId: connection.planId, lens, people, userName: me.user.name, requestFocus, confirm }),
    [doc, connection.planId, lens, people, me.user.name, requestFocus, confirm],
  );

  return (
    <section aria-labelledby="view-title" className="goals-view">
      <h2 id="view-title">Goals and actions</h2>
      <p className="goals-view__hint">
        Every goal serves part of the vision and has strategies, action steps with an owner and dates, and measures. Changes save as you type.
      </p>
      {!canEdit ? (
        <GoalsReadOnly structure={structure} planId={connection.planId} />
      ) : (
        <GoalsContext value={context}>
          {problem ? <Alert tone="info">The list of people could not be loaded, so owners cannot be changed right now. {problem}</Alert> : null}
          <VisionEditor vision={structure.vision} goals={structure.goals} />
          {structure.goals.length === 0 ? <p className="empty">No goals yet.</p> : null}
          {structure.goals.map((goal, index) => (
            <GoalEditor key={goal.id} goal={goal} index={index} vision={structure.vision} focusAfterRemoval={ADD_GOAL_ID} />
          ))}
          <button
            type="button"
            id={ADD_GOAL_ID}
            className="button button--primary"
            onClick={() => requestFocus(fieldId(addGoal(doc, { title: '' }), 'title'))}
          >
            Add goal
          </button>
          <datalist id={FUNDING_LIST_ID}>
            {FUNDING_SOURCES.map((source) => (
              <option key={source} value={source} />
            ))}
          </datalist>
          {dialog}
        </GoalsContext>
      )}
    </section>
  );
}
