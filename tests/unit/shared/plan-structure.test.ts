import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAction,
  addActual,
  addGoal,
  addMeasure,
  addStrategy,
  addVisionElement,
  changeTarget,
  findAction,
  findGoal,
  findMeasure,
  findStrategy,
  findVisionElement,
  getGoalsArray,
  getVisionArray,
  readPlanStructure,
  removeById,
  seedStructure,
  setTag,
  textField,
  type ActionStep,
} from '../../../shared/plan-structure.ts';

/** What a plain-value list (actuals, target log) may hold when someone wrote it carelessly. */
type PlainEntry = Record<string, string | number> | string | null;

const TECH_SUPPORT = 'iste-ec-14@1:technical-support';
const EQUITABLE_ACCESS = 'iste-ec-14@1:equitable-access';

/** Sends each document what the other lacks, both ways, as two peers would. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** A second peer holding a copy of `doc`. */
function peerOf(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  return peer;
}

/** A goal map written by hand, the way an older or foreign client might have left it. */
function rawGoal(doc: Y.Doc, fields: Record<string, unknown>): Y.Map<unknown> {
  const goal = new Y.Map<unknown>();
  getGoalsArray(doc).push([goal]);
  for (const [key, value] of Object.entries(fields)) goal.set(key, value);
  return goal;
}

function rawAction(doc: Y.Doc, fields: Record<string, unknown>): ActionStep {
  const actions = new Y.Array<Y.Map<unknown>>();
  const strategy = new Y.Map<unknown>();
  rawGoal(doc, { id: 'g', strategies: Y.Array.from([strategy]) });
  strategy.set('id', 's');
  strategy.set('actions', actions);
  const action = new Y.Map<unknown>();
  actions.push([action]);
  for (const [key, value] of Object.entries(fields)) action.set(key, value);
  const read = readPlanStructure(doc).goals[0]?.strategies[0]?.actions[0];
  if (!read) throw new Error('the action was not read');
  return read;
}

describe('reading the plan structure', () => {
  it('reads an empty document as no vision and no goals', () => {
    expect(readPlanStructure(new Y.Doc())).toEqual({ vision: [], goals: [] });
  });

  it('reads a goal with every field missing as defaults, and drops entries without an id', () => {
    const doc = new Y.Doc();
    rawGoal(doc, { id: 'g1' });
    rawGoal(doc, { title: 'No id, so not a goal' });
    getGoalsArray(doc).push([new Y.Map()]);
    expect(readPlanStructure(doc).goals).toEqual([
      { id: 'g1', title: '', visionId: '', conditions: [], standards: [], evidence: null, strategies: [], measures: [] },
    ]);
  });

  const mistypedActions: Array<{ field: string; value: unknown; read: Partial<ActionStep> }> = [
    { field: 'status', value: 'finished', read: { status: 'not-started' } },
    { field: 'status', value: 3, read: { status: 'not-started' } },
    { field: 'budget', value: '12000', read: { budget: null } },
    { field: 'budget', value: Number.NaN, read: { budget: null } },
    { field: 'budget', value: Number.POSITIVE_INFINITY, read: { budget: null } },
    { field: 'due', value: 20260301, read: { due: '' } },
    { field: 'ownerName', value: { name: 'Dana' }, read: { ownerName: '' } },
    { field: 'conditions', value: [TECH_SUPPORT], read: { conditions: [] } },
    { field: 'standards', value: 'a2b', read: { standards: [] } },
    { field: 'title', value: 'A plain string title', read: { title: 'A plain string title' } },
  ];
  for (const { field, value, read } of mistypedActions) {
    it(`reads an action step whose ${field} is ${JSON.stringify(value) ?? String(value)} as ${JSON.stringify(read)}`, () => {
      expect(rawAction(new Y.Doc(), { id: 'a', [field]: value })).toMatchObject(read);
    });
  }

  it('ignores strategies and measures that are not lists, and list entries that are not maps', () => {
    const doc = new Y.Doc();
    rawGoal(doc, { id: 'g1', strategies: 'none', measures: Y.Array.from(['not a map', 42]) });
    expect(readPlanStructure(doc).goals[0]).toMatchObject({ strategies: [], measures: [] });
  });

  it('keeps only well-formed actuals and target changes, and reads a half-written evidence as none', () => {
    const doc = new Y.Doc();
    const measure = new Y.Map<unknown>();
    rawGoal(doc, { id: 'g1', measures: Y.Array.from([measure]), evidence: { kind: 'tows', label: 'No condition or ref' } });
    measure.set('id', 'm1');
    measure.set('direction', 'sideways');
    measure.set('actuals', Y.Array.from<PlainEntry>([{ date: '2026-02-01', value: 'high' }, { date: '2026-03-01', value: 55 }, null]));
    measure.set('targetLog', Y.Array.from<PlainEntry>([{ reason: 'Board asked', to: 90 }, 'junk']));
    const goal = readPlanStructure(doc).goals[0];
    expect(goal?.evidence).toBeNull();
    expect(goal?.measures[0]).toMatchObject({
      direction: 'higher',
      actuals: [{ date: '2026-03-01', value: 55, note: '' }],
      targetLog: [{ at: '', by: '', from: null, to: 90, reason: 'Board asked' }],
    });
  });
});

