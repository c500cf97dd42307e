import type { TemplateSummary } from '@shared/templates.ts';
import { ConfirmedAction } from '../../components/ConfirmedAction.tsx';
import { deleteWorkspaceTemplate } from '../../http/templates.ts';

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
  return (
    <ConfirmedAction
      label="Delete this template"
      buttonClassName="button button--quiet button--small"
      title={`Delete “${template.name}”?`}
      dialogClassName="dialog--confirm"
      confirmLabel="Delete template"
      busyLabel="Deleting…"
      cancelLabel="Keep it"
      destructive
      actionsClassName="dialog__actions"
      run={() => deleteWorkspaceTemplate(workspaceId, template.id)}
      onDone={onDeleted}
    >
      <p>Nobody in this workspace will be able to start a plan from it. Plans already started from it keep their content.</p>
    </ConfirmedAction>
  );
}
