/**
 * SWOT per condition and the TOWS strategies drawn from it, co-edited live in the plan's
 * document. Layout (part of SCHEMA_VERSION 2, see plan-doc.ts):
 *
 *   doc.getArray('swot')               every item of every condition's grid, in one list
 *     item: Y.Map {
 *       id: string,
 *       condition: string              the condition tag, `framework@version:condition`
 *       list: string                   strengths, weaknesses, opportunities, threats — the
 *                                      team's SWOT grid: inside the district (S, W) and
 *                                      outside it (O, T) — or a TOWS quadrant: strengths used
 *                                      on opportunities (so), strengths against threats (st),
 *                                      opportunities that fix weaknesses (wo), defences where
 *                                      weaknesses meet threats (wt)
 *       text: Y.Text,
 *       goalId?: string                set when a TOWS strategy was turned into a goal
 *     }
 *
 * One flat array rather than a map of per-condition lists: nothing is created lazily, so two
 * people adding the first items of a condition at the same moment (or offline) both keep
 * them. A map key created twice concurrently would keep only one writer's list.
 */
import * as Y from 'yjs';
import { SWOT_KEY } from './plan-doc.ts';
import { addGoal, findGoal, newItemId, textField } from './plan-structure.ts';

export const SWOT_LISTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
export const TOWS_LISTS = ['so', 'st', 'wo', 'wt'] as const;
export type SwotList = (typeof SWOT_LISTS)[number];
export type TowsList = (typeof TOWS_LISTS)[number];
export type SwotListName = SwotList | TowsList;
export const ALL_LISTS: readonly SwotListName[] = [...SWOT_LISTS, ...TOWS_LISTS];

export interface SwotItem {
  id: string;
  text: string;
  goalId: string | null;
}

export type ConditionSwot = Record<SwotListName, SwotItem[]>;

type YMap = Y.Map<unknown>;

/** The root array of every condition's SWOT and TOWS items. */
export function getSwotArray(doc: Y.Doc): Y.Array<YMap> {
  return doc.getArray<YMap>(SWOT_KEY);
}

function items(doc: Y.Doc): YMap[] {
  return getSwotArray(doc)
    .toArray()
    .filter((m): m is YMap => m instanceof Y.Map);
}

/** The live map of one item, when it exists. */
export function findSwotItem(doc: Y.Doc, conditionTag: string, list: SwotListName, itemId: string): YMap | undefined {
  return items(doc).find((m) => m.get('id') === itemId && m.get('condition') === conditionTag && m.get('list') === list);
}

/** Appends an item to a condition's list; returns its id. */
export function addSwotItem(doc: Y.Doc, conditionTag: string, list: SwotListName, text = ''): string {
  const id = newItemId();
  const item = new Y.Map<unknown>();
  item.set('id', id);
  item.set('condition', conditionTag);
  item.set('list', list);
  item.set('text', new Y.Text(text));
  getSwotArray(doc).push([item]);
  return id;
}

/** Removes an item; false when it was already gone. */
export function removeSwotItem(doc: Y.Doc, conditionTag: string, list: SwotListName, itemId: string): boolean {
  const array = getSwotArray(doc);
  const index = array
    .toArray()
    .findIndex((m) => m instanceof Y.Map && m.get('id') === itemId && m.get('condition') === conditionTag && m.get('list') === list);
  if (index < 0) return false;
  array.delete(index, 1);
  return true;
}

/** An item's text as its live Y.Text (for binding to an input). */
export function swotItemText(item: YMap): Y.Text {
  return textField(item, 'text');
}

function readItem(m: YMap): SwotItem | undefined {
  const id = m.get('id');
  if (typeof id !== 'string' || id === '') return undefined;
  const text = m.get('text');
  const goalId = m.get('goalId');
  return {
    id,
    text: text instanceof Y.Text ? text.toString() : typeof text === 'string' ? text : '',
    goalId: typeof goalId === 'string' && goalId !== '' ? goalId : null,
  };
}

/** One condition's SWOT and TOWS as plain data; every list empty when nobody wrote to it. */
export function readConditionSwot(doc: Y.Doc, conditionTag: string): ConditionSwot {
  const result = Object.fromEntries(ALL_LISTS.map((list) => [list, [] as SwotItem[]])) as ConditionSwot;
  for (const m of items(doc)) {
    if (m.get('condition') !== conditionTag) continue;
    const list = m.get('list');
    const item = readItem(m);
    if (item && (ALL_LISTS as readonly unknown[]).includes(list)) result[list as SwotListName].push(item);
  }
  return result;
}

/** The condition tags that have any SWOT content. */
export function swotConditionTags(doc: Y.Doc): string[] {
  const tags = new Set<string>();
  for (const m of items(doc)) {
    const tag = m.get('condition');
    if (typeof tag === 'string' && (ALL_LISTS as readonly unknown[]).includes(m.get('list'))) tags.add(tag);
  }
  return [...tags].sort();
}

/**
 * Turns a TOWS strategy into a goal tagged with its condition, with the strategy as the
 * goal's evidence, and remembers the goal on the strategy — in one transaction, so nobody
 * sees one without the other. Returns the goal id, or undefined when the strategy is gone.
 * A strategy whose goal still exists is not turned into a second one: its goal id is returned.
 */
export function makeGoalFromStrategy(doc: Y.Doc, conditionTag: string, list: TowsList, itemId: string): string | undefined {
  const item = findSwotItem(doc, conditionTag, list, itemId);
  if (!item) return undefined;
  const existing = item.get('goalId');
  if (typeof existing === 'string' && findGoal(doc, existing)) return existing;
  const label = swotItemText(item).toString().trim();
  let goalId = '';
  doc.transact(() => {
    goalId = addGoal(doc, { title: label, conditions: [conditionTag], evidence: { kind: 'tows', conditionTag, label, ref: itemId } });
    item.set('goalId', goalId);
  });
  return goalId;
}
