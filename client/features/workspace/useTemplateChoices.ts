import type { TemplateSummary, WorkspaceTemplate } from '@shared/templates.ts';
import { listTemplates } from '../../http/plans.ts';
import { listWorkspaceTemplates } from '../../http/templates.ts';
import { useRequest } from '../../http/useRequest.ts';

/** The template a new plan starts from unless the person picks another; listed first. */
export const PREFERRED_TEMPLATE_ID = 'district-technology-plan';

export type TemplateChoice = TemplateSummary & Partial<Pick<WorkspaceTemplate, 'savedAt' | 'savedBy'>>;

export type TemplateChoices =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** `savedProblem`: the workspace's own templates could not be loaded; the built-in ones still can be used. */
  | { status: 'done'; templates: TemplateChoice[]; savedProblem: string | null; reloadSaved: () => void };

/** The built-in catalogue followed by the templates this workspace saved. */
export function useTemplateChoices(workspaceId: string): TemplateChoices {
  const builtIn = useRequest('templates', listTemplates);
  const saved = useRequest(`templates:${workspaceId}`, () => listWorkspaceTemplates(workspaceId));
  if (builtIn.status === 'error') return { status: 'error', message: builtIn.message };
  if (builtIn.status === 'loading' || saved.status === 'loading') return { status: 'loading' };
  const ordered = [...builtIn.data].sort((a, b) => Number(b.id === PREFERRED_TEMPLATE_ID) - Number(a.id === PREFERRED_TEMPLATE_ID));
  if (saved.status === 'error') {
    return { status: 'done', templates: ordered, savedProblem: `Your workspace’s own templates could not be loaded: ${saved.message}`, reloadSaved: saved.reload };
  }
  return { status: 'done', templates: [...ordered, ...saved.data], savedProblem: null, reloadSaved: saved.reload };
}
