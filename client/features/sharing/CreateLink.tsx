import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Invite, PlanRole } from '@shared/schemas.ts';
import { errorMessage } from '../../http/http.ts';
import { createInvite } from '../../http/sharing.ts';
import { Alert } from '../../components/Alert.tsx';
import { formatDate } from './format.ts';
import { InviteLink } from './InviteLink.tsx';
import { RolePicker } from './RolePicker.tsx';
import { withArticle } from './roles.ts';

/** A single-use link for a role, for someone whose address the inviter does not have at hand. */
export function CreateLink({ planId, onCreated }: { planId: string; onCreated: () => void }) {
  const [role, setRole] = useState<PlanRole>('viewer');
  const [invite, setInvite] = useState<Invite | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    setBusy(true);
    try {
      setInvite(await createInvite(planId, role));
      onCreated();
    } catch (error) {
      setInvite(null);
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form share-form" onSubmit={handleSubmit} aria-labelledby="share-link-heading">
      <h3 id="share-link-heading">Create a link</h3>
      <RolePicker name="link-role" legend="Whoever opens the link joins as" value={role} onChange={setRole} />
      <button type="submit" className="button button--quiet" aria-disabled={busy || undefined}>
        {busy ? 'Creating…' : 'Create link'}
      </button>
      {problem ? <Alert>{problem}</Alert> : null}
      <div role="status" className="share-form__result">
        {invite ? <p>{`Link created. The first person to accept it joins as ${withArticle(invite.role)}; it expires on ${formatDate(invite.expiresAt)}.`}</p> : null}
      </div>
      {invite?.url ? <InviteLink url={invite.url} label={`Link for ${withArticle(invite.role)}`} /> : null}
    </form>
  );
}
