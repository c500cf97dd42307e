/**
 * Highlights the text of a section's open comment threads, as ProseMirror decorations: never
 * written into the document, recomputed from each thread's anchor (Yjs relative positions)
 * whenever the text or the comments change, so a highlight follows its words through
 * everyone's edits. Also the keyboard and pointer ways into comments: Mod-Alt-M comments on
 * the selection (or opens the thread under the caret), and clicking highlighted text opens
 * its thread.
 */
import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type * as Y from 'yjs';
import { getCommentsMap, readThreads } from '@shared/comments.ts';
import { anchorRange, selectionDraft, syncFacts, type CommentDraft } from './commentAnchor.ts';

/** What the highlights need from the page; read live, so changes apply without a new editor. */
export interface EditorComments {
  sectionId: string;
  /** The person may start threads (commenters and up); viewers only read them. */
  canComment: boolean;
  activeThreadId: string | null;
  /** Asked to comment on the selection; `returnFocus` is where focus goes when the person cancels. */
  onComment: (draft: CommentDraft, returnFocus: HTMLElement) => void;
  /** A highlight was activated: from the keyboard (move focus to the thread) or by a click (only show it). */
  onOpenThread: (threadId: string, moveFocus: boolean) => void;
}

export interface CommentHighlightsOptions {
  live: { current: EditorComments | null };
  /** The section body the editor is bound to. */
  fragment: Y.XmlFragment | null;
}

/** The keyboard shortcut, as aria-keyshortcuts and tooltips name it. */
export const COMMENT_SHORTCUT = 'Control+Alt+M';

const highlightKey = new PluginKey<DecorationSet>('commentHighlights');
const REFRESH = 'refresh';

function buildHighlights(state: EditorState, comments: EditorComments | null): DecorationSet {
  const facts = syncFacts(state);
  if (!comments || !facts) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  for (const thread of readThreads(facts.doc)) {
    if (thread.sectionId !== comments.sectionId || thread.status !== 'open') continue;
    const range = anchorRange(state, facts, thread.anchor);
    if (!range) continue;
    const active = thread.id === comments.activeThreadId;
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        { nodeName: 'mark', class: active ? 'comment-mark comment-mark--active' : 'comment-mark', 'data-thread-id': thread.id },
        { threadId: thread.id },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** The open thread whose highlight covers `pos`, if any. */
function threadAt(state: EditorState, pos: number): string | undefined {
  const found = highlightKey.getState(state)?.find(pos, pos);
  const spec: unknown = found?.[found.length - 1]?.spec;
  const threadId = typeof spec === 'object' && spec !== null ? (spec as { threadId?: unknown }).threadId : undefined;
  return typeof threadId === 'string' ? threadId : undefined;
}

/** Recomputes the highlights (after the comments changed, or another thread became active). */
export function refreshCommentHighlights(view: EditorView): void {
  if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(highlightKey, REFRESH));
}

function isCommentShortcut(event: KeyboardEvent): boolean {
  return event.altKey && (event.ctrlKey || event.metaKey) && !event.shiftKey && event.code === 'KeyM';
}

/**
 * Brings ProseMirror's selection up to the browser's. ProseMirror reads a keyboard selection
 * from the DOM on the next selectionchange; a shortcut pressed right after Shift+Arrow can
 * arrive first, and would comment on the selection as it was one keystroke earlier.
 */
function takeDomSelection(view: EditorView): void {
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return;
  const { state } = view;
  try {
    const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
    if (anchor === state.selection.anchor && head === state.selection.head) return;
    view.dispatch(state.tr.setSelection(TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head))));
  } catch {
    // A DOM position ProseMirror cannot map (inside a widget): keep its own selection.
  }
}

/** Comments on the selection, or opens the thread under a caret. True when it did something. */
function commentFromKeyboard(view: EditorView, comments: EditorComments): boolean {
  takeDomSelection(view);
  const { state } = view;
  if (state.selection.empty) {
    const threadId = threadAt(state, state.selection.from);
    if (threadId) comments.onOpenThread(threadId, true);
    return threadId !== undefined;
  }
  const draft = comments.canComment ? selectionDraft(state, comments.sectionId) : undefined;
  if (draft) comments.onComment(draft, view.dom);
  return draft !== undefined;
}

function highlightPlugin({ live, fragment }: { live: CommentHighlightsOptions['live']; fragment: Y.XmlFragment }): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: highlightKey,
    state: {
      init: (_config, state) => buildHighlights(state, live.current),
      apply(tr, highlights, _old, state) {
        // Remote text changes arrive with the binding's mapping already updated: read anchors
        // afresh. Local typing only moves highlights until the document has caught up.
        if (tr.getMeta(highlightKey) === REFRESH || isChangeOrigin(tr)) return buildHighlights(state, live.current);
        return tr.docChanged ? highlights.map(tr.mapping, tr.doc) : highlights;
      },
    },
    props: {
      decorations: (state) => highlightKey.getState(state),
      handleClick(view, pos) {
        const threadId = threadAt(view.state, pos);
        if (threadId) live.current?.onOpenThread(threadId, false);
        return false; // the click still places the caret
      },
      // A DOM handler, not a keymap: keymaps do not run in a read-only editor, and commenters
      // read the text read-only.
      handleDOMEvents: {
        keydown(view, event) {
          if (!isCommentShortcut(event) || !live.current) return false;
          event.preventDefault();
          return commentFromKeyboard(view, live.current);
        },
      },
    },
    view(view) {
      let queued = false;
      // After a change to the comments or to this section's text, once the binding has
      // written it to both sides: in a microtask, never inside another transaction.
      const schedule = () => {
        if (queued) return;
        queued = true;
        queueMicrotask(() => {
          queued = false;
          refreshCommentHighlights(view);
        });
      };
      const comments = fragment.doc ? getCommentsMap(fragment.doc) : null;
      comments?.observeDeep(schedule);
      fragment.observeDeep(schedule);
      return {
        destroy() {
          comments?.unobserveDeep(schedule);
          fragment.unobserveDeep(schedule);
        },
      };
    },
  });
}

/** The highlights and comment shortcut of one section's editor. */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',
  addOptions: () => ({ live: { current: null }, fragment: null }),
  addProseMirrorPlugins() {
    return this.options.fragment ? [highlightPlugin({ live: this.options.live, fragment: this.options.fragment })] : [];
  },
});
