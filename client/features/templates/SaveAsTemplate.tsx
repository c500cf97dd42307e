import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { PlanMeta } from '@shared/schemas.ts';
import { SaveAsTemplateBodySchema } from '@shared/templates.ts';
import type { WorkspaceTemplate } from '@shared/templates.ts';
import { errorMessage } from '../../http/http.ts';
import { saveAsTemplate } from '../../http/templates.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';

function SaveForm({ meta, onSaved, onCancel }: { meta: PlanMeta; onSaved: (saved: WorkspaceTemplate) => void; onCancel: () => void }) {
  const [name, setName] = useState(meta.title);
  const [summary, setSummary] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryId = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    const parsed = SaveAsTemplateBodySchema.safeParse(summary.trim() === '' ? { name } : { name, summary });
    if (!parsed.success) {
      const nameIssue = parsed.error.issues.some((issue) => issue.path[0] === 'name');
      setNameError(nameIssue ? (name.trim() === '' ? 'Give the template a name.' : 'Use at most 200 characters.') : undefined);
      if (!nameIssue) setProblem('Keep the summary to 1,000 characters.');
      return;
    }
    setNameError(undefined);
    setBusy(true);
    try {
      onSaved(await saveAsTemplate(meta.id, parsed.data));
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <p className="save-template__intro">
        Saves this plan as it is now (its sections and text, vision and goals) for anyone in {meta.workspaceName} to start a new plan
        from. Owners, dates, progress and comments stay with this plan.
      </p>
      {problem ? <Alert>{problem}</Alert> : null}
      <Field id="template-name" label="Template name" required maxLength={200} value={name} onValueChange={setName} error={nameError} data-autofocus />
      <div className="field save-template__field">
        <label htmlFor={summaryId}>Summary (optional)</label>
        <p className="field__hint" id={`${summaryId}-hint`}>
          Shown beside the template when someone starts a plan.
        </p>
        <textarea id={summaryId} value={summary} maxLength={1000} aria-describedby={`${summaryId}-hint`} onChange={(event) => setSummary(event.target.value)} />
      </div>
      <div className="save-template__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? 'Saving…' : 'Save template'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Saved({ meta, saved, onClose }: { meta: PlanMeta; saved: WorkspaceTemplate; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  // The form (and the button that had focus) is gone: keep focus inside the dialog.
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="form">
      <div role="status" className="alert alert--info">
        Saved “{saved.name}”. Anyone in {meta.workspaceName} who starts a new plan can now choose it.
      </div>
      <div className="save-template__actions">
        <Link to={paths.workspace(meta.workspaceId)} className="button button--primary">
          Start a plan from it
        </Link>
        <button type="button" className="button button--quiet" onClick={onClose} ref={closeRef}>
          Close
        </button>
      </div>
    </div>
  );
}

/** The plan page's "Save as template" action for the workspace's owners and facilitators. */
export function SaveAsTemplate({ meta }: { meta: PlanMeta }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<WorkspaceTemplate | null>(null);
  const close = () => {
    setOpen(false);
    setSaved(null);
  };
  return (
    <>
      <button type="button" className="button button--quiet" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Save as template
      </button>
      {open ? (
        <Dialog title="Save as a workspace template" onClose={close}>
          {saved ? <Saved meta={meta} saved={saved} onClose={close} /> : <SaveForm meta={meta} onSaved={setSaved} onCancel={close} />}
        </Dialog>
      ) : null}
    </>
  );
}
