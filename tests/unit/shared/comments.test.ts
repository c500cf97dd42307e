import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorAt, anchorInText } from '../../../shared/comment-anchors.ts';
import {
  addReply,
  addThread,
  getCommentsMap,
  MAX_QUOTE_CHARS,
  mentionedIn,
  mentions,
  openCountsBySection,
  quoteOf,
  readThreads,
  setThreadStatus,
  threadText,
} from '../../../shared/comments.ts';
import { getSectionBody } from '../../../shared/plan-doc.ts';

const SECTION = 'vision';

/** Writes paragraphs into a section body; returns their texts. */
function writeBody(doc: Y.Doc, paragraphs: readonly string[], sectionId = SECTION): Y.XmlText[] {
  const texts = paragraphs.map((line) => new Y.XmlText(line));
  const elements = texts.map((text) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    return paragraph;
  });
  getSectionBody(doc, sectionId).insert(0, elements);
  return texts;
}

/** The first paragraph's text of a section, on any copy of the document. */
function firstText(doc: Y.Doc, sectionId = SECTION): Y.XmlText {
  const paragraph = getSectionBody(doc, sectionId).get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** A second copy of `doc`, as another person's client would hold it. */
function copyOf(doc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  sync(doc, other);
  return other;
}

/** A thread on `phrase` in the first paragraph. */
function threadOn(doc: Y.Doc, phrase: string, body = 'Is this measurable?'): string {
  const text = firstText(doc);
  const from = text.toString().indexOf(phrase);
  if (from < 0) throw new Error(`no "${phrase}" in the paragraph`);
  return addThread(doc, { sectionId: SECTION, anchor: anchorInText(text, from, from + phrase.length), quote: phrase, body, at: 1000 });
}

function onlyThread(doc: Y.Doc) {
  const [thread] = readThreads(doc);
  if (!thread) throw new Error('no thread');
  return thread;
}

describe('the comments layout', () => {
  it('stores a thread with its first message and reads it back, authored by the writing client', () => {
    const doc = new Y.Doc();
    writeBody(doc, ['Every learner creates, questions and connects.']);
    const id = threadOn(doc, 'questions', 'Who decides the questions?');
    const thread = onlyThread(doc);
    expect(thread).toMatchObject({ id, sectionId: SECTION, quote: 'questions', createdAt: 1000, status: 'open', resolvedAt: null });
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]).toMatchObject({ body: 'Who decides the questions?', mentions: [], authorClientId: doc.clientID, bodyClientId: doc.clientID });
    expect(getCommentsMap(doc).get(id)?.get('messages')).toBeInstanceOf(Y.Array);
  });

  it('keeps replies in order, each authored by the client that wrote it', () => {
    const doc = new Y.Doc();
    writeBody(doc, ['Every learner creates, questions and connects.']);
    const id = threadOn(doc, 'creates');
    const other = copyOf(doc);
    expect(addReply(other, id, { body: 'Yes: portfolios.', mentions: ['user-2', 'user-2'], at: 2000 })).toBe(true);
    sync(other, doc);
    addReply(doc, id, { body: 'Thanks.', at: 3000 });
    const messages = onlyThread(doc).messages;
    expect(messages.map((m) => m.body)).toEqual(['Is this measurable?', 'Yes: portfolios.', 'Thanks.']);
    expect(messages.map((m) => m.authorClientId)).toEqual([doc.clientID, other.clientID, doc.clientID]);
    expect(messages[1]!.mentions).toEqual(['user-2']);
    expect(addReply(doc, 'no-such-thread', { body: 'Lost' })).toBe(false);
  });

  it('resolves and reopens a thread, and knows which client set the status', () => {
    const doc = new Y.Doc();
    writeBody(doc, ['Every learner creates, questions and connects.']);
    const id = threadOn(doc, 'connects');
    const other = copyOf(doc);
    expect(setThreadStatus(other, id, 'resolved', 5000)).toBe(true);
    expect(setThreadStatus(other, id, 'resolved', 6000)).toBe(false);
    sync(other, doc);
    expect(onlyThread(doc)).toMatchObject({ status: 'resolved', resolvedAt: 5000, statusClientId: other.clientID });
    expect(openCountsBySection(readThreads(doc)).get(SECTION)).toBeUndefined();
    setThreadStatus(doc, id, 'open');
    expect(onlyThread(doc)).toMatchObject({ status: 'open', resolvedAt: null, statusClientId: doc.clientID });
    expect(openCountsBySection(readThreads(doc)).get(SECTION)).toBe(1);
  });

  it('shows an overwritten body as written by the client that overwrote it', () => {
    const doc = new Y.Doc();
    writeBody(doc, ['Every learner creates.']);
    const id = threadOn(doc, 'learner');
    const other = copyOf(doc);
    const message = (getCommentsMap(other).get(id)?.get('messages') as Y.Array<Y.Map<unknown>>).get(0);
    message.set('body', 'Words put in my mouth');
    sync(other, doc);
    expect(onlyThread(doc).messages[0]).toMatchObject({ body: 'Words put in my mouth', authorClientId: doc.clientID, bodyClientId: other.clientID });
  });

  it('ignores threads that do not have the layout’s shape', () => {
    const doc = new Y.Doc();
    writeBody(doc, ['Every learner creates.']);
    threadOn(doc, 'learner');
    const comments = getCommentsMap(doc);
    const malformed: Array<Record<string, unknown>> = [
      { text: 'an older, flat comment' },
      { sectionId: SECTION, anchor: { start: 'x' }, quote: 'q', createdAt: 1, status: 'open' },
      { sectionId: SECTION, anchor: { start: 'a', end: 'b' }, quote: 'q', createdAt: 1, status: 'pending' },
      { sectionId: 7, anchor: { start: 'a', end: 'b' }, quote: 'q', createdAt: 1, status: 'open' },
      { sectionId: SECTION, anchor: { start: 'a', end: 'b' }, quote: 'q', createdAt: 1, status: 'open', messages: 'hello' },
    ];
    doc.transact(() => {
      malformed.forEach((fields, index) => {
        const map = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(fields)) map.set(key, value);
        comments.set(`bad-${index}`, map);
      });
      const empty = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({ sectionId: SECTION, anchor: { start: 'a', end: 'b' }, quote: 'q', createdAt: 1, status: 'open' })) empty.set(key, value);
      empty.set('messages', Y.Array.from([new Y.Map<unknown>([['body', 42]])]));
      comments.set('no-readable-message', empty);
      (comments as Y.Map<unknown>).set('not-a-map', 'just a string');
    });
    expect(readThreads(doc).map((t) => t.quote)).toEqual(['learner']);
  });

  it('reads a thread on a section that does not exist, or with garbage anchors, as orphaned', () => {
    const doc = new Y.Doc();
    writeBody(doc, ['Every learner creates.']);
    expect(threadText(doc, { sectionId: 'nowhere', anchor: anchorInText(firstText(doc), 0, 5) })).toBeUndefined();
    expect(threadText(doc, { sectionId: SECTION, anchor: { start: '!!not base64!!', end: 'AAAA' } })).toBeUndefined();
  });
});

