/**
 * Comment threads: stakeholders' input on the text of a plan (Leader Standard 2d). Part of
 * the plan's Y.Doc (SCHEMA_VERSION 2, see plan-doc.ts); the `comments` root is the only part
 * of the document a commenter may change, which the server checks on every update.
 *
 *   doc.getMap('comments')            threads, keyed by thread id
 *     <threadId>: Y.Map
 *       sectionId: string             the section whose body the thread is on
 *       anchor: { start, end }        base64-encoded Yjs relative positions of the first and
 *                                     last commented characters (comment-anchors.ts), so the
 *                                     thread follows its text through everyone's edits
 *       quote: string                 the text as it read when the thread was started; kept
 *                                     when that text changes or is deleted
 *       createdAt: number             ms since the epoch, the writer's clock
 *       statusLog: Y.Array<Y.Map>     every resolve and reopen, in order; the last entry is the
 *         status: 'open'|'resolved'   thread's status (none: open). Appended, never
 *         at: number                  overwritten: see "nothing but their own" below
 *       messages: Y.Array<Y.Map>      the first message, then the replies, in order
 *         id: string
 *         body: string                written once, with the message; never changed
 *         mentions: string[]          user ids of the members the message mentions
 *         at: number                  ms since the epoch
 *
 * No names are stored, and no author ids either: a client could write any name or id it
 * liked. Every Yjs item carries the client id of the Yjs client that created it, and the
 * server records, durably, which person each client id of a plan belongs to (the first to
 * write with it; nobody else may write with it again). So the author of a message is the
 * owner of the client id of the item holding its map, whoever resolved a thread is the
 * owner of the client id of the item holding its current `status`, and the client asks the
 * server for the names (GET /api/plans/:id/authors). The readers below report those client
 * ids; they never trust a field for who wrote what.
 *
 * Nothing but their own: a commenter's update may delete (or overwrite — an overwrite deletes
 * the old item) only items their own client ids created; the server refuses the rest (see
 * server/collab/room.ts). That is why resolving appends to `statusLog` instead of setting a
 * key on the thread: a commenter may resolve a thread someone else started.
 *
 * A thread whose text was deleted is kept and read as orphaned; threads that do not have
 * this shape (written by another version, or by hand) are skipped by the readers.
 */
import * as Y from 'yjs';
import { anchoredText, type CommentAnchor } from './comment-anchors.ts';
import { COMMENTS_KEY, getSectionBody } from './plan-doc.ts';
import { newItemId } from './plan-structure.ts';

export type { CommentAnchor } from './comment-anchors.ts';

/** Longest message body a person can write. */
export const MAX_COMMENT_CHARS = 4000;
/** Longest quote kept on a thread; a longer selection is quoted up to here, with an ellipsis. */
export const MAX_QUOTE_CHARS = 600;

export const THREAD_STATUSES = ['open', 'resolved'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

export interface CommentMessage {
  id: string;
  body: string;
  /** User ids; each mentioned member at most once. */
  mentions: string[];
  at: number;
  /** The Yjs client that created the message: its owner is the author. */
  authorClientId: number | null;
  /** The client that wrote the current body; differs from the author's only if someone overwrote it. */
  bodyClientId: number | null;
}

export interface CommentThread {
  id: string;
  sectionId: string;
  anchor: CommentAnchor;
  quote: string;
  createdAt: number;
  status: ThreadStatus;
  resolvedAt: number | null;
  /** The client that set the current status: for a resolved thread, whoever resolved it. */
  statusClientId: number | null;
  messages: CommentMessage[];
}

export interface MessageInit {
  body: string;
  mentions?: readonly string[];
  /** ms since the epoch; now when omitted. */
  at?: number;
}

export interface ThreadInit extends MessageInit {
  sectionId: string;
  anchor: CommentAnchor;
  quote: string;
}

type YMap = Y.Map<unknown>;

/** The root map of every thread. */
export function getCommentsMap(doc: Y.Doc): Y.Map<YMap> {
  return doc.getMap<YMap>(COMMENTS_KEY);
}

/** The live map of one thread, when it exists. */
export function findThread(doc: Y.Doc, threadId: string): YMap | undefined {
  const thread = getCommentsMap(doc).get(threadId);
  return thread instanceof Y.Map ? thread : undefined;
}

/** A quote as stored: whitespace runs folded to one space, cut at MAX_QUOTE_CHARS. */
export function quoteOf(text: string): string {
  const folded = text.replace(/\s+/gu, ' ').trim();
  return folded.length <= MAX_QUOTE_CHARS ? folded : `${folded.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…`;
}

function messageMap(init: MessageInit): YMap {
  const message = new Y.Map<unknown>();
  message.set('id', newItemId());
  message.set('body', init.body.slice(0, MAX_COMMENT_CHARS));
  message.set('mentions', [...new Set(init.mentions ?? [])]);
  message.set('at', init.at ?? Date.now());
  return message;
}

/** Starts a thread on a range of a section, with its first message, in one transaction; returns its id. */
export function addThread(doc: Y.Doc, init: ThreadInit): string {
  const id = newItemId();
  const thread = new Y.Map<unknown>();
  thread.set('sectionId', init.sectionId);
  thread.set('anchor', { start: init.anchor.start, end: init.anchor.end });
  thread.set('quote', quoteOf(init.quote));
  thread.set('createdAt', init.at ?? Date.now());
  thread.set('statusLog', new Y.Array<YMap>());
  thread.set('messages', Y.Array.from([messageMap(init)]));
  doc.transact(() => getCommentsMap(doc).set(id, thread));
  return id;
}

/** Adds a reply to a thread; false when the thread is gone or malformed. */
export function addReply(doc: Y.Doc, threadId: string, init: MessageInit): boolean {
  const messages = findThread(doc, threadId)?.get('messages');
  if (!(messages instanceof Y.Array)) return false;
  messages.push([messageMap(init)]);
  return true;
}

/** Resolves or reopens a thread; false when the thread is gone or already has that status. */
export function setThreadStatus(doc: Y.Doc, threadId: string, status: ThreadStatus, at = Date.now()): boolean {
  const thread = findThread(doc, threadId);
  const log = thread?.get('statusLog');
  if (!thread || !(log instanceof Y.Array) || currentStatus(thread).status === status) return false;
  const entry = new Y.Map<unknown>();
  entry.set('status', status);
  entry.set('at', at);
  log.push([entry]);
  return true;
}

// ---- reading (a thread that does not have the layout's shape is skipped) ----

/** The client id of the item holding `key`'s current value in a map. */
function writerOf(map: YMap, key: string): number | null {
  return map._map.get(key)?.id.client ?? null;
}

/** The last well-formed entry of a thread's status log: its status, when, and who set it. */
function currentStatus(thread: YMap): { status: ThreadStatus; at: number | null; clientId: number | null } {
  const log = thread.get('statusLog');
  const entries = log instanceof Y.Array ? log.toArray() : [];
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry: unknown = entries[i];
    if (!(entry instanceof Y.Map)) continue;
    const status = entry.get('status');
    const at = entry.get('at');
    if (THREAD_STATUSES.includes(status as ThreadStatus) && isTime(at)) {
      return { status: status as ThreadStatus, at, clientId: entry._item?.id.client ?? null };
    }
  }
  return { status: 'open', at: null, clientId: null };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readAnchor(value: unknown): CommentAnchor | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { start, end } = value as Record<string, unknown>;
  return isString(start) && isString(end) && start !== '' && end !== '' ? { start, end } : undefined;
}

