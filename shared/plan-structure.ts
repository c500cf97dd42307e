/**
 * The structured part of a plan (Leader Standard 2b, 2c): vision elements, and goals with
 * their strategies, action steps and measures. Layout (part of SCHEMA_VERSION 2, see
 * plan-doc.ts):
 *
 *   doc.getArray('vision')     Y.Map { id, text: Y.Text }  — the parts of the vision goals serve
 *   doc.getArray('goals')      Y.Map goal:
 *     id, title: Y.Text, visionId: string ('' none),
 *     conditions: Y.Map<true>, standards: Y.Map<true>   — sets keyed by tag / indicator code
 *     evidence?: GoalEvidence   — what justified the goal (a TOWS strategy…), plain value
 *     strategies: Y.Array<Y.Map { id, title: Y.Text, actions: Y.Array<Y.Map action> }>
 *     measures:   Y.Array<Y.Map measure>
 *   action: id, title: Y.Text, ownerId, ownerName, start, due ('YYYY-MM-DD' or ''),
 *           status, budget (number | null), funding (string), conditions, standards (sets)
 *   measure: id, name: Y.Text, unit, baseline, target (number | null), targetDate, dataSource,
 *            direction ('higher' | 'lower'),
 *            actuals: Y.Array<MeasureActual>, targetLog: Y.Array<TargetChange> (plain values)
 *
 * Every field is its own map key (text fields their own Y.Text), so two people changing
 * different fields of one action step at once both keep their change. Tag sets are maps
 * rather than arrays so concurrent additions of different tags merge.
 */
import * as Y from 'yjs';

export const VISION_KEY = 'vision';
export const GOALS_KEY = 'goals';

export const ACTION_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  done: 'Done',
};

export type Direction = 'higher' | 'lower';

export interface VisionElement { id: string; text: string }
export interface GoalEvidence { kind: 'tows' | 'assessment'; conditionTag: string; label: string; ref: string }
export interface ActionStep {
  id: string; title: string; ownerId: string; ownerName: string; start: string; due: string;
  status: ActionStatus; budget: number | null; funding: string; conditions: string[]; standards: string[];
}
export interface Strategy { id: string; title: string; actions: ActionStep[] }
export interface MeasureActual { id: string; date: string; value: number; note: string }
export interface TargetChange { at: string; by: string; from: number | null; to: number | null; reason: string }
export interface Measure {
  id: string; name: string; unit: string; baseline: number | null; target: number | null; targetDate: string;
  dataSource: string; direction: Direction; actuals: MeasureActual[]; targetLog: TargetChange[];
}
export interface Goal {
  id: string; title: string; visionId: string; conditions: string[]; standards: string[];
  evidence: GoalEvidence | null; strategies: Strategy[]; measures: Measure[];
}
export interface PlanStructure { vision: VisionElement[]; goals: Goal[] }

type YMap = Y.Map<unknown>;

/** The vision elements array. */
export function getVisionArray(doc: Y.Doc): Y.Array<YMap> {
  return doc.getArray<YMap>(VISION_KEY);
}

/** The goals array. */
export function getGoalsArray(doc: Y.Doc): Y.Array<YMap> {
  return doc.getArray<YMap>(GOALS_KEY);
}

/** A fresh id for a structured item: short, random, unique in practice. */
export function newItemId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

// ---- reading (tolerant: a missing or mistyped field reads as its default) ----

const str = (m: YMap, k: string): string => {
  const v = m.get(k);
  return typeof v === 'string' ? v : v instanceof Y.Text ? v.toString() : '';
};
const num = (m: YMap, k: string): number | null => {
  const v = m.get(k);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};
