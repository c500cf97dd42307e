/**
 * Between ProseMirror positions (what the editor shows) and comment anchors (Yjs relative
 * positions, what the document stores). The collaboration binding keeps a map from each
 * Yjs type to the ProseMirror node it renders; y-tiptap converts through it both ways.
 */
import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { anchorAt, decodeAnchorPosition, resolveAnchorPoint, type CommentAnchor, type YPoint } from '@shared/comment-anchors.ts';

type BindingMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

/** What the sync plugin knows: the Yjs document, the bound section body, the type ↔ node mapping. */
export interface SyncFacts {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  mapping: BindingMapping;
}

/** A new thread's place and words, taken from the selection when the person asks to comment. */
export interface CommentDraft {
  sectionId: string;
  anchor: CommentAnchor;
  quote: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The sync plugin's facts, once its binding exists (after the view is mounted). */
export function syncFacts(state: EditorState): SyncFacts | undefined {
  const pluginState: unknown = ySyncPluginKey.getState(state);
  if (!isObject(pluginState) || !isObject(pluginState.binding)) return undefined;
  const { type } = pluginState;
  const { mapping } = pluginState.binding;
  if (!(type instanceof Y.XmlFragment) || type.doc === null || !(mapping instanceof Map)) return undefined;
  return { doc: type.doc, fragment: type, mapping: mapping as BindingMapping };
}

/** Where a ProseMirror position is in Yjs terms: a text and an offset, or an element and a child index. */
function yPoint(facts: SyncFacts, pos: number): YPoint | undefined {
  const relative: unknown = absolutePositionToRelativePosition(pos, facts.fragment, facts.mapping);
  if (!(relative instanceof Y.RelativePosition)) return undefined;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, facts.doc);
  const type: unknown = absolute?.type;
  if (!absolute || !(type instanceof Y.XmlFragment || type instanceof Y.XmlText)) return undefined;
  return { type, index: absolute.index };
}

/** A comment draft for the current selection; undefined when nothing (or only space) is selected. */
export function selectionDraft(state: EditorState, sectionId: string): CommentDraft | undefined {
  const { from, to, empty } = state.selection;
  if (empty) return undefined;
  const quote = state.doc.textBetween(from, to, '\n', ' ');
  const facts = syncFacts(state);
  if (quote.trim() === '' || !facts) return undefined;
  const start = yPoint(facts, from);
  const end = yPoint(facts, to);
  return start && end ? { sectionId, anchor: anchorAt(start, end), quote } : undefined;
}

/** The editor position of a point of the Yjs document; null when it is not rendered. */
function editorPosition(facts: SyncFacts, point: YPoint, encoded: string): number | null {
  if (point.type instanceof Y.XmlText) {
    // Counted from the start of its text: y-tiptap reads a character-based position that lands
    // at 1 (the first character of the body) as misresolved and gives null for it.
    const textStart = Y.createRelativePositionFromTypeIndex(point.type, 0, -1);
    const start = relativePositionToAbsolutePosition(facts.doc, facts.fragment, textStart, facts.mapping);
    return start === null ? null : start + point.index;
  }
  const relative = decodeAnchorPosition(encoded);
  return relative ? relativePositionToAbsolutePosition(facts.doc, facts.fragment, relative, facts.mapping) : null;
}

/** The editor range an anchor covers now; undefined when its text is gone or not rendered. */
export function anchorRange(state: EditorState, facts: SyncFacts, anchor: CommentAnchor): { from: number; to: number } | undefined {
  const start = resolveAnchorPoint(facts.doc, facts.fragment, anchor.start);
  const end = resolveAnchorPoint(facts.doc, facts.fragment, anchor.end);
  if (!start || !end) return undefined;
  const from = editorPosition(facts, start, anchor.start);
  const to = editorPosition(facts, end, anchor.end);
  if (from === null || to === null || from >= to || to > state.doc.content.size) return undefined;
  return { from, to };
}
