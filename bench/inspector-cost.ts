/**
 * The update inspector's cost per update, in this process, before any server starts: a
 * ~1 MB plan grown by several people typing, then realistic updates from one more writer,
 * each inspected as a restricted writer's update is (updateStaysWithin) and then applied.
 * Y.applyUpdate of the same update, which the server runs next anyway, is the scale.
 */
import * as Y from 'yjs';
import { updateStaysWithin, type RootRule } from '../server/collab/update-inspector.ts';
import { COMMENTS_KEY, getSectionBody, seedPlanDoc, sectionBodyName } from '../shared/plan-doc.ts';
import { INSPECTOR } from './config.ts';
import { summarize, type Summary } from './stats.ts';

export interface InspectorKind {
  kind: string;
  rule: string;
  /** Whether the rule let these updates through (a refused one stops inspecting early). */
  allowed: boolean;
  updateBytesP50: number;
  inspectUs: Summary | null;
  applyUs: Summary | null;
}

export interface InspectorCost {
  planBytes: number;
  docStructs: number;
  buildMs: number;
  kinds: InspectorKind[];
}

const SECTION_IDS = Array.from({ length: INSPECTOR.sections }, (_, index) => `s${index}`);
const COMMENTER: RootRule = { kind: 'only', roots: new Set([COMMENTS_KEY]) };
/** An editor with one section locked to someone else: every other edit is allowed and fully inspected. */
const EDITOR_NEAR_LOCK: RootRule = { kind: 'except', roots: new Set([sectionBodyName('locked')]) };
const WORDS = ['district', 'learners', 'devices', 'equity', 'access', 'teachers', 'network', 'budget', 'vision'];

/** Deterministic pseudo-random numbers (mulberry32): the same plan and edits every run. */
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

function paragraphText(doc: Y.Doc, pick: (below: number) => number): Y.XmlText {
  const body = getSectionBody(doc, SECTION_IDS[pick(SECTION_IDS.length)]!);
  return (body.get(pick(body.length)) as Y.XmlElement).get(0) as Y.XmlText;
}

function phrase(pick: (below: number) => number, chars: number): string {
  let text = '';
  while (text.length < chars) text += `${WORDS[pick(WORDS.length)]} `;
  return text.slice(0, chars);
}

/** Several authors typing phrases at random places, now and then deleting a few words. */
function buildPlan(pick: (below: number) => number): Y.Doc {
  const doc = new Y.Doc();
  seedPlanDoc(doc, {
    title: 'Bench plan',
    templateId: 'bench',
    frameworkId: 'iste-ec-14',
    sections: SECTION_IDS.map((id) => ({ id, title: id, guidance: '', conditions: [], standards: [], starterParagraphs: Array.from({ length: INSPECTOR.paragraphsPerSection }, () => '') })),
  });
  const authors = Array.from({ length: INSPECTOR.authors }, (_, index) => doc.clientID + 1 + index);
  const inserts = Math.ceil(INSPECTOR.planChars / INSPECTOR.charsPerInsert);
  for (let op = 0; op < inserts; op += 1) {
    doc.clientID = authors[op % authors.length]!;
    const text = paragraphText(doc, pick);
    text.insert(pick(text.length + 1), phrase(pick, INSPECTOR.charsPerInsert));
    if (op % INSPECTOR.deleteEvery === 0 && text.length > 20) text.delete(pick(text.length - 20), 1 + pick(20));
  }
  for (let index = 0; index < INSPECTOR.threads; index += 1) {
    const thread = new Y.Map<unknown>();
    doc.getMap(COMMENTS_KEY).set(`thread-${index}`, thread);
    thread.set('text', phrase(pick, 80));
    thread.set('replies', new Y.Array<unknown>());
  }
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The single update one local change produces. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | undefined;
  const record = (bytes: Uint8Array): void => {
    update = update === undefined ? bytes : Y.mergeUpdates([update, bytes]);
  };
  doc.on('update', record);
  doc.transact(change);
  doc.off('update', record);
  if (update === undefined) throw new Error('inspector bench: a change produced no update');
  return update;
}

