import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readPlanStructure } from '../../../shared/plan-structure.ts';
import {
  addSwotItem,
  ALL_LISTS,
  findSwotItem,
  makeGoalFromStrategy,
  readConditionSwot,
  removeSwotItem,
  swotConditionTags,
  swotItemText,
} from '../../../shared/swot.ts';

const TAG = 'iste-ec-14@1:technical-support';
const OTHER = 'iste-ec-14@1:equitable-access';

/** Two documents that exchange every update, like two people on one plan. */
function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
  return [a, b];
}

describe('SWOT per condition', () => {
  it('reads as empty lists for a condition nobody wrote to, without writing anything', () => {
    const doc = new Y.Doc();
    const swot = readConditionSwot(doc, TAG);
    expect(Object.keys(swot).sort()).toEqual([...ALL_LISTS].sort());
    expect(Object.values(swot).every((items) => items.length === 0)).toBe(true);
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
  });

  it('keeps items per condition and per list, in order', () => {
    const doc = new Y.Doc();
    addSwotItem(doc, TAG, 'strengths', 'Help desk answers within a day');
    addSwotItem(doc, TAG, 'strengths', 'Two network engineers');
    addSwotItem(doc, TAG, 'threats', 'E-rate funding cut');
    addSwotItem(doc, OTHER, 'weaknesses', 'No hotspots for families');
    const swot = readConditionSwot(doc, TAG);
    expect(swot.strengths.map((i) => i.text)).toEqual(['Help desk answers within a day', 'Two network engineers']);
    expect(swot.threats.map((i) => i.text)).toEqual(['E-rate funding cut']);
    expect(swot.weaknesses).toEqual([]);
    expect(readConditionSwot(doc, OTHER).weaknesses.map((i) => i.text)).toEqual(['No hotspots for families']);
    expect(swotConditionTags(doc)).toEqual([OTHER, TAG]);
  });

  it('removes an item by id and reports an item already gone', () => {
    const doc = new Y.Doc();
    const first = addSwotItem(doc, TAG, 'so', 'Pair the help desk with student tech leaders');
    addSwotItem(doc, TAG, 'so', 'Second');
    expect(removeSwotItem(doc, TAG, 'so', first)).toBe(true);
    expect(removeSwotItem(doc, TAG, 'so', first)).toBe(false);
    expect(readConditionSwot(doc, TAG).so.map((i) => i.text)).toEqual(['Second']);
  });

  it('merges two people typing in one item and adding items to one list at once', () => {
    const [a, b] = pair();
    const id = addSwotItem(a, TAG, 'opportunities', 'grant');
    const textA = swotItemText(findSwotItem(a, TAG, 'opportunities', id)!);
    const textB = swotItemText(findSwotItem(b, TAG, 'opportunities', id)!);
    textA.insert(0, 'State ');
    textB.insert(textB.length, ' in 2027');
    addSwotItem(a, TAG, 'opportunities', 'from A');
    addSwotItem(b, TAG, 'opportunities', 'from B');
    const texts = readConditionSwot(b, TAG).opportunities.map((i) => i.text);
    expect(texts[0]).toBe('State grant in 2027');
    expect(texts.slice(1).sort()).toEqual(['from A', 'from B']);
    expect(readConditionSwot(a, TAG)).toEqual(readConditionSwot(b, TAG));
  });

  it('keeps both people’s first items of a condition added at the same time, even offline', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addSwotItem(a, TAG, 'strengths', 'from A');
    addSwotItem(b, TAG, 'strengths', 'from B');
    addSwotItem(b, TAG, 'threats', 'threat from B');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readConditionSwot(a, TAG).strengths.map((i) => i.text).sort()).toEqual(['from A', 'from B']);
    expect(readConditionSwot(a, TAG).threats.map((i) => i.text)).toEqual(['threat from B']);
    expect(readConditionSwot(a, TAG)).toEqual(readConditionSwot(b, TAG));
  });

  it('ignores items of unknown lists or without an id', () => {
    const doc = new Y.Doc();
    const odd = new Y.Map<unknown>();
    odd.set('id', 'x');
    odd.set('condition', TAG);
    odd.set('list', 'rumours');
    const anonymous = new Y.Map<unknown>();
    anonymous.set('condition', TAG);
    anonymous.set('list', 'strengths');
    doc.getArray('swot').push([odd, anonymous]);
    expect(Object.values(readConditionSwot(doc, TAG)).flat()).toEqual([]);
    expect(swotConditionTags(doc)).toEqual([TAG]);
  });
});

describe('making a goal from a TOWS strategy', () => {
  it('creates a goal tagged with the condition, with the strategy as evidence, and remembers it on the strategy', () => {
    const doc = new Y.Doc();
    const itemId = addSwotItem(doc, TAG, 'wo', 'Use the state grant to hire a second technician');
    const goalId = makeGoalFromStrategy(doc, TAG, 'wo', itemId);
    expect(goalId).toBeTruthy();
    const goal = readPlanStructure(doc).goals.find((g) => g.id === goalId);
    expect(goal).toMatchObject({
      title: 'Use the state grant to hire a second technician',
      conditions: [TAG],
      evidence: { kind: 'tows', conditionTag: TAG, label: 'Use the state grant to hire a second technician', ref: itemId },
    });
    expect(readConditionSwot(doc, TAG).wo[0]?.goalId).toBe(goalId);
  });

  it('does not make a second goal from a strategy whose goal still exists, but does after that goal is deleted', () => {
    const doc = new Y.Doc();
    const itemId = addSwotItem(doc, TAG, 'st', 'Strategy');
    const first = makeGoalFromStrategy(doc, TAG, 'st', itemId);
    expect(makeGoalFromStrategy(doc, TAG, 'st', itemId)).toBe(first);
    expect(readPlanStructure(doc).goals).toHaveLength(1);
    doc.getArray('goals').delete(0, 1);
    const second = makeGoalFromStrategy(doc, TAG, 'st', itemId);
    expect(second).not.toBe(first);
    expect(readPlanStructure(doc).goals.map((g) => g.id)).toEqual([second]);
  });

  it('writes the goal and the link in one update, so another copy never sees one without the other', () => {
    const [a, b] = pair();
    const itemId = addSwotItem(a, TAG, 'so', 'Strategy');
    let updates = 0;
    b.on('update', () => (updates += 1));
    makeGoalFromStrategy(a, TAG, 'so', itemId);
    expect(updates).toBe(1);
    expect(readConditionSwot(b, TAG).so[0]?.goalId).toBe(readPlanStructure(b).goals[0]?.id);
  });

  it('answers undefined for a strategy that is gone', () => {
    expect(makeGoalFromStrategy(new Y.Doc(), TAG, 'so', 'missing')).toBeUndefined();
  });
});