const tagSet = (m: YMap, k: string): string[] => {
  const v = m.get(k);
  return v instanceof Y.Map ? [...v.keys()].sort() : [];
};
const maps = (m: YMap, k: string): YMap[] => {
  const v = m.get(k);
  return v instanceof Y.Array ? v.toArray().filter((x): x is YMap => x instanceof Y.Map) : [];
};
const plainList = (m: YMap, k: string): unknown[] => {
  const v = m.get(k);
  return v instanceof Y.Array ? v.toArray() : [];
};
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readAction(m: YMap): ActionStep {
  const status = m.get('status');
  return {
    id: str(m, 'id'), title: str(m, 'title'), ownerId: str(m, 'ownerId'), ownerName: str(m, 'ownerName'),
    start: str(m, 'start'), due: str(m, 'due'),
    status: (ACTION_STATUSES as readonly unknown[]).includes(status) ? (status as ActionStatus) : 'not-started',
    budget: num(m, 'budget'), funding: str(m, 'funding'), conditions: tagSet(m, 'conditions'), standards: tagSet(m, 'standards'),
  };
}

function readMeasure(m: YMap): Measure {
  const actuals = plainList(m, 'actuals').filter(isRecord).flatMap((a): MeasureActual[] =>
    typeof a.value === 'number' && typeof a.date === 'string'
      ? [{ id: typeof a.id === 'string' ? a.id : a.date, date: a.date, value: a.value, note: typeof a.note === 'string' ? a.note : '' }]
      : [],
  );
  const targetLog = plainList(m, 'targetLog').filter(isRecord).map((c): TargetChange => ({
    at: typeof c.at === 'string' ? c.at : '', by: typeof c.by === 'string' ? c.by : '',
    from: typeof c.from === 'number' ? c.from : null, to: typeof c.to === 'number' ? c.to : null,
    reason: typeof c.reason === 'string' ? c.reason : '',
  }));
  return {
    id: str(m, 'id'), name: str(m, 'name'), unit: str(m, 'unit'), baseline: num(m, 'baseline'), target: num(m, 'target'),
    targetDate: str(m, 'targetDate'), dataSource: str(m, 'dataSource'), direction: m.get('direction') === 'lower' ? 'lower' : 'higher',
    actuals: actuals.sort((a, b) => a.date.localeCompare(b.date)), targetLog,
  };
}

function readEvidence(v: unknown): GoalEvidence | null {
  if (!isRecord(v)) return null;
  const { kind, conditionTag, label, ref } = v;
  if ((kind !== 'tows' && kind !== 'assessment') || typeof conditionTag !== 'string' || typeof label !== 'string' || typeof ref !== 'string') return null;
  return { kind, conditionTag, label, ref };
}

function readGoal(m: YMap): Goal {
  return {
    id: str(m, 'id'), title: str(m, 'title'), visionId: str(m, 'visionId'),
    conditions: tagSet(m, 'conditions'), standards: tagSet(m, 'standards'), evidence: readEvidence(m.get('evidence')),
    strategies: maps(m, 'strategies').map((s) => ({ id: str(s, 'id'), title: str(s, 'title'), actions: maps(s, 'actions').map(readAction) })),
    measures: maps(m, 'measures').map(readMeasure),
  };
}

/** The vision elements and goals as plain data (for views, coverage and export). */
export function readPlanStructure(doc: Y.Doc): PlanStructure {
  const withId = <T extends { id: string }>(items: T[]) => items.filter((i) => i.id !== '');
  return {
    vision: withId(getVisionArray(doc).toArray().filter((x) => x instanceof Y.Map).map((m) => ({ id: str(m, 'id'), text: str(m, 'text') }))),
    goals: withId(getGoalsArray(doc).toArray().filter((x) => x instanceof Y.Map).map(readGoal)),
  };
}

// ---- finding the live maps ----

function byId(array: Y.Array<YMap> | YMap[], id: string): YMap | undefined {
  const items = Array.isArray(array) ? array : array.toArray();
  return items.find((m) => m instanceof Y.Map && m.get('id') === id);
}

