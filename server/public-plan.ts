/**
 * The public copy of an adopted plan: what a published link shows and what another district
 * starts a plan from.
 *
 * It is built by copying, with clone(), only what a reader of the plan needs into a new
 * document — the lens, the sections and their bodies, the vision and the goals — never by
 * deleting from the original. So comments, the SWOT grid, and whatever a later layout adds
 * (a new top-level part, a new field on a goal) stay out until someone decides they are
 * public. Every level is an allow-list for the same reason.
 *
 * Nothing that names a member is copied: action steps lose their owner, a measure's target
 * changes lose who made them, and a goal loses the SWOT strategy it was drawn from.
 */
import * as Y from 'yjs';
import { getMeta, getSectionBody, getSectionsArray } from '../shared/plan-doc.ts';
import { getGoalsArray, getVisionArray } from '../shared/plan-structure.ts';

type YMap = Y.Map<unknown>;

const META_KEYS = ['schemaVersion', 'title', 'frameworkId'] as const;
const SECTION_KEYS = ['id', 'title', 'guidance', 'conditions', 'standards', 'wordLimit'] as const;
const VISION_KEYS = ['id', 'text'] as const;
const GOAL_KEYS = ['id', 'title', 'visionId', 'conditions', 'standards'] as const;
const STRATEGY_KEYS = ['id', 'title'] as const;
const ACTION_KEYS = ['id', 'title', 'start', 'due', 'status', 'budget', 'funding', 'conditions', 'standards'] as const;
const MEASURE_KEYS = ['id', 'name', 'unit', 'baseline', 'target', 'targetDate', 'dataSource', 'direction'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value for the copy: shared types cloned, plain values as they are; a sub-document never. */
function copyValue(value: unknown): unknown {
  if (value instanceof Y.Doc) return undefined;
  return value instanceof Y.AbstractType ? value.clone() : value;
}

/** A new map holding copies of only `keys` of `source`. */
function picked(source: YMap, keys: readonly string[]): YMap {
  const out = new Y.Map<unknown>();
  for (const key of keys) {
    const value = source.has(key) ? copyValue(source.get(key)) : undefined;
    if (value !== undefined) out.set(key, value);
  }
  return out;
}

/** The maps of a list field, each rebuilt with `copy`. */
function mapList(source: YMap, key: string, copy: (item: YMap) => YMap): Y.Array<YMap> {
  const value = source.get(key);
  const out = new Y.Array<YMap>();
  if (value instanceof Y.Array) out.push(value.toArray().filter((item): item is YMap => item instanceof Y.Map).map(copy));
  return out;
}

/** The plain records of a list field, each rebuilt with `copy`. */
function recordList(source: YMap, key: string, copy: (record: Record<string, unknown>) => Record<string, unknown>): Y.Array<unknown> {
  const value = source.get(key);
  const out = new Y.Array<unknown>();
  if (value instanceof Y.Array) out.push(value.toArray().filter(isRecord).map(copy));
  return out;
}

function action(source: YMap): YMap {
  const out = picked(source, ACTION_KEYS);
  out.set('ownerId', '');
  out.set('ownerName', '');
  return out;
}

function measure(source: YMap): YMap {
  const out = picked(source, MEASURE_KEYS);
  out.set('actuals', recordList(source, 'actuals', ({ id, date, value, note }) => ({ id, date, value, note })));
  out.set('targetLog', recordList(source, 'targetLog', ({ at, from, to, reason }) => ({ at, by: '', from, to, reason })));
  return out;
}

function goal(source: YMap): YMap {
  const out = picked(source, GOAL_KEYS);
  out.set('strategies', mapList(source, 'strategies', (strategy) => {
    const copied = picked(strategy, STRATEGY_KEYS);
    copied.set('actions', mapList(strategy, 'actions', action));
    return copied;
  }));
  out.set('measures', mapList(source, 'measures', measure));
  return out;
}

/**
 * A new document holding the public parts of `source`. `source` is only read. The caller
 * owns (and destroys) the result.
 */
export function publicPlanDoc(source: Y.Doc): Y.Doc {
  const out = new Y.Doc();
  const maps = (array: Y.Array<YMap>) => array.toArray().filter((item): item is YMap => item instanceof Y.Map);
  out.transact(() => {
    const meta = getMeta(source);
    for (const key of META_KEYS) {
      const value = meta.get(key);
      if (typeof value === 'string' || typeof value === 'number') getMeta(out).set(key, value);
    }
    const sections = maps(getSectionsArray(source)).filter((section) => typeof section.get('id') === 'string' && section.get('id') !== '');
    getSectionsArray(out).push(sections.map((section) => picked(section, SECTION_KEYS)));
    // Only the bodies of listed sections: a removed section's text is not part of the plan.
    for (const id of new Set(sections.map((section) => section.get('id') as string))) {
      // The editor writes only elements and text; a hook (an app-defined map) is not content.
      const nodes = getSectionBody(source, id).toArray().filter((node): node is Y.XmlElement | Y.XmlText => !(node instanceof Y.XmlHook));
      getSectionBody(out, id).insert(0, nodes.map((node) => node.clone()));
    }
    getVisionArray(out).push(maps(getVisionArray(source)).map((item) => picked(item, VISION_KEYS)));
    getGoalsArray(out).push(maps(getGoalsArray(source)).map(goal));
  });
  return out;
}

/** The public copy of a stored document (one Yjs update), as one Yjs update. */
export function publicPlanState(state: Uint8Array): Uint8Array {
  const source = new Y.Doc();
  try {
    Y.applyUpdate(source, state);
    const copy = publicPlanDoc(source);
    try {
      return Y.encodeStateAsUpdate(copy);
    } finally {
      copy.destroy();
    }
  } finally {
    source.destroy();
  }
}
