/**
 * SWOT per condition and the TOWS strategies drawn from it, co-edited live in the plan's
 * document. Layout (part of SCHEMA_VERSION 2, see plan-doc.ts):
 *
 *   doc.getMap('swot')                 keyed by condition tag, `framework@version:condition`
 *     <tag>: Y.Map
 *       strengths, weaknesses,         Y.Array<item>  the team's SWOT grid: inside the
 *       opportunities, threats                        district (S, W) and outside it (O, T)
 *       so, st, wo, wt                 Y.Array<item>  TOWS strategies: strengths used on
 *                                                     opportunities (so), strengths against
 *                                                     threats (st), opportunities that fix
 *                                                     weaknesses (wo), defences where
 *                                                     weaknesses meet threats (wt)
 *   item: Y.Map { id: string, text: Y.Text, goalId?: string }
 *         goalId is set when a TOWS strategy was turned into a goal (plan-structure.ts)
 *
 * A condition's map and all eight lists are created together, in one transaction, the first
 * time anyone writes to that condition. Yjs map keys are last-writer-wins, so two people
 * creating the same condition's map at the same instant keep only one of the two maps; the
 * view creates it as soon as an editor picks the condition while connected, so what could be
 * lost is an empty map, not anyone's words.
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

/** The root map of every condition's SWOT. */
export function getSwotMap(doc: Y.Doc): Y.Map<YMap> {
  return doc.getMap<YMap>(SWOT_KEY);
}

/** The live map of one condition's SWOT, or undefined when nobody has written to it yet. */
export function findConditionSwot(doc: Y.Doc, conditionTag: string): YMap | undefined {
  const value = getSwotMap(doc).get(conditionTag);
  return value instanceof Y.Map ? value : undefined;
}

/**
 * The live map of one condition's SWOT, created with all its lists when missing, and any
 * missing list added (a map written by an older or partial client).
 */
export function ensureConditionSwot(doc: Y.Doc, conditionTag: string): YMap {
  let map = findConditionSwot(doc, conditionTag);
  doc.transact(() => {
    if (!map) {
      map = new Y.Map<unknown>();
      for (const list of ALL_LISTS) map.set(list, new Y.Array<YMap>());
      getSwotMap(doc).set(conditionTag, map);
      return;
    }
    for (const list of ALL_LISTS) if (!(map.get(list) instanceof Y.Array)) map.set(list, new Y.Array<YMap>());
  });
  return map!;
}

/** One list of a condition's SWOT, when it exists. */
export function findSwotList(doc: Y.Doc, conditionTag: string, list: SwotListName): Y.Array<YMap> | undefined {
  const value = findConditionSwot(doc, conditionTag)?.get(list);
  return value instanceof Y.Array ? (value as Y.Array<YMap>) : undefined;
}

/** The live map of one item, when it exists. */
export function findSwotItem(doc: Y.Doc, conditionTag: string, list: SwotListName, itemId: string): YMap | undefined {
  return findSwotList(doc, conditionTag, list)
    ?.toArray()
    .find((m) => m instanceof Y.Map && m.get('id') === itemId);
}

/** Appends an item to a list (creating the condition's lists if needed); returns its id. */
export function addSwotItem(doc: Y.Doc, conditionTag: string, list: SwotListName, text = ''): string {
  const id = newItemId();
  doc.transact(() => {
    const target = ensureConditionSwot(doc, conditionTag).get(list) as Y.Array<YMap>;
    const item = new Y.Map<unknown>();
    item.set('id', id);
    item.set('text', new Y.Text(text));
    target.push([item]);
  });
  return id;
}

/** Removes an item; false when it was already gone. */
export function removeSwotItem(doc: Y.Doc, conditionTag: string, list: SwotListName, itemId: string): boolean {
  const target = findSwotList(doc, conditionTag, list);
  if (!target) return false;
  const index = target.toArray().findIndex((m) => m instanceof Y.Map && m.get('id') === itemId);
  if (index < 0) return false;
  target.delete(index, 1);
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
  const map = findConditionSwot(doc, conditionTag);
  const entries = ALL_LISTS.map((list): [SwotListName, SwotItem[]] => {
    const value = map?.get(list);
    const items = value instanceof Y.Array ? value.toArray().filter((m): m is YMap => m instanceof Y.Map) : [];
    return [list, items.map(readItem).filter((i): i is SwotItem => i !== undefined)];
  });
  return Object.fromEntries(entries) as ConditionSwot;
}

/** The condition tags that have any SWOT content. */
export function swotConditionTags(doc: Y.Doc): string[] {
  return [...getSwotMap(doc).keys()].filter((tag) => ALL_LISTS.some((list) => (findSwotList(doc, tag, list)?.length ?? 0) > 0)).sort();
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
