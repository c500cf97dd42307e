/**
 * Which top-level parts of a plan's document an incoming update would change, found
 * without applying it and without copying the doc: a restricted writer (a commenter may
 * change only 'comments') is judged per update by this.
 *
 * The update's structs and delete set are read with Y.decodeUpdate and each is placed the
 * way Y.applyUpdate would place it (yjs 13.6: Item.getMissing, integrateStructs,
 * readAndApplyDeleteSet):
 *   - clocks the doc already has are skipped, as Yjs skips them;
 *   - an item names its parent (a root name, or the id of the item holding a nested type,
 *     in the doc or in this update), or names an origin and goes where the origin is;
 *   - an item whose parent or neighbour was garbage-collected becomes a GC struct and
 *     changes nothing;
 *   - a deletion changes the root of every item in its range not already deleted.
 * Whatever Yjs would hold back as pending (a dependency neither the doc nor the update has,
 * a gap in a client's clocks, a deletion of clocks nobody has yet) is reported as
 * unresolved, not placed: once held, Yjs applies it later during someone else's update,
 * where nobody checks it. Inconsistent input no stock client writes (a reference cycle,
 * neighbours in two different parents) is unresolved too.
 *
 * Cost: O(structs in the update + structs of the doc inside the deleted ranges), plus a
 * binary search per reference into the doc. The doc is only read.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { assertNever } from '../../shared/assert-never.ts';
import { MalformedFrameError } from './codec.ts';

export interface TouchedRoots {
  /** Top-level names ('comments', 'sections', 'body:vision'…) the update inserts into or deletes from. */
  roots: Set<string>;
  /** Part of the update cannot be placed now (Yjs would keep it pending); where it lands is unknown. */
  unresolved: boolean;
}

/** The top-level parts a restricted writer may change: only these, or all but these. */
export type RootRule =
  | { kind: 'only'; roots: ReadonlySet<string> }
  | { kind: 'except'; roots: ReadonlySet<string> };

/**
 * The top-level types applying `update` (a Yjs v1 update) to `doc` would change.
 * Throws MalformedFrameError when the update does not decode.
 */
export function touchedRoots(doc: Y.Doc, update: Uint8Array): TouchedRoots {
  const roots = new Set<string>();
  let unresolved = false;
  inspect(doc, update, (found) => {
    if (found === UNRESOLVED) unresolved = true;
    else roots.add(found);
    return true;
  });
  return { roots, unresolved };
}

/**
 * Whether applying `update` to `doc` changes only roots `rule` permits. An update with an
 * unresolved part is refused. Stops at the first root outside the rule. Throws
 * MalformedFrameError when the update does not decode.
 */
export function updateStaysWithin(doc: Y.Doc, update: Uint8Array, rule: RootRule): boolean {
  let allowed = true;
  inspect(doc, update, (found) => {
    allowed = found !== UNRESOLVED && permits(rule, found);
    return allowed;
  });
  return allowed;
}

function permits(rule: RootRule, root: string): boolean {
  switch (rule.kind) {
    case 'only':
      return rule.roots.has(root);
    case 'except':
      return !rule.roots.has(root);
    default:
      return assertNever(rule, 'root rule');
  }
}

const UNRESOLVED = Symbol('unresolved');
/** Changes no type: the struct becomes (or is) a GC struct. */
const GONE = Symbol('gone');
/** Being placed, further down the stack: meeting it again means a reference cycle. */
const VISITING = Symbol('visiting');

type Found = string | typeof UNRESOLVED;
type Outcome = Found | typeof GONE;
type Struct = Y.Item | Y.GC | Y.Skip;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];
/** A type as the doc holds it (the event type is of no interest here). */
type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

/** One client's structs in the update: contiguous clocks, Skip structs marking gaps. */
interface Run {
  readonly structs: Struct[];
  readonly outcomes: Array<Outcome | typeof VISITING | undefined>;
  /** The doc's next clock for this client: structs below it are already applied. */
  readonly docState: number;
}

