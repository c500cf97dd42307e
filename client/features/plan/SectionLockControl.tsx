import { useState } from 'react';
import type { SectionLock } from '@shared/schemas.ts';
import { LockIcon } from './LockIcon.tsx';
import { SectionLockDialog } from './SectionLockDialog.tsx';

interface SectionLockControlProps {
  planId: string;
  sectionId: string;
  sectionTitle: string;
  lock: SectionLock | null;
  /** The lock was saved: re-read the plan's facts. */
  onChanged: () => void;
}

/** For managers, in a section's header: opens the dialog that sets who may edit the section. */
export function SectionLockControl({ planId, sectionId, sectionTitle, lock, onChanged }: SectionLockControlProps) {
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  function saved(next: SectionLock) {
    setOpen(false);
    setSaid(next.editors.length === 0 ? `${sectionTitle}: every editor can write here again.` : `${sectionTitle} is locked.`);
    onChanged();
  }
  return (
    <div className="lock-control">
      <button type="button" className="button button--quiet button--small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <LockIcon />
        {lock ? 'Change lock' : 'Lock'}
        <span className="visually-hidden">{lock ? ` on ${sectionTitle}` : ` ${sectionTitle}`}</span>
      </button>
      <span role="status" className="visually-hidden">
        {said}
      </span>
      {open ? (
        <SectionLockDialog planId={planId} sectionId={sectionId} sectionTitle={sectionTitle} lock={lock} onSaved={saved} onClose={() => setOpen(false)} />
      ) : null}
    </div>
  );
}
