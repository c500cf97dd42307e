/**
 * Saving a plan as a workspace template, over real HTTP and stock y-websocket clients: the
 * template holds the plan as stored (edits included, people and progress left out), only its
 * workspace sees it or starts plans from it, and only that workspace's managers save or delete.
 */
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { getSectionBody, readSections, sectionPlainText } from '../../shared/plan-doc.ts';
import { addActual, addGoal, addVisionElement, findAction, readPlanStructure } from '../../shared/plan-structure.ts';
import { PlanSummarySchema } from '../../shared/schemas.ts';
import { WorkspaceTemplateListSchema, WorkspaceTemplateSchema, type WorkspaceTemplate } from '../../shared/templates.ts';
import { api, connectClient, createPlan, signUp, waitFor, waitSynced, type Client, type Person } from '../helpers/clients.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import type { RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let owner: Person;
useServerWithOwner((s, o) => {
  server = s;
  owner = o;
});

const MISSION_EDIT = 'Every learner, every day, with a tool that fits.';
const NEW_GOAL = 'Close the homework gap for families without internet';

function client(planId: string, person: Person = owner): Client {
  const c = connectClient(server.url, planId, person.cookie);
  onTestFinished(() => c.destroy());
  return c;
}

async function listTemplates(workspaceId: string, person: Person = owner): Promise<WorkspaceTemplate[]> {
  const answer = await api(server.url, 'GET', `/api/workspaces/${workspaceId}/templates`, person);
  expect(answer.status).toBe(200);
  return WorkspaceTemplateListSchema.parse(answer.body).templates;
}

async function saveAsTemplate(planId: string, name: string, person: Person = owner): Promise<WorkspaceTemplate> {
  const answer = await api(server.url, 'POST', `/api/plans/${planId}/save-as-template`, person, { name, summary: 'Our own starting point.' });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return WorkspaceTemplateSchema.parse(answer.body);
}

/** Edits a plan through a stock client and waits until a second client has the edit: it is stored then. */
async function editPlan(planId: string, edit: (doc: Y.Doc) => void, seen: (doc: Y.Doc) => boolean): Promise<void> {
  const writer = client(planId);
  const observer = client(planId);
  await Promise.all([waitSynced(writer), waitSynced(observer)]);
  edit(writer.doc);
  await waitFor(() => seen(observer.doc), 10_000, 'the edit to reach another client');
}

let other: Person;
let planEditor: Person;
let workspaceEditor: Person;
let facilitator: Person;
let planId: string;

beforeAll(async () => {
  other = await signUp(server.url, 'Other District');
  planEditor = await signUp(server.url, 'Plan Editor');
  workspaceEditor = await signUp(server.url, 'Workspace Editor');
  facilitator = await signUp(server.url, 'Facilitator');
  planId = (await createPlan(server.url, owner, 'Plan to save')).id;
  expect((await api(server.url, 'POST', `/api/plans/${planId}/members`, owner, { email: planEditor.me.user.email, role: 'editor' })).status).toBe(201);
  for (const [person, role] of [[workspaceEditor, 'editor'], [facilitator, 'facilitator']] as const) {
    const added = await api(server.url, 'POST', `/api/workspaces/${owner.workspaceId}/members`, owner, { email: person.me.user.email, role });
    expect(added.status).toBe(201);
  }
});

