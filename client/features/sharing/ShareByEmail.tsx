import { useState } from 'react';
import type { FormEvent } from 'react';
import { ShareBodySchema } from '@shared/schemas.ts';
import type { PlanRole, ShareResult } from '@shared/schemas.ts';
import { errorMessage } from '../../http/http.ts';
import { sharePlan } from '../../http/sharing.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { formatDate } from './format.ts';
import { InviteLink } from './InviteLink.tsx';
import { RolePicker } from './RolePicker.tsx';
import { withArticle } from './roles.ts';

function resultText(result: ShareResult): string {
  if (result.kind === 'member') return `Added ${result.member.name} as ${withArticle(result.member.role)}.`;
  const { invite } = result;
  return `${invite.email ?? 'That address'} has no Planwright account yet. Send them this invite link: it works once, for that address, until ${formatDate(invite.expiresAt)}. Planwright does not send e-mail.`;
}

/** Share with one address: adds the person, or gives the link to send them. */
export function ShareByEmail({ planId, onShared }: { planId: string; onShared: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<PlanRole>('editor');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ShareResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    const parsed = ShareBodySchema.safeParse({ email, role });
    if (!parsed.success) {
      setEmailError(email.trim() === '' ? 'E-mail is required.' : 'E-mail is not an e-mail address.');
      return;
    }
    setEmailError(undefined);
    setBusy(true);
    try {
      const answer = await sharePlan(planId, parsed.data);
      setResult(answer);
      setEmail('');
      onShared();
    } catch (error) {
      setResult(null);
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form share-form" onSubmit={handleSubmit} noValidate aria-labelledby="share-email-heading">
      <h3 id="share-email-heading">Invite by e-mail</h3>
      <Field id="share-email" label="E-mail" type="email" autoComplete="off" required value={email} onValueChange={setEmail} error={emailError} data-autofocus />
      <RolePicker name="share-role" legend="Role" value={role} onChange={setRole} />
      <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
        {busy ? 'Sharing…' : 'Share'}
      </button>
      {problem ? <Alert>{problem}</Alert> : null}
      <div role="status" className="share-form__result">
        {result ? <p>{resultText(result)}</p> : null}
      </div>
      {result?.kind === 'invite' && result.invite.url ? <InviteLink url={result.invite.url} label="Invite link" /> : null}
    </form>
  );
}
