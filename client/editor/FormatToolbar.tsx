import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/react';
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

interface FormatAction {
  id: string;
  label: string;
  shortcut: string;
  text: string;
  /** Toggles have a pressed state; a one-off action (Comment) has none. */
  isActive?: (editor: Editor) => boolean;
  /** Whether the action applies now (Comment needs selected text). */
  isEnabled?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const FORMAT_ACTIONS: readonly FormatAction[] = [
  { id: 'bold', label: 'Bold', shortcut: 'Control+B', text: 'B', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { id: 'italic', label: 'Italic', shortcut: 'Control+I', text: 'I', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { id: 'heading', label: 'Subheading', shortcut: 'Control+Alt+3', text: 'H', isActive: (e) => e.isActive('heading'), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { id: 'bullets', label: 'Bulleted list', shortcut: 'Control+Shift+8', text: '•', isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { id: 'numbers', label: 'Numbered list', shortcut: 'Control+Shift+7', text: '1.', isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
];

function commentAction(onComment: (editor: Editor) => void, shortcut: string): FormatAction {
  return { id: 'comment', label: 'Comment', shortcut, text: 'Comment', isEnabled: (e) => !e.state.selection.empty, run: onComment };
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
 * arrow keys move between buttons. Each button's state is read from the editor by selector.
 */
export function FormatToolbar({ editor, label, formatting, comment }: FormatToolbarProps) {
  const actions = [...(formatting ? FORMAT_ACTIONS : []), ...(comment ? [commentAction(comment.run, comment.shortcut)] : [])];
  const states = useEditorState({
    editor,
    selector: ({ editor: current }) => actions.map((action) => ({ pressed: action.isActive?.(current), enabled: action.isEnabled?.(current) ?? true })),
  });
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -focusIndex, End: actions.length - 1 - focusIndex };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (focusIndex + move + actions.length) % actions.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div role="toolbar" aria-label={label} className="format-toolbar" onKeyDown={handleKeyDown}>
      {actions.map((action, index) => {
        const { pressed, enabled = true } = states[index] ?? {};
        return (
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
            title={`${action.label} (${action.shortcut.replace('Control', 'Ctrl')})${enabled ? '' : ': select some text first'}`}
            tabIndex={index === focusIndex ? 0 : -1}
            onFocus={() => setFocusIndex(index)}
            onClick={() => enabled && action.run(editor)}
          >
            <span aria-hidden="true">{action.text}</span>
            <span className="visually-hidden">{action.label}</span>
          </button>
        );
      })}
    </div>
  );
}