/** The live map of a goal. */
export function findGoal(doc: Y.Doc, goalId: string): YMap | undefined {
  return byId(getGoalsArray(doc), goalId);
}
/** The live map of a strategy. */
export function findStrategy(doc: Y.Doc, goalId: string, strategyId: string): YMap | undefined {
  const goal = findGoal(doc, goalId);
  return goal ? byId(maps(goal, 'strategies'), strategyId) : undefined;
}
/** The live map of an action step. */
export function findAction(doc: Y.Doc, goalId: string, strategyId: string, actionId: string): YMap | undefined {
  const strategy = findStrategy(doc, goalId, strategyId);
  return strategy ? byId(maps(strategy, 'actions'), actionId) : undefined;
}
/** The live map of a measure. */
export function findMeasure(doc: Y.Doc, goalId: string, measureId: string): YMap | undefined {
  const goal = findGoal(doc, goalId);
  return goal ? byId(maps(goal, 'measures'), measureId) : undefined;
}
/** The live map of a vision element. */
export function findVisionElement(doc: Y.Doc, visionId: string): YMap | undefined {
  return byId(getVisionArray(doc), visionId);
}

/** A text field of an item as its live Y.Text (for binding to an input). */
export function textField(item: YMap, key: string): Y.Text {
  const v = item.get(key);
  if (v instanceof Y.Text) return v;
  const text = new Y.Text(typeof v === 'string' ? v : '');
  item.set(key, text);
  return item.get(key) as Y.Text;
}

// ---- creating ----

function text(value: string): Y.Text {
  return new Y.Text(value);
}
function set(tags: readonly string[]): Y.Map<true> {
  const m = new Y.Map<true>();
  for (const t of tags) m.set(t, true);
  return m;
}

export interface ActionInit {
  title: string; ownerId?: string; ownerName?: string; start?: string; due?: string; status?: ActionStatus;
  budget?: number | null; funding?: string; conditions?: readonly string[]; standards?: readonly string[];
}
export interface MeasureInit {
  name: string; unit?: string; baseline?: number | null; target?: number | null; targetDate?: string;
  dataSource?: string; direction?: Direction;
}
export interface GoalInit {
  title: string; visionId?: string; conditions?: readonly string[]; standards?: readonly string[]; evidence?: GoalEvidence;
  strategies?: ReadonlyArray<{ title: string; actions?: readonly ActionInit[] }>;
  measures?: readonly MeasureInit[];
}

function actionMap(init: ActionInit, id = newItemId()): YMap {
  const m = new Y.Map<unknown>();
  m.set('id', id);
  m.set('title', text(init.title));
  m.set('ownerId', init.ownerId ?? '');
  m.set('ownerName', init.ownerName ?? '');
  m.set('start', init.start ?? '');
  m.set('due', init.due ?? '');
  m.set('status', init.status ?? 'not-started');
  m.set('budget', init.budget ?? null);
  m.set('funding', init.funding ?? '');
  m.set('conditions', set(init.conditions ?? []));
  m.set('standards', set(init.standards ?? []));
  return m;
}

function measureMap(init: MeasureInit, id = newItemId()): YMap {
  const m = new Y.Map<unknown>();
  m.set('id', id);
  m.set('name', text(init.name));
  m.set('unit', init.unit ?? '');
  m.set('baseline', init.baseline ?? null);
  m.set('target', init.target ?? null);
  m.set('targetDate', init.targetDate ?? '');
  m.set('dataSource', init.dataSource ?? '');
  m.set('direction', init.direction ?? 'higher');
  m.set('actuals', new Y.Array());
  m.set('targetLog', new Y.Array());
  return m;
}

function strategyMap(title: string, actions: readonly ActionInit[] = [], id = newItemId()): YMap {
  const m = new Y.Map<unknown>();
  m.set('id', id);
  m.set('title', text(title));
  const list = new Y.Array<YMap>();
  list.push(actions.map((a) => actionMap(a)));
  m.set('actions', list);
  return m;
}

function goalMap(init: GoalInit, id: string): YMap {
  const m = new Y.Map<unknown>();
  m.set('id', id);
  m.set('title', text(init.title));
  m.set('visionId', init.visionId ?? '');
  m.set('conditions', set(init.conditions ?? []));
  m.set('standards', set(init.standards ?? []));
  if (init.evidence) m.set('evidence', { ...init.evidence });
  const strategies = new Y.Array<YMap>();
  strategies.push((init.strategies ?? []).map((s) => strategyMap(s.title, s.actions)));
  m.set('strategies', strategies);
  const measures = new Y.Array<YMap>();
  measures.push((init.measures ?? []).map((x) => measureMap(x)));
  m.set('measures', measures);
  return m;
}

