import { useState } from 'react';
import type { FormEvent } from 'react';
import { LoginBodySchema } from '@shared/schemas.ts';
import { signIn } from '../../http/auth.ts';
import { errorMessage } from '../../http/http.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { navigate, paths, safeNextPath, searchParam } from '../../router.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { fieldErrors } from './formErrors.ts';
import { useSession } from './session.tsx';

const LABELS = { email: 'E-mail', password: 'Password' };

export function SignInPage() {
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const parsed = LoginBodySchema.safeParse({ email, password });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, LABELS, { email, password }));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const me = await signIn(parsed.data);
      signedIn(me);
      navigate(safeNextPath(searchParam('next')) ?? paths.home(), { replace: true });
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <AuthLayout title="Sign in to Planwright" intro="Pick up your district's technology plan where your task force left it.">
      <form className="form" onSubmit={handleSubmit} noValidate>
        {problem ? <Alert>{problem}</Alert> : null}
        <Field id="email" label={LABELS.email} type="email" autoComplete="email" required value={email} onValueChange={setEmail} error={errors.email} />
        <Field id="password" label={LABELS.password} type="password" autoComplete="current-password" required value={password} onValueChange={setPassword} error={errors.password} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth__switch">
        New to Planwright? <Link to={paths.signUp(safeNextPath(searchParam('next')) ?? undefined)}>Create an account</Link>
      </p>
    </AuthLayout>
  );
}