describe('saving a plan as a workspace template', () => {
  it('the saved template holds an edit made through a stock client, leaves owners and actuals behind, and a plan started from it has its sections and goals', async () => {
    await editPlan(
      planId,
      (doc) =>
        doc.transact(() => {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText(MISSION_EDIT)]);
          getSectionBody(doc, 'mission').push([paragraph]);
          const visionId = addVisionElement(doc, 'Homework never depends on a family’s internet plan.');
          const goalId = addGoal(doc, {
            title: NEW_GOAL,
            visionId,
            conditions: ['iste-ec-14@1:equitable-access', 'not-a-lens@1:whatever'],
            standards: ['1b'],
            strategies: [{ title: 'Hotspot lending', actions: [{ title: 'Lend hotspots from every library', ownerName: 'Dana Ortiz', status: 'at-risk', due: '2027-01-15', budget: 12000, funding: 'Grants' }] }],
            measures: [{ name: 'Students without home internet', unit: '%', baseline: 14, target: 2, targetDate: '2028-06-30', direction: 'lower' }],
          });
          const measureId = readPlanStructure(doc).goals.find((g) => g.id === goalId)!.measures[0]!.id;
          addActual(doc, goalId, measureId, { date: '2027-03-01', value: 9, note: 'Spring count' });
        }),
      (doc) => sectionPlainText(doc, 'mission').includes(MISSION_EDIT) && readPlanStructure(doc).goals.some((g) => g.title === NEW_GOAL),
    );

    const saved = await saveAsTemplate(planId, 'Our 2027 plan');
    expect(saved.source).toBe('workspace');
    expect(saved.name).toBe('Our 2027 plan');
    expect(saved.savedBy).toBe('Owner');
    expect(saved.goals.map((g) => g.title)).toContain(NEW_GOAL);
    expect((await listTemplates(owner.workspaceId)).map((t) => t.id)).toContain(saved.id);

    const created = await api(server.url, 'POST', `/api/workspaces/${owner.workspaceId}/plans`, owner, { title: 'Next plan', templateId: saved.id });
    expect(created.status).toBe(201);
    const next = PlanSummarySchema.parse(created.body);
    expect(next.templateId).toBe(saved.id);

    const reader = client(next.id);
    await waitSynced(reader);
    const original = client(planId);
    await waitSynced(original);
    expect(readSections(reader.doc)).toEqual(readSections(original.doc));
    expect(sectionPlainText(reader.doc, 'mission')).toContain(MISSION_EDIT);
    expect(sectionPlainText(reader.doc, 'goals')).toContain('How might we');
    const structure = readPlanStructure(reader.doc);
    expect(structure.goals.map((g) => g.title)).toEqual(readPlanStructure(original.doc).goals.map((g) => g.title));
    const goal = structure.goals.find((g) => g.title === NEW_GOAL)!;
    expect(structure.vision.find((v) => v.id === goal.visionId)?.text).toBe('Homework never depends on a family’s internet plan.');
    expect(goal.conditions).toEqual(['iste-ec-14@1:equitable-access']);
    const action = goal.strategies[0]!.actions[0]!;
    expect(action).toMatchObject({ title: 'Lend hotspots from every library', ownerName: '', ownerId: '', status: 'not-started', due: '', budget: 12000, funding: 'Grants' });
    expect(findAction(reader.doc, goal.id, goal.strategies[0]!.id, action.id)).toBeDefined();
    expect(goal.measures[0]).toMatchObject({ name: 'Students without home internet', baseline: 14, target: 2, targetDate: '2028-06-30', direction: 'lower', actuals: [], targetLog: [] });
  });

  it('a saved template is listed for its own workspace only, and no other workspace can start a plan from it', async () => {
    const saved = await saveAsTemplate(planId, 'Only ours');
    expect((await listTemplates(workspaceEditor.workspaceId, workspaceEditor)).map((t) => t.id)).not.toContain(saved.id);
    expect((await listTemplates(owner.workspaceId, workspaceEditor)).map((t) => t.id)).toContain(saved.id);
    expect((await listTemplates(other.workspaceId, other)).map((t) => t.id)).not.toContain(saved.id);
    expect((await api(server.url, 'GET', `/api/workspaces/${owner.workspaceId}/templates`, other)).status).toBe(404);
    expect((await api(server.url, 'GET', `/api/workspaces/${owner.workspaceId}/templates`)).status).toBe(401);

    const fromElsewhere = await api(server.url, 'POST', `/api/workspaces/${other.workspaceId}/plans`, other, { title: 'Borrowed', templateId: saved.id });
    expect(fromElsewhere.status).toBe(400);
    expect(fromElsewhere.body).toEqual({ error: { code: 'unknown_template', message: `There is no template "${saved.id}".` } });
    expect((await api(server.url, 'POST', `/api/workspaces/${owner.workspaceId}/plans`, other, { title: 'Borrowed', templateId: saved.id })).status).toBe(404);

    const catalogue = await api(server.url, 'GET', '/api/templates');
    const builtIn = (catalogue.body as { templates: Array<{ id: string; source: string }> }).templates;
    expect(builtIn.length).toBeGreaterThanOrEqual(6);
    expect(builtIn.every((t) => t.source === 'built-in')).toBe(true);
    expect(builtIn.map((t) => t.id)).not.toContain(saved.id);
  });

  it('only the workspace’s owners and facilitators may save a plan as a template', async () => {
    const before = (await listTemplates(owner.workspaceId)).length;
    const refused: Array<[Person | undefined, number]> = [[planEditor, 403], [workspaceEditor, 403], [other, 403], [undefined, 401]];
    for (const [person, status] of refused) {
      const answer = await api(server.url, 'POST', `/api/plans/${planId}/save-as-template`, person, { name: 'Not mine to save' });
      expect(answer.status, person?.me.user.name ?? 'anonymous').toBe(status);
    }
    expect(await listTemplates(owner.workspaceId)).toHaveLength(before);
    const byFacilitator = await saveAsTemplate(planId, 'Saved by the facilitator', facilitator);
    expect(byFacilitator.savedBy).toBe('Facilitator');
    const audit = await api(server.url, 'GET', `/api/workspaces/${owner.workspaceId}/audit`, owner);
    expect(JSON.stringify(audit.body)).toContain('“Saved by the facilitator”');
  });

  it('only managers delete a saved template, and a plan can no longer start from it', async () => {
    const saved = await saveAsTemplate(planId, 'Short-lived');
    const path = `/api/workspaces/${owner.workspaceId}/templates/${saved.id}`;
    expect((await api(server.url, 'DELETE', path, workspaceEditor, {})).status).toBe(403);
    expect((await api(server.url, 'DELETE', path, other, {})).status).toBe(404);
    expect((await api(server.url, 'DELETE', `/api/workspaces/${other.workspaceId}/templates/${saved.id}`, other, {})).status).toBe(404);
    expect((await api(server.url, 'DELETE', path, owner, {})).status).toBe(204);
    expect((await api(server.url, 'DELETE', path, owner, {})).status).toBe(404);
    expect((await listTemplates(owner.workspaceId)).map((t) => t.id)).not.toContain(saved.id);
    const answer = await api(server.url, 'POST', `/api/workspaces/${owner.workspaceId}/plans`, owner, { title: 'Too late', templateId: saved.id });
    expect(answer.status).toBe(400);
  });

  it.each([
    { body: {}, why: 'no name' },
    { body: { name: '   ' }, why: 'a blank name' },
    { body: { name: 5 }, why: 'a name that is not text' },
    { body: { name: 'x'.repeat(201) }, why: 'a name that is too long' },
    { body: { name: 'Fine', summary: 'x'.repeat(1001) }, why: 'a summary that is too long' },
    { body: { name: 'Fine', id: 'district-technology-plan' }, why: 'an extra key' },
  ])('a body with $why is refused with 400 and saves nothing', async ({ body }) => {
    const before = (await listTemplates(owner.workspaceId)).length;
    const answer = await api(server.url, 'POST', `/api/plans/${planId}/save-as-template`, owner, body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'invalid_request' } });
    expect(await listTemplates(owner.workspaceId)).toHaveLength(before);
  });

  it('a plan that does not fit the template limits is refused with the reason, and an unknown plan is 404', async () => {
    const plan = await createPlan(server.url, owner, 'Too many goals');
    await editPlan(
      plan.id,
      (doc) => doc.transact(() => Array.from({ length: 40 }, (_, i) => addGoal(doc, { title: `Goal ${i}` }))),
      (doc) => readPlanStructure(doc).goals.length >= 40,
    );
    const answer = await api(server.url, 'POST', `/api/plans/${plan.id}/save-as-template`, owner, { name: 'Too big' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'not_a_template', message: expect.stringMatching(/^This plan cannot be saved as a template: goals: /) } });
    expect((await api(server.url, 'POST', '/api/plans/no-such-plan/save-as-template', owner, { name: 'Nothing' })).status).toBe(404);
  });
});