/** Appends a vision element; returns its id. */
export function addVisionElement(doc: Y.Doc, value: string): string {
  const id = newItemId();
  const m = new Y.Map<unknown>();
  m.set('id', id);
  m.set('text', text(value));
  getVisionArray(doc).push([m]);
  return id;
}

/** Appends a goal (with any strategies, actions and measures given); returns its id. */
export function addGoal(doc: Y.Doc, init: GoalInit): string {
  const id = newItemId();
  getGoalsArray(doc).push([goalMap(init, id)]);
  return id;
}

/** Appends a strategy to a goal; returns its id, or undefined when the goal is gone. */
export function addStrategy(doc: Y.Doc, goalId: string, title: string): string | undefined {
  const goal = findGoal(doc, goalId);
  const list = goal?.get('strategies');
  if (!(list instanceof Y.Array)) return undefined;
  const id = newItemId();
  list.push([strategyMap(title, [], id)]);
  return id;
}

/** Appends an action step to a strategy; returns its id, or undefined when the strategy is gone. */
export function addAction(doc: Y.Doc, goalId: string, strategyId: string, init: ActionInit): string | undefined {
  const list = findStrategy(doc, goalId, strategyId)?.get('actions');
  if (!(list instanceof Y.Array)) return undefined;
  const id = newItemId();
  list.push([actionMap(init, id)]);
  return id;
}

/** Appends a measure to a goal; returns its id, or undefined when the goal is gone. */
export function addMeasure(doc: Y.Doc, goalId: string, init: MeasureInit): string | undefined {
  const list = findGoal(doc, goalId)?.get('measures');
  if (!(list instanceof Y.Array)) return undefined;
  const id = newItemId();
  list.push([measureMap(init, id)]);
  return id;
}

/** Adds or removes one tag of an item's `conditions` or `standards` set. */
export function setTag(item: YMap, key: 'conditions' | 'standards', tag: string, on: boolean): void {
  let tags = item.get(key);
  if (!(tags instanceof Y.Map)) {
    tags = new Y.Map<true>();
    item.set(key, tags);
  }
  const live = item.get(key) as Y.Map<true>;
  if (on) live.set(tag, true);
  else live.delete(tag);
}

/** Removes the item with `id` from a list of maps (a goal, strategy, action or measure list). */
export function removeById(list: Y.Array<YMap>, id: string): boolean {
  const index = list.toArray().findIndex((m) => m instanceof Y.Map && m.get('id') === id);
  if (index < 0) return false;
  list.delete(index, 1);
  return true;
}

/** Records a dated actual value of a measure. */
export function addActual(doc: Y.Doc, goalId: string, measureId: string, actual: Omit<MeasureActual, 'id'>): boolean {
  const list = findMeasure(doc, goalId, measureId)?.get('actuals');
  if (!(list instanceof Y.Array)) return false;
  list.push([{ id: newItemId(), ...actual }]);
  return true;
}

/** Changes a measure's target and logs why, who and when, in one transaction. */
export function changeTarget(doc: Y.Doc, goalId: string, measureId: string, change: { to: number | null; reason: string; by: string; at: string }): boolean {
  const measure = findMeasure(doc, goalId, measureId);
  const log = measure?.get('targetLog');
  if (!measure || !(log instanceof Y.Array)) return false;
  doc.transact(() => {
    log.push([{ at: change.at, by: change.by, from: num(measure, 'target'), to: change.to, reason: change.reason }]);
    measure.set('target', change.to);
  });
  return true;
}

/** Fills the vision and goals of a new plan (seeding; vision ids resolved by position). */
export function seedStructure(doc: Y.Doc, vision: readonly string[], goals: ReadonlyArray<Omit<GoalInit, 'visionId'> & { visionIndex?: number }>): void {
  const visionIds = vision.map((v) => addVisionElement(doc, v));
  for (const { visionIndex, ...goal } of goals) {
    const visionId = visionIndex === undefined ? undefined : visionIds[visionIndex];
    addGoal(doc, visionId === undefined ? goal : { ...goal, visionId });
  }
}