describe('writing the plan structure', () => {
  it('reads back a goal added with its vision element, tags, evidence, strategies, actions and measures', () => {
    const doc = new Y.Doc();
    const visionId = addVisionElement(doc, 'Every learner creates, questions and connects');
    const evidence = { kind: 'tows' as const, conditionTag: TECH_SUPPORT, label: 'Use the new network to cut device downtime', ref: 'tows-1' };
    const goalId = addGoal(doc, {
      title: 'Reliable devices in every classroom',
      visionId,
      conditions: [TECH_SUPPORT],
      standards: ['4a'],
      evidence,
      strategies: [{ title: 'Student help desks', actions: [{ title: 'Train student tech leaders', status: 'on-track', budget: 4500, due: '2026-09-30' }] }],
      measures: [{ name: 'Devices repaired within 48 hours', unit: '%', baseline: 60, target: 90, direction: 'higher' }],
    });
    const { vision, goals } = readPlanStructure(doc);
    expect(vision).toEqual([{ id: visionId, text: 'Every learner creates, questions and connects' }]);
    expect(goals).toHaveLength(1);
    const goal = goals[0]!;
    expect(goal).toMatchObject({ id: goalId, title: 'Reliable devices in every classroom', visionId, conditions: [TECH_SUPPORT], standards: ['4a'], evidence });
    expect(goal.strategies[0]?.actions[0]).toEqual({
      id: expect.any(String), title: 'Train student tech leaders', ownerId: '', ownerName: '', start: '', due: '2026-09-30',
      status: 'on-track', budget: 4500, funding: '', conditions: [], standards: [],
    });
    expect(goal.measures[0]).toMatchObject({ name: 'Devices repaired within 48 hours', unit: '%', baseline: 60, target: 90, actuals: [], targetLog: [] });
  });

  it('adds strategies, action steps and measures to existing items, and nothing to items that are gone', () => {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'Connectivity at home' });
    const strategyId = addStrategy(doc, goalId, 'Hotspot lending');
    expect(strategyId).toBeDefined();
    const actionId = addAction(doc, goalId, strategyId!, { title: 'Buy 300 hotspots', ownerId: 'u1', ownerName: 'Dana Lee', funding: 'E-rate' });
    const measureId = addMeasure(doc, goalId, { name: 'Students without home internet', direction: 'lower' });
    const goal = readPlanStructure(doc).goals[0]!;
    expect(goal.strategies).toEqual([{ id: strategyId, title: 'Hotspot lending', actions: [expect.objectContaining({ id: actionId, ownerName: 'Dana Lee', funding: 'E-rate' })] }]);
    expect(goal.measures).toEqual([expect.objectContaining({ id: measureId, direction: 'lower' })]);
    expect(findAction(doc, goalId, strategyId!, actionId!)).toBeInstanceOf(Y.Map);

    expect(addStrategy(doc, 'gone', 'x')).toBeUndefined();
    expect(addAction(doc, goalId, 'gone', { title: 'x' })).toBeUndefined();
    expect(addMeasure(doc, 'gone', { name: 'x' })).toBeUndefined();
    expect(addActual(doc, goalId, 'gone', { date: '2026-01-01', value: 1, note: '' })).toBe(false);
    expect(changeTarget(doc, goalId, 'gone', { to: 1, reason: 'r', by: 'b', at: 'now' })).toBe(false);
  });

  it('adds and removes tags, creating the tag set when an item has none', () => {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'Goal' });
    const goal = findGoal(doc, goalId)!;
    setTag(goal, 'conditions', EQUITABLE_ACCESS, true);
    setTag(goal, 'conditions', TECH_SUPPORT, true);
    setTag(goal, 'conditions', EQUITABLE_ACCESS, false);
    goal.delete('standards');
    setTag(goal, 'standards', '2b', true);
    expect(readPlanStructure(doc).goals[0]).toMatchObject({ conditions: [TECH_SUPPORT], standards: ['2b'] });
  });

  it('removes an item by id and reports whether it was there', () => {
    const doc = new Y.Doc();
    const first = addGoal(doc, { title: 'First' });
    const second = addGoal(doc, { title: 'Second' });
    expect(removeById(getGoalsArray(doc), first)).toBe(true);
    expect(removeById(getGoalsArray(doc), first)).toBe(false);
    expect(readPlanStructure(doc).goals.map((g) => g.id)).toEqual([second]);
  });

  it('lists actuals by date whatever order they were added in', () => {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'Goal', measures: [{ name: 'Teachers coached' }] });
    const measureId = readPlanStructure(doc).goals[0]!.measures[0]!.id;
    expect(addActual(doc, goalId, measureId, { date: '2026-06-01', value: 40, note: 'Spring' })).toBe(true);
    addActual(doc, goalId, measureId, { date: '2026-01-15', value: 25, note: '' });
    const actuals = readPlanStructure(doc).goals[0]!.measures[0]!.actuals;
    expect(actuals.map((a) => [a.date, a.value, a.note])).toEqual([['2026-01-15', 25, ''], ['2026-06-01', 40, 'Spring']]);
    expect(new Set(actuals.map((a) => a.id)).size).toBe(2);
  });

  it('changes a target and logs the old value, the new one, who, when and why', () => {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'Goal', measures: [{ name: 'Uptime', target: 95 }] });
    const measureId = readPlanStructure(doc).goals[0]!.measures[0]!.id;
    changeTarget(doc, goalId, measureId, { to: 99, reason: 'The new network made 95 too easy', by: 'Dana Lee', at: '2026-04-01T10:00:00.000Z' });
    changeTarget(doc, goalId, measureId, { to: null, reason: 'Measure under review', by: 'Sam Ortiz', at: '2026-05-01T10:00:00.000Z' });
    expect(readPlanStructure(doc).goals[0]!.measures[0]).toMatchObject({
      target: null,
      targetLog: [
        { at: '2026-04-01T10:00:00.000Z', by: 'Dana Lee', from: 95, to: 99, reason: 'The new network made 95 too easy' },
        { at: '2026-05-01T10:00:00.000Z', by: 'Sam Ortiz', from: 99, to: null, reason: 'Measure under review' },
      ],
    });
  });

  it('seeds the vision and links goals to vision elements by position', () => {
    const doc = new Y.Doc();
    seedStructure(doc, ['Learning first', 'Access for all'], [{ title: 'Home internet', visionIndex: 1 }, { title: 'Unlinked' }, { title: 'Out of range', visionIndex: 5 }]);
    const { vision, goals } = readPlanStructure(doc);
    expect(vision.map((v) => v.text)).toEqual(['Learning first', 'Access for all']);
    expect(goals.map((g) => [g.title, g.visionId])).toEqual([['Home internet', vision[1]!.id], ['Unlinked', ''], ['Out of range', '']]);
    expect(findVisionElement(doc, vision[0]!.id)).toBe(getVisionArray(doc).get(0));
  });

  it('turns a plain-string text field into a Y.Text holding the same words', () => {
    const doc = new Y.Doc();
    const goal = rawGoal(doc, { id: 'g', title: 'Written by an older client' });
    const title = textField(goal, 'title');
    expect(title).toBeInstanceOf(Y.Text);
    title.insert(title.length, ' and edited');
    expect(readPlanStructure(doc).goals[0]?.title).toBe('Written by an older client and edited');
    expect(textField(goal, 'title')).toBe(title);
  });
});

