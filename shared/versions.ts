/**
 * The review cycle (Leader Standard 2c–2e): a plan's status moves, named versions, the HTTP
 * bodies that carry them, and the two operations on whole documents a version needs —
 * comparing two states of a plan section by section, and restoring one state into another.
 */
import { diffArrays, diffWords } from 'diff';
import type * as Y from 'yjs';
import { z } from 'zod';
import { getMeta, getSectionsArray, readSections, sectionIdOfBody, sectionPlainText, SWOT_KEY, type SectionInfo } from './plan-doc.ts';
import { getGoalsArray, getVisionArray, readPlanStructure, type Goal } from './plan-structure.ts';
import { PlanStatusSchema, type PlanStatus } from './schemas.ts';
import { replaceChildren, replaceEntries } from './yjs-replace.ts';

const id = z.string().min(1).max(64);

/** Words for each status, as the product says them. */
export const STATUS_NAMES: Readonly<Record<PlanStatus, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  adopted: 'Adopted',
  archived: 'Archived',
};

/**
 * The moves a plan's status may make by `POST /status`. An adopted or archived plan leaves
 * that state only through a new revision (`POST /revisions`), which starts a fresh draft.
 */
const MOVES: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  draft: ['in_review'],
  in_review: ['draft', 'adopted'],
  adopted: ['archived'],
  archived: [],
};

/** The statuses a plan in `status` may move to directly. */
export function allowedMoves(status: PlanStatus): readonly PlanStatus[] {
  return MOVES[status];
}

/** Whether a new revision may be started: only from an adopted or archived plan. */
export function canStartRevision(status: PlanStatus): boolean {
  return status === 'adopted' || status === 'archived';
}

/** The label of the version frozen when the board adopts a plan. */
export function adoptedVersionLabel(adoptedOn: string): string {
  return `Adopted by the board — ${adoptedOn}`;
}

/** A board adoption date is required to adopt, and means nothing for any other move. */
export const StatusChangeBodySchema = z
  .strictObject({
    status: PlanStatusSchema,
    adoptedOn: z.iso.date('use a real date written YYYY-MM-DD').optional(),
  })
  .refine((body) => (body.status === 'adopted') === (body.adoptedOn !== undefined), {
    path: ['adoptedOn'],
    message: 'is required to adopt a plan (the board’s adoption date), and only then',
  });
export type StatusChangeBody = z.infer<typeof StatusChangeBodySchema>;

/** Why a version exists: someone named it, the board adopted it, or a restore set it aside. */
export const VersionKindSchema = z.enum(['named', 'adopted', 'before-restore']);
export type VersionKind = z.infer<typeof VersionKindSchema>;

export const MAX_VERSION_LABEL_LENGTH = 120;