/** One message as plain data; undefined when it is malformed. */
export function readMessage(map: unknown): CommentMessage | undefined {
  if (!(map instanceof Y.Map)) return undefined;
  const message = map as YMap;
  const id = message.get('id');
  const body = message.get('body');
  const at = message.get('at');
  const mentions = message.get('mentions');
  if (!isString(id) || !isString(body) || !isTime(at)) return undefined;
  return {
    id,
    body,
    mentions: Array.isArray(mentions) ? [...new Set(mentions.filter(isString))] : [],
    at,
    authorClientId: message._item?.id.client ?? null,
    bodyClientId: writerOf(message, 'body'),
  };
}

/** One thread as plain data; undefined when it is malformed or has no readable message. */
export function readThread(id: string, map: unknown): CommentThread | undefined {
  if (!(map instanceof Y.Map)) return undefined;
  const thread = map as YMap;
  const sectionId = thread.get('sectionId');
  const anchor = readAnchor(thread.get('anchor'));
  const quote = thread.get('quote');
  const createdAt = thread.get('createdAt');
  const list = thread.get('messages');
  if (!isString(sectionId) || !anchor || !isString(quote) || !isTime(createdAt) || !(list instanceof Y.Array)) return undefined;
  const messages = list.toArray().map(readMessage).filter((m): m is CommentMessage => m !== undefined);
  if (messages.length === 0) return undefined;
  const current = currentStatus(thread);
  return {
    id,
    sectionId,
    anchor,
    quote,
    createdAt,
    status: current.status,
    resolvedAt: current.status === 'resolved' ? current.at : null,
    statusClientId: current.clientId,
    messages,
  };
}

/** Every well-formed thread, oldest first. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = [];
  for (const [id, map] of getCommentsMap(doc).entries()) {
    const thread = readThread(id, map);
    if (thread) threads.push(thread);
  }
  return threads.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The text a thread is on now, or undefined when that text was removed (the thread is orphaned). */
export function threadText(doc: Y.Doc, thread: Pick<CommentThread, 'sectionId' | 'anchor'>): string | undefined {
  let body: Y.XmlFragment;
  try {
    body = getSectionBody(doc, thread.sectionId);
  } catch {
    return undefined; // a section id naming a root of another kind: no text to be on
  }
  return anchoredText(doc, body, thread.anchor);
}

/** Open threads per section id. */
export function openCountsBySection(threads: readonly CommentThread[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.status === 'open') counts.set(thread.sectionId, (counts.get(thread.sectionId) ?? 0) + 1);
  }
  return counts;
}

/** Whether any message of the thread mentions the person. */
export function mentions(thread: CommentThread, userId: string): boolean {
  return thread.messages.some((message) => message.mentions.includes(userId));
}

/**
 * The members a message body still mentions: of the people picked while writing, those whose
 * "@Name" is still in the text (a mention typed and then deleted is no mention).
 */
export function mentionedIn(body: string, picked: ReadonlyArray<{ id: string; name: string }>): string[] {
  return [...new Set(picked.filter((person) => body.includes(`@${person.name}`)).map((person) => person.id))];
}
