import { useState } from 'react';
import type { TemplateSummary } from '@shared/templates.ts';
import { errorMessage } from '../../http/http.ts';
import { deleteWorkspaceTemplate } from '../../http/templates.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';

interface DeleteSavedTemplateProps {
  workspaceId: string;
  template: TemplateSummary;
  /** Called once the server has deleted it; the owner reloads the list and moves focus. */
  onDeleted: () => void;
}

/**
 * Deleting one of the workspace's saved templates (owners and facilitators). Keeping it is the
 * default, so a stray Enter deletes nothing. Plans already started from it keep their content.
 */
export function DeleteSavedTemplate({ workspaceId, template, onDeleted }: DeleteSavedTemplateProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setProblem(null);
  };

  async function remove() {
    if (busy) return;
    setBusy(true);
    try {
      await deleteWorkspaceTemplate(workspaceId, template.id);
      setOpen(false);
      onDeleted();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--quiet button--small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Delete this template
      </button>
      {open ? (
        <Dialog title={`Delete “${template.name}”?`} onClose={close} className="dialog--confirm">
          <p>Nobody in this workspace will be able to start a plan from it. Plans already started from it keep their content.</p>
          {problem ? <Alert>{problem}</Alert> : null}
          <div className="dialog__actions">
            <button type="button" className="button button--quiet" data-autofocus onClick={close}>
              Keep it
            </button>
            <button type="button" className="button button--danger" aria-disabled={busy || undefined} onClick={() => void remove()}>
              {busy ? 'Deleting…' : 'Delete template'}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
