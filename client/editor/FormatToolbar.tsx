import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/react';
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

interface FormatAction {
  id: string;
  label: string;
  shortcut: string;
  text: string;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const ACTIONS: readonly FormatAction[] = [
  { id: 'bold', label: 'Bold', shortcut: 'Control+B', text: 'B', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { id: 'italic', label: 'Italic', shortcut: 'Control+I', text: 'I', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { id: 'heading', label: 'Subheading', shortcut: 'Control+Alt+3', text: 'H', isActive: (e) => e.isActive('heading'), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { id: 'bullets', label: 'Bulleted list', shortcut: 'Control+Shift+8', text: '•', isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { id: 'numbers', label: 'Numbered list', shortcut: 'Control+Shift+7', text: '1.', isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
];

/**
 * Formatting buttons for one section, as a WAI-ARIA toolbar: one Tab stop, arrow keys move
 * between buttons. Each button's pressed state is read from the editor by selector.
 */
export function FormatToolbar({ editor, label }: { editor: Editor; label: string }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ACTIONS.map((action) => action.isActive(current)),
  });
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -focusIndex, End: ACTIONS.length - 1 - focusIndex };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (focusIndex + move + ACTIONS.length) % ACTIONS.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div role="toolbar" aria-label={label} className="format-toolbar" onKeyDown={handleKeyDown}>
      {ACTIONS.map((action, index) => (
        <button
          key={action.id}
          ref={(node) => {
            buttons.current[index] = node;
          }}
          type="button"
          className={`format-toolbar__button format-toolbar__button--${action.id}`}
          aria-pressed={active[index] ?? false}
          aria-keyshortcuts={action.shortcut}
          title={`${action.label} (${action.shortcut.replace('Control', 'Ctrl')})`}
          tabIndex={index === focusIndex ? 0 : -1}
          onFocus={() => setFocusIndex(index)}
          onClick={() => action.run(editor)}
        >
          <span aria-hidden="true">{action.text}</span>
          <span className="visually-hidden">{action.label}</span>
        </button>
      ))}
    </div>
  );
}
