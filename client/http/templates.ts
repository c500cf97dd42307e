/** Templates a workspace saved from its own plans. The built-in catalogue is listTemplates in plans.ts. */
import { WorkspaceTemplateListSchema, WorkspaceTemplateSchema } from '@shared/templates.ts';
import type { SaveAsTemplateBody, WorkspaceTemplate } from '@shared/templates.ts';
import { requestEmpty, requestJson } from './http.ts';

function workspaceTemplatesPath(workspaceId: string): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/templates`;
}

/** The workspace's saved templates, oldest first; any member may list them. */
export async function listWorkspaceTemplates(workspaceId: string): Promise<WorkspaceTemplate[]> {
  const answer = await requestJson('GET', workspaceTemplatesPath(workspaceId), WorkspaceTemplateListSchema);
  return answer.templates;
}

/** Saves the plan as it is stored now as a template of its workspace (owners and facilitators). */
export function saveAsTemplate(planId: string, body: SaveAsTemplateBody): Promise<WorkspaceTemplate> {
  return requestJson('POST', `/api/plans/${encodeURIComponent(planId)}/save-as-template`, WorkspaceTemplateSchema, body);
}

export function deleteWorkspaceTemplate(workspaceId: string, templateId: string): Promise<void> {
  return requestEmpty('DELETE', `${workspaceTemplatesPath(workspaceId)}/${encodeURIComponent(templateId)}`);
}
