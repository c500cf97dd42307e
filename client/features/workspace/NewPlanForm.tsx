import { useLayoutEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { CreatePlanBodySchema } from '@shared/schemas.ts';
import { errorMessage } from '../../http/http.ts';
import { createPlan } from '../../http/plans.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { navigate, paths } from '../../router.ts';
import { DeleteSavedTemplate } from '../templates/DeleteSavedTemplate.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';
import { TemplatePreview } from './TemplatePreview.tsx';
import { PREFERRED_TEMPLATE_ID, type TemplateChoice } from './useTemplateChoices.ts';

function defaultTemplate(templates: readonly TemplateChoice[]): string {
  return (templates.find((t) => t.id === PREFERRED_TEMPLATE_ID) ?? templates[0])?.id ?? '';
}

interface NewPlanFormProps {
  workspaceId: string;
  templates: readonly TemplateChoice[];
  /** Whether this person may delete the workspace's saved templates. */
  canManage: boolean;
  /** Reload the saved templates (after one was deleted). */
  onTemplatesChanged: () => void;
}

/** Title and template for a new plan, with a preview of the chosen template; on success opens the plan. */
export function NewPlanForm({ workspaceId, templates, canManage, onTemplatesChanged }: NewPlanFormProps) {
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState(() => defaultTemplate(templates));
  const [titleError, setTitleError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selected = templates.find((t) => t.id === templateId);
  // After a deletion the dialog and the button that opened it are gone: focus goes to the choice that replaced it.
  const focusChoice = useRef(false);
  useLayoutEffect(() => {
    if (!focusChoice.current) return;
    focusChoice.current = false;
    document.getElementById(`template-${templateId}`)?.focus();
  });

  function handleDeleted(name: string) {
    setNotice(`Deleted the template “${name}”.`);
    setTemplateId(defaultTemplate(templates.filter((t) => t.source === 'built-in')));
    focusChoice.current = true;
    onTemplatesChanged();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const parsed = CreatePlanBodySchema.safeParse({ title, templateId });
    if (!parsed.success) {
      const titleIssue = parsed.error.issues.some((issue) => issue.path[0] === 'title');
      setTitleError(titleIssue ? 'Give the plan a title.' : undefined);
      if (!titleIssue) setProblem('Choose a template.');
      return;
    }
    setTitleError(undefined);
    setBusy(true);
    try {
      const plan = await createPlan(workspaceId, parsed.data);
      navigate(paths.plan(plan.id));
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  if (templates.length === 0) return <p className="empty">No templates are available yet.</p>;
  return (
    <form className="form new-plan" onSubmit={handleSubmit} noValidate>
      {problem ? <Alert>{problem}</Alert> : null}
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      <Field
        id="plan-title"
        label="Plan title"
        hint="For example: Technology Plan 2026–2029"
        required
        value={title}
        onValueChange={setTitle}
        error={titleError}
      />
      <div className="template-chooser">
        <TemplatePicker templates={templates} value={templateId} onChange={setTemplateId} previewId="template-preview" />
        <TemplatePreview
          id="template-preview"
          template={selected}
          actions={
            selected?.source === 'workspace' && canManage ? (
              <DeleteSavedTemplate workspaceId={workspaceId} template={selected} onDeleted={() => handleDeleted(selected.name)} />
            ) : null
          }
        />
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Creating plan…' : 'Create plan'}
      </button>
    </form>
  );
}