interface Kind {
  kind: string;
  rule: RootRule;
  ruleName: string;
  samples: number;
  next: () => Uint8Array;
}

/** Inspects then applies each update, as the server does; times both. */
function measureKind(server: Y.Doc, kind: Kind): InspectorKind {
  const inspectUs: number[] = [];
  const applyUs: number[] = [];
  const bytes: number[] = [];
  let allowed = true;
  for (let index = 0; index < INSPECTOR.warmupPerKind + kind.samples; index += 1) {
    const update = kind.next();
    const started = performance.now();
    const ok = updateStaysWithin(server, update, kind.rule);
    const inspected = performance.now();
    Y.applyUpdate(server, update);
    const applied = performance.now();
    if (index < INSPECTOR.warmupPerKind) continue;
    allowed &&= ok;
    inspectUs.push((inspected - started) * 1000);
    applyUs.push((applied - inspected) * 1000);
    bytes.push(update.length);
  }
  return { kind: kind.kind, rule: kind.ruleName, allowed, updateBytesP50: summarize(bytes)?.p50 ?? NaN, inspectUs: summarize(inspectUs), applyUs: summarize(applyUs) };
}

function kinds(server: Y.Doc, pick: (below: number) => number): Kind[] {
  const writer = copyOf(server);
  const commenter = copyOf(server);
  let cursor: { text: Y.XmlText; at: number; left: number } | undefined;
  const keystroke = (): Uint8Array => {
    if (cursor === undefined || cursor.left === 0) {
      const text = paragraphText(writer, pick);
      cursor = { text, at: pick(text.length + 1), left: 6 };
    }
    const { text, at } = cursor;
    cursor.at += 1;
    cursor.left -= 1;
    return updateOf(writer, () => text.insert(at, 'abcdefgh'[pick(8)]!));
  };
  const selectionDeleted = (): Uint8Array => {
    const text = paragraphText(writer, pick);
    const length = Math.min(text.length, 1 + pick(40));
    return updateOf(writer, () => text.delete(pick(text.length - length + 1), length));
  };
  let threads = 0;
  const commentAdded = (): Uint8Array =>
    updateOf(commenter, () => {
      const thread = new Y.Map<unknown>();
      commenter.getMap(COMMENTS_KEY).set(`bench-thread-${threads++}`, thread);
      thread.set('text', phrase(pick, 60));
      thread.set('replies', new Y.Array<unknown>());
    });
  // The stock client answers each acknowledgement with a sync step 2 holding its whole delete set.
  const ackAnswer = (): Uint8Array => Y.encodeStateAsUpdate(commenter, Y.encodeStateVector(server));
  const { samples } = INSPECTOR;
  return [
    { kind: 'keystroke in a section body', rule: EDITOR_NEAR_LOCK, ruleName: 'editor, one section locked', samples: samples.keystrokes, next: keystroke },
    { kind: 'selection of 1–40 chars deleted', rule: EDITOR_NEAR_LOCK, ruleName: 'editor, one section locked', samples: samples.deletes, next: selectionDeleted },
    { kind: 'comment thread added', rule: COMMENTER, ruleName: 'commenter', samples: samples.comments, next: commentAdded },
    { kind: 'sync step 2 answering an ack (whole delete set)', rule: COMMENTER, ruleName: 'commenter', samples: samples.ackAnswers, next: ackAnswer },
    { kind: 'keystroke by a commenter (refused)', rule: COMMENTER, ruleName: 'commenter', samples: samples.refused, next: keystroke },
  ];
}

export function measureInspectorCost(): InspectorCost {
  const pick = random(INSPECTOR.seed);
  const started = performance.now();
  const server = buildPlan(pick);
  const buildMs = performance.now() - started;
  const planBytes = Y.encodeStateAsUpdate(server).length;
  let docStructs = 0;
  for (const structs of server.store.clients.values()) docStructs += structs.length;
  const results = kinds(server, pick).map((kind) => measureKind(server, kind));
  server.destroy();
  return { planBytes, docStructs, buildMs, kinds: results };
}