/** A struct of the update that must be placed before the one asking can be. */
interface Slot {
  readonly run: Run;
  readonly index: number;
}

function inspect(doc: Y.Doc, update: Uint8Array, onFound: (found: Found) => boolean): void {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  let declaredGroups: number;
  try {
    declaredGroups = decoding.readVarUint(decoding.createDecoder(update));
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    throw new MalformedFrameError(`unreadable update: ${error instanceof Error ? error.message : String(error)}`);
  }
  const inspection = new Inspection(doc, onFound);
  if (!inspection.group(decoded.structs, declaredGroups) && !inspection.report(UNRESOLVED)) return;
  if (inspection.placeStructs()) inspection.placeDeletes(decoded.ds);
}

class Inspection {
  private readonly runs = new Map<number, Run>();
  private readonly reported = new Set<Found>();
  private readonly rootOfParent = new Map<SharedType, Outcome>();
  private rootNames: Map<SharedType, string> | undefined;

  constructor(
    private readonly doc: Y.Doc,
    private readonly onFound: (found: Found) => boolean,
  ) {}

  /** Tells onFound about a root or UNRESOLVED, once each. False: stop inspecting. */
  report(outcome: Outcome): boolean {
    if (outcome === GONE || this.reported.has(outcome)) return true;
    this.reported.add(outcome);
    return this.onFound(outcome);
  }

  /**
   * Groups the structs by client. False when a client appears in two groups: Yjs keeps only
   * the last group, whose clocks then start past the doc's and are held pending. Adjacent
   * groups of one client look like one in the decoded list, hence the count in the header.
   */
  group(structs: readonly Struct[], declaredGroups: number): boolean {
    let run: Run | undefined;
    let client = -1;
    for (const struct of structs) {
      if (run === undefined || struct.id.client !== client) {
        client = struct.id.client;
        if (this.runs.has(client)) return false;
        run = { structs: [], outcomes: [], docState: Y.getState(this.doc.store, client) };
        this.runs.set(client, run);
      }
      run.structs.push(struct);
    }
    return this.runs.size === declaredGroups;
  }

  /** Reports where every struct the doc lacks would go. False: stopped. */
  placeStructs(): boolean {
    for (const run of this.runs.values()) {
      for (let index = 0; index < run.structs.length; index++) {
        const struct = run.structs[index]!;
        if (struct instanceof Y.Skip || struct.id.clock + struct.length <= run.docState) continue;
        const outcome = this.outcomeOf(run, index);
        if (!this.report(outcome)) return false;
        if (outcome === UNRESOLVED) break; // the rest of this client's structs wait behind it
      }
    }
    return true;
  }

  /** Reports the roots of the items each deleted range removes. */
  placeDeletes(ds: DeleteSet): void {
    for (const [client, items] of ds.clients) if (!this.deletesOf(client, clockRanges(items))) return;
  }

  private deletesOf(client: number, ranges: readonly ClockRange[]): boolean {
    const docState = Y.getState(this.doc.store, client);
    const structs = this.doc.store.clients.get(client) ?? [];
    let from = 0;
    for (const { clock, len } of ranges) {
      const end = clock + len;
      if (clock < docState) {
        from = this.deletesInDoc(structs, from, clock, Math.min(end, docState));
        if (from < 0) return false;
      }
      if (end > docState && !this.deletesInUpdate(client, Math.max(clock, docState), end)) return false;
    }
    return true;
  }

  /**
   * Walks the doc's structs in [start, end), searching from index `from` on (ranges come
   * sorted). Returns where the next range may start searching, or -1 when stopped.
   */
  private deletesInDoc(structs: readonly Struct[], from: number, start: number, end: number): number {
    let index = indexAt(structs, start, from);
    for (; index < structs.length && structs[index]!.id.clock < end; index++) {
      const struct = structs[index]!;
      if (struct instanceof Y.Item && !struct.deleted && !this.report(this.rootOfDocItem(struct))) return -1;
    }
    return index - 1;
  }