describe('two people editing the structure at once', () => {
  function oneActionStep() {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'Reliable devices', strategies: [{ title: 'Help desks', actions: [{ title: 'Train student tech leaders' }] }] });
    const goal = readPlanStructure(doc).goals[0]!;
    const ids = { goalId, strategyId: goal.strategies[0]!.id, actionId: goal.strategies[0]!.actions[0]!.id };
    const find = (d: Y.Doc) => findAction(d, ids.goalId, ids.strategyId, ids.actionId)!;
    return { doc, peer: peerOf(doc), ids, find };
  }

  it('keeps both people’s changes to different fields of one action step', () => {
    const { doc, peer, find } = oneActionStep();
    doc.transact(() => {
      find(doc).set('status', 'at-risk');
      find(doc).set('due', '2026-10-15');
    });
    peer.transact(() => {
      find(peer).set('ownerId', 'u2');
      find(peer).set('ownerName', 'Sam Ortiz');
      find(peer).set('budget', 12000);
    });
    exchange(doc, peer);
    const expected = { status: 'at-risk', due: '2026-10-15', ownerId: 'u2', ownerName: 'Sam Ortiz', budget: 12000, title: 'Train student tech leaders' };
    expect(readPlanStructure(doc).goals[0]!.strategies[0]!.actions[0]).toMatchObject(expected);
    expect(readPlanStructure(peer)).toEqual(readPlanStructure(doc));
  });

  it('keeps both tags when two people tag one action step differently', () => {
    const { doc, peer, find } = oneActionStep();
    setTag(find(doc), 'conditions', TECH_SUPPORT, true);
    setTag(find(peer), 'conditions', EQUITABLE_ACCESS, true);
    setTag(find(doc), 'standards', '4a', true);
    setTag(find(peer), 'standards', '2b', true);
    exchange(doc, peer);
    for (const d of [doc, peer]) {
      expect(readPlanStructure(d).goals[0]!.strategies[0]!.actions[0]).toMatchObject({ conditions: [EQUITABLE_ACCESS, TECH_SUPPORT], standards: ['2b', '4a'] });
    }
  });

  it('keeps both people’s words when they type at different places in one title', () => {
    const { doc, peer, find } = oneActionStep();
    textField(find(doc), 'title').insert(0, 'Recruit and ');
    const peerTitle = textField(find(peer), 'title');
    peerTitle.insert(peerTitle.length, ' each term');
    exchange(doc, peer);
    for (const d of [doc, peer]) {
      expect(readPlanStructure(d).goals[0]!.strategies[0]!.actions[0]!.title).toBe('Recruit and Train student tech leaders each term');
    }
  });

  it('keeps a measure’s actuals and target change made at the same time by two people', () => {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'Goal', measures: [{ name: 'Uptime', target: 95 }] });
    const measureId = readPlanStructure(doc).goals[0]!.measures[0]!.id;
    const peer = peerOf(doc);
    addActual(doc, goalId, measureId, { date: '2026-02-01', value: 93, note: '' });
    changeTarget(peer, goalId, measureId, { to: 97, reason: 'Raised after the upgrade', by: 'Sam', at: '2026-02-02T00:00:00.000Z' });
    exchange(doc, peer);
    expect(findMeasure(doc, goalId, measureId)).toBeDefined();
    for (const d of [doc, peer]) {
      expect(readPlanStructure(d).goals[0]!.measures[0]).toMatchObject({ target: 97, actuals: [{ value: 93 }], targetLog: [{ from: 95, to: 97 }] });
    }
  });

  it('keeps strategies two people add to one goal at once', () => {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'Goal' });
    const peer = peerOf(doc);
    const mine = addStrategy(doc, goalId, 'Coaching');
    const theirs = addStrategy(peer, goalId, 'Exemplars library');
    exchange(doc, peer);
    expect(findStrategy(doc, goalId, mine!)).toBeDefined();
    expect(findStrategy(doc, goalId, theirs!)).toBeDefined();
    expect(readPlanStructure(peer)).toEqual(readPlanStructure(doc));
  });
});