describe('anchors on the text', () => {
  const PARAGRAPH = 'Every learner creates, questions and connects.';

  it('cover the quoted text, across paragraphs too', () => {
    const doc = new Y.Doc();
    const [first, second] = writeBody(doc, [PARAGRAPH, 'Teachers lead the change.']);
    threadOn(doc, 'questions and');
    expect(threadText(doc, onlyThread(doc))).toBe('questions and');
    const across = anchorAt({ type: first!, index: PARAGRAPH.indexOf('connects') }, { type: second!, index: 'Teachers'.length });
    expect(threadText(doc, { sectionId: SECTION, anchor: across })).toBe('connects.\nTeachers');
  });

  it.each([
    { where: 'before the range', at: (from: number) => from, insert: 'boldly ', expected: 'questions' },
    { where: 'right after the range', at: (from: number) => from + 'questions'.length, insert: ' everything', expected: 'questions' },
    { where: 'inside the range', at: (from: number) => from + 3, insert: '-and-', expected: 'que-and-stions' },
    { where: 'at the start of the paragraph', at: () => 0, insert: 'Here, ', expected: 'questions' },
  ])('resolve to the same text on two docs after a concurrent insert $where', ({ at, insert, expected }) => {
    const a = new Y.Doc();
    writeBody(a, [PARAGRAPH]);
    const b = copyOf(a);
    // Concurrent: the thread is started on one copy while the other copy is edited, unseen.
    threadOn(a, 'questions');
    const text = firstText(b);
    text.insert(at(text.toString().indexOf('questions')), insert);
    sync(a, b);
    sync(b, a);
    const thread = onlyThread(a);
    expect(threadText(a, thread)).toBe(expected);
    expect(threadText(b, onlyThread(b))).toBe(expected);
    expect(firstText(a).toString()).toBe(firstText(b).toString());
    expect(thread.quote).toBe('questions');
  });

  it('keep the part that is left when part of the range is deleted', () => {
    const doc = new Y.Doc();
    writeBody(doc, [PARAGRAPH]);
    threadOn(doc, 'questions and');
    firstText(doc).delete(PARAGRAPH.indexOf('questions'), 'questions '.length);
    expect(threadText(doc, onlyThread(doc))).toBe('and');
  });

  it('read as orphaned once the commented text is deleted, on every copy, and keep the quote', () => {
    const a = new Y.Doc();
    writeBody(a, [PARAGRAPH]);
    threadOn(a, 'questions');
    const b = copyOf(a);
    firstText(b).delete(PARAGRAPH.indexOf('questions'), 'questions'.length);
    sync(b, a);
    expect(threadText(a, onlyThread(a))).toBeUndefined();
    expect(threadText(b, onlyThread(b))).toBeUndefined();
    expect(onlyThread(a).quote).toBe('questions');
    // Typing where the text was does not bring the thread back.
    firstText(a).insert(PARAGRAPH.indexOf('questions'), 'wonders');
    expect(threadText(a, onlyThread(a))).toBeUndefined();
  });

  it('read as orphaned when the whole paragraph is removed', () => {
    const doc = new Y.Doc();
    writeBody(doc, [PARAGRAPH, 'Second paragraph.']);
    threadOn(doc, 'learner');
    getSectionBody(doc, SECTION).delete(0, 1);
    expect(threadText(doc, onlyThread(doc))).toBeUndefined();
    expect(readThreads(doc)).toHaveLength(1);
  });

  it('survive a round trip through the stored update, as a fresh client loads it', () => {
    const doc = new Y.Doc();
    writeBody(doc, [PARAGRAPH]);
    threadOn(doc, 'creates');
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
    expect(threadText(fresh, onlyThread(fresh))).toBe('creates');
  });
});

describe('quotes and mentions', () => {
  it('folds whitespace in a quote and cuts a long one with an ellipsis', () => {
    expect(quoteOf('  two\n\nlines  ')).toBe('two lines');
    const long = quoteOf('word '.repeat(400));
    expect(long.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });

  it('keeps only the picked people whose @name is still in the message', () => {
    const picked = [
      { id: 'u1', name: 'Dana Ortiz' },
      { id: 'u2', name: 'Sam Lee' },
    ];
    expect(mentionedIn('@Dana Ortiz what do you think?', picked)).toEqual(['u1']);
    expect(mentionedIn('No one now', picked)).toEqual([]);
  });

  it('finds threads that mention a person in any message', () => {
    const doc = new Y.Doc();
    writeBody(doc, ['Every learner creates.']);
    const id = threadOn(doc, 'learner');
    expect(mentions(onlyThread(doc), 'u1')).toBe(false);
    addReply(doc, id, { body: '@Dana Ortiz?', mentions: ['u1'] });
    expect(mentions(onlyThread(doc), 'u1')).toBe(true);
  });
});
