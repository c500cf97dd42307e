import type { SectionAccess } from './access.ts';
import { lockSentence } from './access.ts';
import { LockIcon } from './LockIcon.tsx';

/**
 * "Locked: only A and B edit this section", and whether that leaves this person reading. In a
 * live region, so a lock set or lifted while someone is here is announced.
 */
export function SectionLockNote({ id, access, userId, canEditPlan }: { id: string; access: SectionAccess; userId: string; canEditPlan: boolean }) {
  const { lock } = access;
  return (
    <div role="status" className="lock-note-region">
      {lock ? (
        <p className="lock-note" id={id}>
          <LockIcon />
          <span>
            {lockSentence(lock, userId)}.{canEditPlan && !access.editable ? ' You can read it.' : ''}
          </span>
        </p>
      ) : null}
    </div>
  );
}
