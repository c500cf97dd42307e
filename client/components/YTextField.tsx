import { useEffect, useLayoutEffect, useRef } from 'react';
import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type * as Y from 'yjs';
import { shiftOffset, useYTextValue, writeText } from '../sync/yText.ts';

type Shared = { text: Y.Text; readOnly?: boolean };
type InputProps = Shared & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'>;
type AreaProps = Shared & { multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'>;

/** Keeps the caret where it was, relative to the text, when someone else edits. */
function useCaretKeeper(text: Y.Text, value: string, element: React.RefObject<HTMLInputElement | HTMLTextAreaElement | null>) {
  const pending = useRef<[number, number] | null>(null);
  useEffect(() => {
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      const node = element.current;
      if (transaction.local || !node || document.activeElement !== node) return;
      const delta = event.delta as Array<{ retain?: number; insert?: unknown; delete?: number }>;
      pending.current = [shiftOffset(node.selectionStart ?? 0, delta), shiftOffset(node.selectionEnd ?? 0, delta)];
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text, element]);
  // React writes the new value (putting the caret at the end); put it back before paint.
  useLayoutEffect(() => {
    const selection = pending.current;
    pending.current = null;
    if (selection && element.current && document.activeElement === element.current) element.current.setSelectionRange(...selection);
  }, [value, element]);
}

/**
 * A text input (or textarea) whose value is a shared Y.Text: no save button, every
 * keystroke is a collaborative edit. Label it like any input (`id` + a <label>, or aria-label).
 */
export function YTextField(props: InputProps | AreaProps) {
  const value = useYTextValue(props.text);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useCaretKeeper(props.text, value, ref);
  if (props.multiline) {
    const { text, multiline: _multiline, readOnly, ...rest } = props;
    return <textarea ref={ref} value={value} readOnly={readOnly} onChange={(e) => writeText(text, e.target.value)} {...rest} />;
  }
  const { text, multiline: _multiline, readOnly, ...rest } = props;
  return <input ref={ref} value={value} readOnly={readOnly} onChange={(e) => writeText(text, e.target.value)} {...rest} />;
}
