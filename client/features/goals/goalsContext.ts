import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { Framework } from '@shared/frameworks/index.ts';
import type { PlanPerson } from '@shared/people.ts';
import type { ConfirmRequest } from './ConfirmRemoval.tsx';

/** What every part of the goals editor needs, handed down once instead of through each level. */
export interface GoalsContextValue {
  doc: Y.Doc;
  planId: string;
  lens: Framework;
  people: readonly PlanPerson[];
  /** The signed-in person's name, written into a measure's target-change log. */
  userName: string;
  /** Focus the element with this DOM id after the next render (a new item's first field). */
  requestFocus: (domId: string) => void;
  /** Ask before a removal; nothing is removed unless the person confirms. */
  confirm: (request: ConfirmRequest) => void;
}

export const GoalsContext = createContext<GoalsContextValue | null>(null);

export function useGoals(): GoalsContextValue {
  const value = useContext(GoalsContext);
  if (!value) throw new Error('useGoals outside the goals view');
  return value;
}
