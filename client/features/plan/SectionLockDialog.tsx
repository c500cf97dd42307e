import { useState } from 'react';
import type { FormEvent } from 'react';
import { ROLE_RANK } from '@shared/schemas.ts';
import type { Member, SectionLock } from '@shared/schemas.ts';
import { errorMessage } from '../../http/http.ts';
import { listMembers, setSectionEditors } from '../../http/sharing.ts';
import { useRequest } from '../../http/useRequest.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ROLE_NAMES } from '../sharing/roles.ts';

interface SectionLockDialogProps {
  planId: string;
  sectionId: string;
  sectionTitle: string;
  lock: SectionLock | null;
  onSaved: (lock: SectionLock) => void;
  onClose: () => void;
}

function writers(members: readonly Member[]): Member[] {
  return members.filter((member) => ROLE_RANK[member.role] >= ROLE_RANK.editor).sort((a, b) => a.name.localeCompare(b.name));
}

/** Tick who may edit one section; nobody ticked lifts the lock. */
export function SectionLockDialog({ planId, sectionId, sectionTitle, lock, onSaved, onClose }: SectionLockDialogProps) {
  const people = useRequest(`members:${planId}`, () => listMembers(planId));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(lock?.editors.map((editor) => editor.id)));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function toggle(userId: string, on: boolean) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(userId);
      else next.delete(userId);
      return next;
    });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      onSaved(await setSectionEditors(planId, sectionId, [...chosen]));
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <Dialog title={`Who may edit “${sectionTitle}”`} onClose={onClose} className="dialog--lock">
      {people.status === 'loading' ? <p className="loading">Loading the plan’s writers…</p> : null}
      {people.status === 'error' ? <Alert>{people.message}</Alert> : null}
      {people.status === 'done' ? (
        <form className="form" onSubmit={handleSubmit}>
          <fieldset className="lock-picker" aria-describedby="lock-picker-hint">
            <legend>Only these people edit this section</legend>
            <p className="field__hint" id="lock-picker-hint">
              Tick nobody to let every editor write here. Owners and facilitators can always edit; everyone else with access can still
              read it.
            </p>
            {writers(people.data.members).map((member) => (
              <div key={member.userId} className="lock-picker__option">
                <input
                  type="checkbox"
                  id={`lock-${member.userId}`}
                  checked={chosen.has(member.userId)}
                  onChange={(event) => toggle(member.userId, event.target.checked)}
                />
                <label htmlFor={`lock-${member.userId}`}>
                  {member.name} <span className="lock-picker__role">({ROLE_NAMES[member.role]})</span>
                </label>
              </div>
            ))}
          </fieldset>
          {problem ? <Alert>{problem}</Alert> : null}
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {busy ? 'Saving…' : chosen.size === 0 ? 'Save: no lock' : 'Save lock'}
          </button>
        </form>
      ) : null}
    </Dialog>
  );
}
