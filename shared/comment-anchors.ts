/**
 * Where a comment thread sits in a section's text: two Yjs relative positions, stored as
 * base64 strings on the thread (layout in comments.ts). A relative position names a
 * character by the id of the Yjs item that holds it, so it follows that character through
 * anyone's edits, on every copy of the document, without any index arithmetic.
 *
 * The start sticks to the first quoted character (association 0: "the character to my
 * right") and the end to the last one (association -1: "the character to my left"). So text
 * typed inside the range joins it, text typed at either edge stays outside, and when every
 * quoted character is deleted both ends meet: the range is empty and the thread is orphaned.
 */
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

export interface CommentAnchor {
  /** base64 of Y.encodeRelativePosition, sticking to the first character of the range. */
  start: string;
  /** base64 of Y.encodeRelativePosition, sticking to the last character of the range. */
  end: string;
}

/** The types a section body is made of: the body, its elements, their texts. */
export type BodyType = Y.XmlFragment | Y.XmlElement | Y.XmlText;

/** A point in the document as Yjs counts it: a text and a character offset, or an element and a child index. */
export interface YPoint {
  type: BodyType;
  index: number;
}

/** Start sticks to the character after it; end to the character before it. */
const START_ASSOC = 0;
const END_ASSOC = -1;

/** Encodes a relative position for storing in the document as a string. */
export function encodeAnchorPosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/** Decodes a stored position; undefined for anything that is not one. */
export function decodeAnchorPosition(encoded: string): Y.RelativePosition | undefined {
  try {
    return Y.decodeRelativePosition(fromBase64(encoded));
  } catch {
    return undefined;
  }
}

/** The anchor of the text between two points (start before end). */
export function anchorAt(start: YPoint, end: YPoint): CommentAnchor {
  return {
    start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(start.type, start.index, START_ASSOC)),
    end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(end.type, end.index, END_ASSOC)),
  };
}

/** The anchor of characters [from, to) of one Y.XmlText (a paragraph's text). */
export function anchorInText(text: Y.XmlText, from: number, to: number): CommentAnchor {
  return anchorAt({ type: text, index: from }, { type: text, index: to });
}

/** Whether the type, or any type holding it, was deleted. */
function isRemoved(type: { _item: Y.Item | null }): boolean {
  for (let item = type._item; item !== null; item = item.parent instanceof Y.AbstractType ? item.parent._item : null) {
    if (item.deleted) return true;
  }
  return false;
}

/**
 * Where a stored position points now, inside `body`; undefined when it does not decode, its
 * text or an element holding it was removed, or it points outside the body.
 */
export function resolveAnchorPoint(doc: Y.Doc, body: Y.XmlFragment, encoded: string): YPoint | undefined {
  const position = decodeAnchorPosition(encoded);
  if (!position) return undefined;
  let absolute: Y.AbsolutePosition | null;
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  } catch {
    return undefined;
  }
  if (!absolute || isRemoved(absolute.type)) return undefined;
  const type: unknown = absolute.type;
  if (!(type instanceof Y.XmlFragment || type instanceof Y.XmlElement || type instanceof Y.XmlText)) return undefined;
  const inBody = type === body || (type._item !== null && Y.isParentOf(body, type._item));
  return inBody ? { type, index: absolute.index } : undefined;
}

function plainText(text: Y.XmlText): string {
  const delta = text.toDelta() as Array<{ insert?: unknown }>;
  return delta.map((op) => (typeof op.insert === 'string' ? op.insert : ' ')).join('');
}

/** Collects the text between two points by walking the body in document order. */
class RangeReader {
  private started = false;
  private done = false;
  private out = '';

  constructor(
    private readonly start: YPoint,
    private readonly end: YPoint,
  ) {}

  read(body: Y.XmlFragment): string | undefined {
    this.visitChildren(body);
    return this.done ? this.out : undefined;
  }

  private at(type: BodyType, index: number): void {
    if (!this.started && this.start.type === type && this.start.index === index) this.started = true;
    if (this.started && this.end.type === type && this.end.index === index) this.done = true;
  }

  private visitChildren(parent: Y.XmlFragment | Y.XmlElement): void {
    const children = parent.toArray();
    children.forEach((child, index) => {
      this.at(parent, index);
      if (!this.done) this.visit(child);
    });
    if (!this.done) this.at(parent, children.length);
  }

  private visit(child: Y.XmlElement | Y.XmlText | Y.XmlHook): void {
    if (child instanceof Y.XmlText) {
      const text = plainText(child);
      for (let index = 0; index <= text.length && !this.done; index++) {
        this.at(child, index);
        if (this.started && !this.done && index < text.length) this.out += text[index];
      }
    } else if (child instanceof Y.XmlElement) {
      // A block boundary inside the range reads as a line break, as in the section's plain text.
      if (this.started && this.out !== '' && !this.out.endsWith('\n')) this.out += '\n';
      this.visitChildren(child);
    }
  }
}

/**
 * The text a thread's anchor covers now, in a section body; undefined when the thread is
 * orphaned: its text was deleted (the range is empty), its paragraph was removed, or the
 * anchor does not point into this section at all.
 */
export function anchoredText(doc: Y.Doc, body: Y.XmlFragment, anchor: CommentAnchor): string | undefined {
  const start = resolveAnchorPoint(doc, body, anchor.start);
  const end = resolveAnchorPoint(doc, body, anchor.end);
  if (!start || !end) return undefined;
  const text = new RangeReader(start, end).read(body);
  return text === undefined || text.trim() === '' ? undefined : text;
}
