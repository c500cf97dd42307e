import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getMeta, getSectionBody, readSections, sectionPlainText, seedPlanDoc } from '../../../shared/plan-doc.ts';
import { addActual, changeTarget, findGoal, readPlanStructure, type PlanStructure } from '../../../shared/plan-structure.ts';
import { addSwotItem, makeGoalFromStrategy } from '../../../shared/swot.ts';
import { publicPlanDoc, publicPlanState } from '../../../server/public-plan.ts';

const TAG = 'iste-ec-14@1:technical-support';
const OWNER_NAME = 'Olive Ownerly';
const OWNER_ID = 'user-olive-7f3a';
const COMMENTER = 'Casey Commentwright';
const SWOT_TEXT = 'Two network engineers cover forty schools';
const TOWS_TEXT = 'Train student tech leaders to staff the help desk';
const HIDDEN = 'Hidden root of a later layout';

/** A plan with everything a member can write: text, goals with owners, comments, SWOT, and more. */
function fullPlan(): Y.Doc {
  const doc = new Y.Doc();
  seedPlanDoc(doc, {
    title: 'Technology plan 2027–2030',
    templateId: 'ws-0123456789abcdef01',
    frameworkId: 'iste-ec-14',
    sections: [
      { id: 'vision', title: 'Our learning vision', guidance: 'Start from learning.', conditions: [TAG], standards: ['2a'], starterParagraphs: ['Learning first, technology second.'] },
      { id: 'budget', title: 'Budget', guidance: 'Sources and amounts.', conditions: [], standards: ['2b'], wordLimit: 500, starterParagraphs: ['E-rate covers the network.', 'The bond covers devices.'] },
    ],
    vision: ['Every student designs with technology'],
    goals: [
      {
        title: 'Every teacher coached in the first year',
        visionIndex: 0,
        conditions: [TAG],
        standards: ['2b'],
        strategies: [{ title: 'Instructional coaches', actions: [{ title: 'Hire six coaches', ownerId: OWNER_ID, ownerName: OWNER_NAME, due: '2027-08-01', budget: 540000, funding: 'Title II-A' }] }],
        measures: [{ name: 'Teachers coached', unit: '%', baseline: 10, target: 80, targetDate: '2028-06-30' }],
      },
    ],
  });
  const goal = readPlanStructure(doc).goals[0]!;
  changeTarget(doc, goal.id, goal.measures[0]!.id, { to: 85, reason: 'The board asked for more', by: OWNER_NAME, at: '2027-01-10T10:00:00Z' });
  addActual(doc, goal.id, goal.measures[0]!.id, { date: '2027-06-30', value: 35, note: 'First cohort' });
  // Formatting in a body must survive the copy.
  const bold = new Y.XmlText();
  bold.insert(0, 'Adopted unanimously.', { bold: true });
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [bold]);
  getSectionBody(doc, 'vision').push([paragraph]);
  // A thread, a SWOT grid with a TOWS strategy turned into a goal, an unknown root and an unknown goal field.
  const thread = new Y.Map<unknown>();
  thread.set('author', COMMENTER);
  thread.set('text', 'Can we afford six coaches?');
  doc.getMap('comments').set('thread-1', thread);
  addSwotItem(doc, TAG, 'strengths', SWOT_TEXT);
  makeGoalFromStrategy(doc, TAG, 'so', addSwotItem(doc, TAG, 'so', TOWS_TEXT));
  doc.getMap('later-feature').set('note', HIDDEN);
  findGoal(doc, goal.id)!.set('reviewer', COMMENTER);
  // A body left behind by a removed section is not part of the plan.
  getSectionBody(doc, 'removed').push([new Y.XmlText('Draft text of a removed section')]);
  return doc;
}

/** What a reader should see of the source's goals: the same, minus owners, authors and SWOT evidence. */
function withoutPeople(structure: PlanStructure): PlanStructure {
  return {
    vision: structure.vision,
    goals: structure.goals.map((goal) => ({
      ...goal,
      evidence: null,
      strategies: goal.strategies.map((s) => ({ ...s, actions: s.actions.map((a) => ({ ...a, ownerId: '', ownerName: '' })) })),
      measures: goal.measures.map((m) => ({ ...m, targetLog: m.targetLog.map((c) => ({ ...c, by: '' })) })),
    })),
  };
}

describe('the public copy of a plan', () => {
  it('holds only the lens, the sections, their bodies, the vision and the goals', () => {
    const copy = publicPlanDoc(fullPlan());
    expect([...copy.share.keys()].sort()).toEqual(['body:budget', 'body:vision', 'goals', 'meta', 'sections', 'vision']);
    expect(getMeta(copy).toJSON()).toEqual({ schemaVersion: 2, title: 'Technology plan 2027–2030', frameworkId: 'iste-ec-14' });
  });

  it('keeps the sections, the formatted bodies, the vision and the goals exactly', () => {
    const source = fullPlan();
    const copy = publicPlanDoc(source);
    expect(readSections(copy)).toEqual(readSections(source));
    for (const id of ['vision', 'budget']) {
      expect(getSectionBody(copy, id).toJSON()).toBe(getSectionBody(source, id).toJSON());
    }
    expect(getSectionBody(copy, 'vision').toJSON()).toContain('<bold>Adopted unanimously.</bold>');
    expect(sectionPlainText(copy, 'budget')).toBe('E-rate covers the network.\nThe bond covers devices.');
    const copied = readPlanStructure(copy);
    expect(copied).toEqual(withoutPeople(readPlanStructure(source)));
    expect(copied.goals[0]!.measures[0]!.actuals).toHaveLength(1);
    expect(copied.goals).toHaveLength(2);
  });

  it('carries no owner, commenter, comment, SWOT note or unknown part in its bytes', () => {
    const source = fullPlan();
    const bytes = publicPlanState(Y.encodeStateAsUpdate(source));
    const text = Buffer.from(bytes).toString('utf8');
    for (const secret of [OWNER_NAME, OWNER_ID, COMMENTER, 'afford six coaches', SWOT_TEXT, HIDDEN, 'comments', 'swot', 'removed section', 'ws-0123456789abcdef01']) {
      expect(text, secret).not.toContain(secret);
    }
    // The TOWS strategy became a goal, so its words stay as the goal's title, and only there.
    expect(text.split(TOWS_TEXT)).toHaveLength(2);
    const decoded = new Y.Doc();
    Y.applyUpdate(decoded, bytes);
    expect(readPlanStructure(decoded)).toEqual(withoutPeople(readPlanStructure(source)));
  });

  it('leaves the original document as it was', () => {
    const source = fullPlan();
    const before = Y.encodeStateAsUpdate(source);
    publicPlanDoc(source).destroy();
    expect(Y.encodeStateAsUpdate(source)).toEqual(before);
    expect(readPlanStructure(source).goals[0]!.strategies[0]!.actions[0]!.ownerName).toBe(OWNER_NAME);
  });
});