  /** Deleted clocks past the doc's: items of this update, or else held pending by Yjs. */
  private deletesInUpdate(client: number, start: number, end: number): boolean {
    const run = this.runs.get(client);
    let index = run === undefined ? -1 : indexAt(run.structs, start);
    if (run === undefined || index < 0) return this.report(UNRESOLVED);
    let clock = start;
    for (; clock < end && index < run.structs.length; index++) {
      const struct = run.structs[index]!;
      if (!this.report(struct instanceof Y.Skip ? UNRESOLVED : this.outcomeOf(run, index))) return false;
      clock = struct.id.clock + struct.length;
    }
    return clock >= end || this.report(UNRESOLVED);
  }

  /**
   * Places one struct of the update, first placing what it depends on in the update. The
   * stack is explicit: dependency chains across clients can be as long as the update.
   */
  private outcomeOf(run: Run, index: number): Outcome {
    const stack: Slot[] = [{ run, index }];
    while (stack.length > 0) {
      const slot = stack[stack.length - 1]!;
      const current = slot.run.outcomes[slot.index];
      if (current !== undefined && current !== VISITING) {
        stack.pop();
        continue;
      }
      slot.run.outcomes[slot.index] = VISITING;
      const attempt = this.attempt(slot.run, slot.index);
      if (isSlot(attempt)) {
        stack.push(attempt);
        continue;
      }
      slot.run.outcomes[slot.index] = attempt;
      stack.pop();
    }
    return run.outcomes[index] as Outcome;
  }

  /** The struct's outcome, or a struct of the update to place first. */
  private attempt(run: Run, index: number): Outcome | Slot {
    const struct = run.structs[index]!;
    if (struct instanceof Y.Skip) return UNRESOLVED;
    if (struct.id.clock > run.docState) {
      // Starts past the doc's clock: applies only if its predecessor in the update does.
      const previous = index === 0 ? UNRESOLVED : this.settled(run, index - 1);
      if (isSlot(previous) || previous === UNRESOLVED) return previous;
    }
    return struct instanceof Y.Item ? this.placeItem(struct) : GONE;
  }

  private placeItem(item: Y.Item): Outcome | Slot {
    const parent: unknown = item.parent;
    if (typeof parent === 'string') return parent;
    if (parent instanceof Y.ID) return this.typeAt(parent, item);
    if (item.origin === null && item.rightOrigin === null) return UNRESOLVED;
    const left = item.origin === null ? undefined : this.neighbourAt(item.origin, item);
    if (isSlot(left)) return left;
    const right = item.rightOrigin === null ? undefined : this.neighbourAt(item.rightOrigin, item);
    if (isSlot(right)) return right;
    if (left === UNRESOLVED || right === UNRESOLVED) return UNRESOLVED;
    if (left === GONE || right === GONE) return GONE;
    if (left !== undefined && right !== undefined && left !== right) return UNRESOLVED;
    return left ?? right ?? UNRESOLVED;
  }

  /** The root an item's origin lives in: the item goes next to it, in the same parent. */
  private neighbourAt(id: Y.ID, from: Y.Item): Outcome | Slot {
    const where = this.locate(id, from);
    if (where === UNRESOLVED) return where;
    if (isSlot(where)) return this.settled(where.run, where.index);
    return where instanceof Y.Item ? this.rootOfDocItem(where) : GONE;
  }

  /**
   * The root of the nested type an item names as its parent. A parent that holds no type
   * (a thread deleted and collected while someone replied to it) makes the item a GC
   * struct in Yjs: it changes nothing, and refusing it would strand that writer.
   */
  private typeAt(id: Y.ID, from: Y.Item): Outcome | Slot {
    const where = this.locate(id, from);
    if (where === UNRESOLVED) return where;
    if (isSlot(where)) {
      const outcome = this.settled(where.run, where.index);
      if (isSlot(outcome) || typeof outcome !== 'string') return outcome;
      const holder = where.run.structs[where.index];
      return holder instanceof Y.Item && holder.content instanceof Y.ContentType ? outcome : GONE;
    }
    return where instanceof Y.Item && where.content instanceof Y.ContentType ? this.rootOfDocItem(where) : GONE;
  }

