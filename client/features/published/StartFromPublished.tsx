import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { FromPublishedBodySchema, type PublicPlanFacts } from '@shared/publication.ts';
import { WRITING_ROLES, type Me } from '@shared/schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { errorMessage } from '../../http/http.ts';
import { startFromPublished } from '../../http/publication.ts';
import { navigate, paths } from '../../router.ts';
import { useSession } from '../auth/session.tsx';

function StartForm({ token, facts, me }: { token: string; facts: PublicPlanFacts; me: Me }) {
  const workspaces = me.workspaces.filter((workspace) => WRITING_ROLES.includes(workspace.role));
  const [title, setTitle] = useState(facts.title);
  const [workspaceId, setWorkspaceId] = useState(workspaces[0]?.id ?? '');
  const [titleError, setTitleError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  if (workspaces.length === 0) {
    return <p>Starting a plan needs an editor, facilitator or owner role in a district workspace. Ask your district’s Planwright owner for one.</p>;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = FromPublishedBodySchema.safeParse({ token, title });
    if (!parsed.success) {
      setTitleError(title.trim() === '' ? 'Give your plan a title.' : 'Use at most 200 characters.');
      return;
    }
    setTitleError(undefined);
    setProblem(null);
    setBusy(true);
    try {
      const plan = await startFromPublished(workspaceId, parsed.data);
      navigate(paths.plan(plan.id));
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <form className="form published__form" onSubmit={handleSubmit} noValidate>
      {problem ? <Alert>{problem}</Alert> : null}
      <Field id="published-new-title" label="Title of your plan" required maxLength={200} value={title} onValueChange={setTitle} error={titleError} />
      {workspaces.length > 1 ? (
        <div className="field">
          <label htmlFor={selectId}>Workspace</label>
          <select id={selectId} value={workspaceId} onChange={(event) => setWorkspaceId(event.target.value)}>
            {workspaces.map((workspace) => (
              <option key={workspace.id} value={workspace.id}>
                {workspace.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? 'Creating…' : 'Create my plan'}
        </button>
      </div>
    </form>
  );
}

/**
 * "Start a plan from this one" (2e: reuse what another district learned). Signed-in people
 * get a short form; everyone else is sent to sign in or sign up and brought back here.
 */
export function StartFromPublished({ token, facts }: { token: string; facts: PublicPlanFacts }) {
  const { state } = useSession();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const here = paths.published(token);
  return (
    <div className="published__reuse">
      <button type="button" className="button button--quiet" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Start a plan from this one
      </button>
      <div id={panelId} hidden={!open} className="published__reuse-panel">
        <p>
          Your new plan starts with this plan’s sections, text, vision and goals, in your own district’s workspace. Dates, progress and owners start
          empty, and nothing you change reaches {facts.district}.
        </p>
        {state.status === 'signedIn' ? <StartForm token={token} facts={facts} me={state.me} /> : null}
        {state.status === 'signedOut' ? (
          <p className="published__reuse-actions">
            <Link to={paths.signIn(here)} className="button button--primary">
              Sign in to start a plan
            </Link>
            <Link to={paths.signUp(here)} className="button button--quiet">
              Create an account
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
