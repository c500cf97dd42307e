/**
 * Keyboard selection in read-only text. Browsers give no caret in content that is not
 * editable (unless the person turned on caret browsing), so someone who reads a section
 * read-only — a commenter, a viewer, an editor locked out of it — could select text only
 * with a pointer, and so could not comment on it from the keyboard. Here the arrow keys,
 * Home and End (with Shift to select, Ctrl for words and the whole text) move the browser's
 * own selection with Selection.modify, the same movement caret browsing uses, and a drawn
 * caret shows where it is. ProseMirror reads the selection back as in any editor.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, Selection, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

type Granularity = 'character' | 'word' | 'line' | 'lineboundary';
type Move = { direction: 'backward' | 'forward'; granularity: Granularity } | { edge: 'start' | 'end' };

function moveFor(event: KeyboardEvent): Move | undefined {
  const byWord = event.ctrlKey || event.altKey;
  switch (event.key) {
    case 'ArrowLeft':
      return { direction: 'backward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowRight':
      return { direction: 'forward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowUp':
      return { direction: 'backward', granularity: 'line' };
    case 'ArrowDown':
      return { direction: 'forward', granularity: 'line' };
    case 'Home':
      return event.ctrlKey || event.metaKey ? { edge: 'start' } : { direction: 'backward', granularity: 'lineboundary' };
    case 'End':
      return event.ctrlKey || event.metaKey ? { edge: 'end' } : { direction: 'forward', granularity: 'lineboundary' };
    default:
      return undefined;
  }
}

const focusKey = new PluginKey<boolean>('readOnlySelection');

/** Puts the browser's selection inside the view when it is elsewhere (focus came by Tab). */
function placeSelection(view: EditorView): globalThis.Selection | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection) return null;
  if (!selection.anchorNode || !view.dom.contains(selection.anchorNode)) {
    const { node, offset } = view.domAtPos(Selection.atStart(view.state.doc).from);
    selection.collapse(node, offset);
  }
  return selection;
}

function selectEdge(view: EditorView, edge: 'start' | 'end', extend: boolean): void {
  const { doc, selection } = view.state;
  const head = edge === 'start' ? Selection.atStart(doc).from : Selection.atEnd(doc).to;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, extend ? selection.anchor : head, head)));
}

function selectAll(view: EditorView): void {
  const { doc } = view.state;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, Selection.atStart(doc).from, Selection.atEnd(doc).to)));
}

/**
 * Reads the browser's selection into the editor state now. An editable view does this at
 * every keydown; a read-only one waits for the next selectionchange event, which can arrive
 * after the key that comes next (Ctrl+Alt+M right after Shift+Arrow would see no selection).
 */
function syncSelection(view: EditorView, selection: globalThis.Selection): void {
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
    head = view.posAtDOM(focusNode, selection.focusOffset);
  } catch {
    return; // a point ProseMirror does not map (inside a widget): the selectionchange will do
  }
  const { doc } = view.state;
  const next = TextSelection.between(doc.resolve(anchor), doc.resolve(head));
  if (!next.eq(view.state.selection)) view.dispatch(view.state.tr.setSelection(next));
}

/** Moves the browser's selection, keeping it inside the view. */
function moveSelection(view: EditorView, direction: 'backward' | 'forward', granularity: Granularity, extend: boolean): void {
  const selection = placeSelection(view);
  if (!selection?.anchorNode || !selection.focusNode) return;
  const before = [selection.anchorNode, selection.anchorOffset, selection.focusNode, selection.focusOffset] as const;
  selection.modify(extend ? 'extend' : 'move', direction, granularity);
  if (!selection.focusNode || !view.dom.contains(selection.focusNode)) selection.setBaseAndExtent(...before);
  syncSelection(view, selection);
}

function handleKey(view: EditorView, event: KeyboardEvent): boolean {
  if (view.editable) return false;
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
    selectAll(view);
    return true;
  }
  const move = moveFor(event);
  if (!move) return false;
  if ('edge' in move) selectEdge(view, move.edge, event.shiftKey);
  else moveSelection(view, move.direction, move.granularity, event.shiftKey);
  return true;
}

function caret(): HTMLElement {
  const element = document.createElement('span');
  element.className = 'readonly-caret';
  element.setAttribute('aria-hidden', 'true');
  return element;
}

function selectionPlugin(): Plugin<boolean> {
  // The view this plugin instance serves: the caret is drawn only while it is read-only.
  let served: EditorView | null = null;
  return new Plugin<boolean>({
    key: focusKey,
    view(view) {
      served = view;
      return { destroy: () => void (served = null) };
    },
    state: {
      init: () => false,
      apply: (tr, focused) => {
        const next: unknown = tr.getMeta(focusKey);
        return typeof next === 'boolean' ? next : focused;
      },
    },
    props: {
      // Only where the browser draws no caret of its own: a read-only view with focus.
      decorations(state) {
        const { selection } = state;
        if (!focusKey.getState(state) || !selection.empty || served?.editable !== false) return null;
        return DecorationSet.create(state.doc, [Decoration.widget(selection.head, caret, { key: 'readonly-caret', side: -1, ignoreSelection: true })]);
      },
      handleDOMEvents: {
        keydown(view, event) {
          if (!handleKey(view, event)) return false;
          event.preventDefault();
          return true;
        },
        focus(view) {
          if (view.editable) return false;
          placeSelection(view);
          view.dispatch(view.state.tr.setMeta(focusKey, true));
          return false;
        },
        blur(view) {
          if (focusKey.getState(view.state)) view.dispatch(view.state.tr.setMeta(focusKey, false));
          return false;
        },
      },
    },
  });
}

/** Keyboard selection (and a visible caret) while the editor is read-only. */
export const ReadOnlySelection = Extension.create({
  name: 'readOnlySelection',
  addProseMirrorPlugins: () => [selectionPlugin()],
});
