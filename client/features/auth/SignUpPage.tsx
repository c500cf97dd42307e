import { useState } from 'react';
import type { FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '@shared/limits.ts';
import { SignupBodySchema } from '@shared/schemas.ts';
import { signUp } from '../../http/auth.ts';
import { errorMessage } from '../../http/http.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { navigate, paths, safeNextPath, searchParam } from '../../router.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { fieldErrors } from './formErrors.ts';
import { useSession } from './session.tsx';
import { useInvitePreview } from './useInvitePreview.ts';

const ROLE_WORDS = { editor: 'an editor', commenter: 'a commenter', viewer: 'a viewer' } as const;

const LABELS = { name: 'Your name', email: 'E-mail', password: 'Password', district: 'District name' };
type Values = Record<keyof typeof LABELS, string>;
const EMPTY: Values = { name: '', email: '', password: '', district: '' };

/** The invite token when sign-up was reached from an invite link (`?next=/invite/<token>`). */
function inviteTokenOf(next: string | null): string | null {
  const match = next ? /^\/invite\/([^/?#]+)$/.exec(next) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export function SignUpPage() {
  const next = safeNextPath(searchParam('next'));
  const inviteToken = inviteTokenOf(next);
  const invite = useInvitePreview(inviteToken);
  const { signedIn } = useSession();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    // Joining by invite needs no district: the account starts with the invited plan.
    const { district, ...rest } = values;
    const parsed = SignupBodySchema.safeParse(inviteToken ? { ...rest, email: invite?.email ?? values.email, inviteToken } : { ...rest, district });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, LABELS, values));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const me = await signUp(parsed.data);
      signedIn(me);
      navigate(invite ? paths.plan(invite.planId) : (next ?? paths.home()), { replace: true });
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  const intro = invite
    ? `Create your account to join “${invite.planTitle}” in ${invite.workspaceName} as ${ROLE_WORDS[invite.role]}.`
    : "Start your district's workspace, then invite your technology task force.";
  return (
    <AuthLayout title="Create your account" intro={intro}>
      <form className="form" onSubmit={handleSubmit} noValidate>
        {problem ? <Alert>{problem}</Alert> : null}
        <Field id="name" label={LABELS.name} autoComplete="name" required value={values.name} onValueChange={set('name')} error={errors.name} />
        {invite?.email ? (
          <p className="form__fixed">
            <span className="form__fixed-label">{LABELS.email}</span> {invite.email}
          </p>
        ) : (
          <Field id="email" label={LABELS.email} type="email" autoComplete="email" required value={values.email} onValueChange={set('email')} error={errors.email} />
        )}
        <Field
          id="password"
          label={LABELS.password}
          type="password"
          autoComplete="new-password"
          required
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence works well.`}
          value={values.password}
          onValueChange={set('password')}
          error={errors.password}
        />
        {inviteToken ? null : (
          <Field id="district" label={LABELS.district} autoComplete="organization" required value={values.district} onValueChange={set('district')} error={errors.district} />
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating account…' : 'Create account'}
        </button>
      </form>
      <p className="auth__switch">
        Already have an account? <Link to={paths.signIn(next ?? undefined)}>Sign in</Link>
      </p>
    </AuthLayout>
  );
}
