import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/react';
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

interface FormatAction {
  id: string;
  label: string;
  /** The keyboard shortcut, for the actions that have one. */
  shortcut?: string;
  text: string;
  /** What the tooltip adds to the label. */
  hint?: string;
  /** Toggles have a pressed state; a one-off action (Comment) has none. */
  isActive?: (editor: Editor) => boolean;
  /** Whether the action applies now (Comment needs selected text). */
  isEnabled?: (editor: Editor) => boolean;
  /** Said in the tooltip while the action does not apply. */
  disabledHint?: string;
  /** Whether the button is offered at all here (table editing inside a table, inserting one outside). */
  isShown?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const inTable = (editor: Editor): boolean => editor.isActive('table');

const FORMAT_ACTIONS: readonly FormatAction[] = [
  { id: 'bold', label: 'Bold', shortcut: 'Control+B', text: 'B', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { id: 'italic', label: 'Italic', shortcut: 'Control+I', text: 'I', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { id: 'heading', label: 'Subheading', shortcut: 'Control+Alt+3', text: 'H', isActive: (e) => e.isActive('heading'), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { id: 'bullets', label: 'Bulleted list', shortcut: 'Control+Shift+8', text: '•', isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { id: 'numbers', label: 'Numbered list', shortcut: 'Control+Shift+7', text: '1.', isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
];

/**
 * Tables: insert one outside a table; inside one, grow or shrink it. An inserted table starts
 * with a header row, so its columns are named for screen readers and in every export.
 */
const TABLE_ACTIONS: readonly FormatAction[] = [
  {
    id: 'insert-table',
    label: 'Insert table',
    text: 'Insert table',
    hint: '3 × 3, with a header row; Tab moves between cells',
    isShown: (e) => !inTable(e),
    run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  },
  { id: 'add-row', label: 'Add row', text: 'Add row', hint: 'below this one', isShown: inTable, run: (e) => e.chain().focus().addRowAfter().run() },
  { id: 'add-column', label: 'Add column', text: 'Add column', hint: 'after this one', isShown: inTable, run: (e) => e.chain().focus().addColumnAfter().run() },
  {
    id: 'delete-row',
    label: 'Delete row',
    text: 'Delete row',
    isShown: inTable,
    isEnabled: (e) => e.can().deleteRow(),
    disabledHint: 'a table keeps at least one row; use Delete table',
    run: (e) => e.chain().focus().deleteRow().run(),
  },
  {
    id: 'delete-column',
    label: 'Delete column',
    text: 'Delete column',
    isShown: inTable,
    isEnabled: (e) => e.can().deleteColumn(),
    disabledHint: 'a table keeps at least one column; use Delete table',
    run: (e) => e.chain().focus().deleteColumn().run(),
  },
  { id: 'delete-table', label: 'Delete table', text: 'Delete table', isShown: inTable, run: (e) => e.chain().focus().deleteTable().run() },
];

function commentAction(onComment: (editor: Editor) => void, shortcut: string): FormatAction {
  return { id: 'comment', label: 'Comment', shortcut, text: 'Comment', isEnabled: (e) => !e.state.selection.empty, disabledHint: 'select some text first', run: onComment };
}

function tooltip(action: FormatAction, enabled: boolean): string {
  const shortcut = action.shortcut ? ` (${action.shortcut.replace('Control', 'Ctrl')})` : '';
  const hint = action.hint ? `: ${action.hint}` : '';
  return `${action.label}${shortcut}${enabled ? hint : `: ${action.disabledHint ?? 'not available here'}`}`;
}

interface FormatToolbarProps {
  editor: Editor;
  label: string;
  /** Offer the formatting buttons (the person may change this section's text). */
  formatting: boolean;
  /** Offer Comment on the selection, with its keyboard shortcut. */
  comment?: { run: (editor: Editor) => void; shortcut: string };
}

/**
 * Formatting buttons (and Comment) for one section, as a WAI-ARIA toolbar: one Tab stop,
 * arrow keys move between buttons. Each button's state, and whether it is offered at all, is
 * read from the editor by selector.
 */
export function FormatToolbar({ editor, label, formatting, comment }: FormatToolbarProps) {
  const candidates = [...(formatting ? [...FORMAT_ACTIONS, ...TABLE_ACTIONS] : []), ...(comment ? [commentAction(comment.run, comment.shortcut)] : [])];
  const states = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      candidates.map((action) => ({ shown: action.isShown?.(current) ?? true, pressed: action.isActive?.(current), enabled: action.isEnabled?.(current) ?? true })),
  });
  const offered = candidates.flatMap((action, index) => {
    const state = states[index];
    return state?.shown === false ? [] : [{ action, pressed: state?.pressed, enabled: state?.enabled ?? true }];
  });
  const [focusIndex, setFocusIndex] = useState(0);
  // Buttons come and go with the selection (the table ones); the Tab stop stays on one that exists.
  const tabStop = Math.min(focusIndex, offered.length - 1);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -tabStop, End: offered.length - 1 - tabStop };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (tabStop + move + offered.length) % offered.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div role="toolbar" aria-label={label} className="format-toolbar" onKeyDown={handleKeyDown}>
      {offered.map(({ action, pressed, enabled }, index) => (
        <button
          key={action.id}
          ref={(node) => {
            buttons.current[index] = node;
          }}
          type="button"
          className={`format-toolbar__button format-toolbar__button--${action.id}`}
          aria-pressed={pressed}
          // Focusable while it does not apply, so the toolbar keeps its place and the tooltip says why.
          aria-disabled={enabled ? undefined : true}
          aria-keyshortcuts={action.shortcut}
          title={tooltip(action, enabled)}
          tabIndex={index === tabStop ? 0 : -1}
          onFocus={() => setFocusIndex(index)}
          onClick={() => enabled && action.run(editor)}
        >
          <span aria-hidden="true">{action.text}</span>
          <span className="visually-hidden">{action.label}</span>
        </button>
      ))}
    </div>
  );
}