  /** Where an id referenced by `from` lives: in the doc, in this update, or nowhere yet. */
  private locate(id: Y.ID, from: Y.Item): Y.Item | Y.GC | Slot | typeof UNRESOLVED {
    // Yjs does not wait for same-client references: they must point backwards.
    if (id.client === from.id.client && id.clock >= from.id.clock) return UNRESOLVED;
    if (id.clock < Y.getState(this.doc.store, id.client)) return this.docStructAt(id);
    const run = this.runs.get(id.client);
    const index = run === undefined ? -1 : indexAt(run.structs, id.clock);
    return run === undefined || index < 0 ? UNRESOLVED : { run, index };
  }

  private docStructAt(id: Y.ID): Y.Item | Y.GC {
    const structs = this.doc.store.clients.get(id.client) ?? [];
    return structs[indexAt(structs, id.clock)]!;
  }

  /** A struct's outcome if placed (a cycle if it is being placed), else its slot. */
  private settled(run: Run, index: number): Outcome | Slot {
    const outcome = run.outcomes[index];
    if (outcome === undefined) return { run, index };
    return outcome === VISITING ? UNRESOLVED : outcome;
  }

  private rootOfDocItem(item: Y.Item): Outcome {
    const parent: unknown = item.parent;
    if (!(parent instanceof Y.AbstractType)) return UNRESOLVED;
    let root = this.rootOfParent.get(parent);
    if (root === undefined) {
      root = this.climb(parent);
      this.rootOfParent.set(parent, root);
    }
    return root;
  }

  private climb(type: SharedType): Outcome {
    let current = type;
    while (current._item !== null) {
      const up: unknown = current._item.parent;
      if (!(up instanceof Y.AbstractType)) return UNRESOLVED;
      current = up;
    }
    this.rootNames ??= new Map([...this.doc.share].map(([name, root]) => [root, name]));
    return this.rootNames.get(current) ?? UNRESOLVED;
  }
}

function isSlot(value: unknown): value is Slot {
  return typeof value === 'object' && value !== null && 'run' in value;
}

/**
 * The index of the struct holding `clock` in contiguous structs (from index `low` on), or
 * -1. Plain bisection: its first probes stay in cache from one call to the next, which makes
 * it about twice as fast as Y.findIndexSS's interpolating guess on a large doc.
 */
function indexAt(structs: readonly Struct[], clock: number, low = 0): number {
  let high = structs.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const struct = structs[mid]!;
    if (clock < struct.id.clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return mid;
  }
  return -1;
}

interface ClockRange {
  readonly clock: number;
  readonly len: number;
}

/**
 * A client's deleted ranges, sorted and disjoint. Yjs writes them so, and then they are
 * used as they are; a crafted update with overlapping ranges must not make the walk
 * quadratic, so anything else is sorted and merged first.
 */
function clockRanges(items: readonly ClockRange[]): readonly ClockRange[] {
  let tidy = true;
  for (let i = 0; i < items.length && tidy; i++) {
    tidy = items[i]!.len > 0 && (i === 0 || items[i - 1]!.clock + items[i - 1]!.len <= items[i]!.clock);
  }
  if (tidy) return items;
  const sorted = items.filter((d) => d.len > 0).sort((a, b) => a.clock - b.clock);
  const merged: Array<{ clock: number; len: number }> = [];
  for (const { clock, len } of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && clock <= last.clock + last.len) last.len = Math.max(last.len, clock + len - last.clock);
    else merged.push({ clock, len });
  }
  return merged;
}