export const VersionSchema = z.object({
  id,
  label: z.string(),
  kind: VersionKindSchema,
  /** The name of the person who froze it. */
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Version = z.infer<typeof VersionSchema>;

export const VersionListSchema = z.object({ versions: z.array(VersionSchema) });
export const CreateVersionBodySchema = z.strictObject({ label: z.string().trim().min(1, 'is required').max(MAX_VERSION_LABEL_LENGTH) });
export const VersionParamsSchema = z.object({ id, vid: id });

/** Either side of a comparison: a version's id, or `current` for the plan as stored now. */
export const CURRENT = 'current';
export const CompareQuerySchema = z.object({ from: id, to: id });

/** Restoring sets the plan's state aside first, so the restore itself can be undone. */
export const RestoreResultSchema = z.object({ restored: VersionSchema, beforeRestore: VersionSchema });
export type RestoreResult = z.infer<typeof RestoreResultSchema>;

// ---- comparing two states of a plan ----

export const WordPartSchema = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type WordPart = z.infer<typeof WordPartSchema>;
export const BlockComparisonSchema = z.object({ change: z.enum(['unchanged', 'changed', 'added', 'removed']), parts: z.array(WordPartSchema) });
export type BlockComparison = z.infer<typeof BlockComparisonSchema>;

export const SectionComparisonSchema = z.object({
  id: z.string(),
  /** The title in the later state (the earlier one for a removed section). */
  title: z.string(),
  /** The earlier title, when the section was renamed. */
  previousTitle: z.string().nullable(),
  /** added, removed, renamed (whatever happened to its text), changed (text only), unchanged. */
  change: z.enum(['added', 'removed', 'renamed', 'changed', 'unchanged']),
  wordsAdded: z.number().int(),
  wordsRemoved: z.number().int(),
  blocks: z.array(BlockComparisonSchema),
});
export type SectionComparison = z.infer<typeof SectionComparisonSchema>;

export const ItemComparisonSchema = z.object({
  kind: z.enum(['goal', 'strategy', 'action', 'measure']),
  id: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  /** The title of the goal the item belongs to (its own, for a goal). */
  goal: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type ItemComparison = z.infer<typeof ItemComparisonSchema>;

export const ComparisonSchema = z.object({
  sections: z.array(SectionComparisonSchema),
  items: z.array(ItemComparisonSchema),
  totals: z.object({ wordsAdded: z.number().int(), wordsRemoved: z.number().int(), sectionsChanged: z.number().int(), itemsChanged: z.number().int() }),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

const SideSchema = z.object({ id: z.string(), label: z.string() });
/** The answer of `GET /compare`: which two states were compared, and how they differ. */
export const ComparisonResultSchema = ComparisonSchema.extend({ from: SideSchema, to: SideSchema });
export type ComparisonResult = z.infer<typeof ComparisonResultSchema>;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;

function blocksOf(doc: Y.Doc, sectionId: string): string[] {
  const text = sectionPlainText(doc, sectionId);
  return text === '' ? [] : text.split('\n');
}

/**
 * Aligns the blocks of two bodies (paragraphs, headings, list items), then diffs each pair of
 * replaced blocks word by word; a block only on one side is wholly added or removed.
 */
function compareBlocks(before: string[], after: string[]): BlockComparison[] {
  const out: BlockComparison[] = [];
  let removed: string[] = [];
  const flush = (added: string[]): void => {
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i += 1) {
      const parts = diffWords(removed[i]!, added[i]!).map((c): WordPart => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
      out.push({ change: 'changed', parts });
    }
    for (const text of removed.slice(paired)) out.push({ change: 'removed', parts: [{ kind: 'removed', text }] });
    for (const text of added.slice(paired)) out.push({ change: 'added', parts: [{ kind: 'added', text }] });
    removed = [];
  };
  for (const change of diffArrays(before, after)) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) flush(change.value);
    else {
      flush([]);
      for (const text of change.value) out.push({ change: 'unchanged', parts: [{ kind: 'same', text }] });
    }
  }
  flush([]);
  return out;
}

function compareSection(id: string, from: Y.Doc, to: Y.Doc, before: SectionInfo | undefined, after: SectionInfo | undefined): SectionComparison {
  const blocks = compareBlocks(before ? blocksOf(from, id) : [], after ? blocksOf(to, id) : []);
  const count = (kind: WordPart['kind']): number =>
    blocks.reduce((sum, block) => sum + block.parts.filter((p) => p.kind === kind).reduce((n, p) => n + wordCount(p.text), 0), 0);
  const renamed = before !== undefined && after !== undefined && before.title !== after.title;
  const textChanged = blocks.some((b) => b.change !== 'unchanged');
  const change = !before ? 'added' : !after ? 'removed' : renamed ? 'renamed' : textChanged ? 'changed' : 'unchanged';
  const title = (after ?? before)?.title ?? id;
  return { id, title, previousTitle: renamed ? before.title : null, change, wordsAdded: count('added'), wordsRemoved: count('removed'), blocks };
}

type Titled = { id: string; title: string };

/** Added, removed and retitled items between two lists matched by id, in the later list's order. */
function compareItems(kind: ItemComparison['kind'], goal: string, before: Titled[], after: Titled[]): ItemComparison[] {
  const earlier = new Map(before.map((item) => [item.id, item]));
  const later = new Set(after.map((item) => item.id));
  const out: ItemComparison[] = [];
  for (const item of after) {
    const old = earlier.get(item.id);
    if (!old) out.push({ kind, id: item.id, change: 'added', goal, before: null, after: item.title });
    else if (old.title !== item.title) out.push({ kind, id: item.id, change: 'changed', goal, before: old.title, after: item.title });
  }
  for (const item of before) if (!later.has(item.id)) out.push({ kind, id: item.id, change: 'removed', goal, before: item.title, after: null });
  return out;
}

function compareGoals(before: Goal[], after: Goal[]): ItemComparison[] {
  const out = compareItems('goal', '', before, after).map((item) => ({ ...item, goal: item.after ?? item.before ?? '' }));
  const earlier = new Map(before.map((goal) => [goal.id, goal]));
  for (const goal of after) {
    const old = earlier.get(goal.id);
    if (!old) continue;
    const actions = (g: Goal): Titled[] => g.strategies.flatMap((s) => s.actions);
    const measures = (g: Goal): Titled[] => g.measures.map((m) => ({ id: m.id, title: m.name }));
    out.push(
      ...compareItems('strategy', goal.title, old.strategies, goal.strategies),
      ...compareItems('action', goal.title, actions(old), actions(goal)),
      ...compareItems('measure', goal.title, measures(old), measures(goal)),
    );
  }
  return out;
}

/**
 * How `to` differs from `from`: every section (matched by id, in `to`'s order, a removed one
 * where it used to be) with the word-level differences of its text block by block, and the
 * goals, strategies, action steps and measures added, removed or retitled. Identical
 * documents give sections that are all `unchanged` and no items.
 */
export function compareDocs(from: Y.Doc, to: Y.Doc): Comparison {
  const before = readSections(from);
  const after = readSections(to);
  const earlier = new Map(before.map((s) => [s.id, s]));
  const later = new Map(after.map((s) => [s.id, s]));
  const sections = after.map((s) => compareSection(s.id, from, to, earlier.get(s.id), s));
  before.forEach((s, index) => {
    if (later.has(s.id)) return;
    const previous = before.slice(0, index).reverse().find((p) => sections.some((c) => c.id === p.id));
    const at = previous ? sections.findIndex((c) => c.id === previous.id) + 1 : 0;
    sections.splice(at, 0, compareSection(s.id, from, to, s, undefined));
  });
  const items = compareGoals(readPlanStructure(from).goals, readPlanStructure(to).goals);
  const sum = (pick: (s: SectionComparison) => number): number => sections.reduce((n, s) => n + pick(s), 0);
  return {
    sections,
    items,
    totals: {
      wordsAdded: sum((s) => s.wordsAdded),
      wordsRemoved: sum((s) => s.wordsRemoved),
      sectionsChanged: sections.filter((s) => s.change !== 'unchanged').length,
      itemsChanged: items.length,
    },
  };
}

// ---- restoring one state into another ----

function bodyNames(...docs: Y.Doc[]): Set<string> {
  return new Set(docs.flatMap((doc) => [...doc.share.keys()].filter((name) => sectionIdOfBody(name) !== undefined)));
}

/**
 * Makes `target`'s content equal `source`'s, in one transaction on `target`: the plan-level
 * settings (meta), the sections, every section body (a body with no counterpart in `source`
 * is emptied), the vision, the goals and the SWOT grid. Comments are left exactly as they
 * are: stakeholder input is never rolled back. Parts that are already equal are not touched
 * (so comments anchored to unchanged text stay anchored), changed paragraphs are edited in
 * place, and new content is copied in as clones, so `source` is never changed.
 */
export function restoreInto(target: Y.Doc, source: Y.Doc): void {
  target.transact(() => {
    replaceEntries(getMeta(target), getMeta(source));
    replaceChildren(getSectionsArray(target), getSectionsArray(source));
    for (const name of bodyNames(target, source)) replaceChildren(target.getXmlFragment(name), source.getXmlFragment(name));
    replaceChildren(getVisionArray(target), getVisionArray(source));
    replaceChildren(getGoalsArray(target), getGoalsArray(source));
    replaceChildren(target.getArray(SWOT_KEY), source.getArray(SWOT_KEY));
  });
}
