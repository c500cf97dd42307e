import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_COMMENT_CHARS, mentionedIn } from '@shared/comments.ts';
import type { PlanPerson } from '@shared/people.ts';
import { MentionPicker } from './MentionPicker.tsx';

interface CommentComposerProps {
  /** Prefix for the ids of the composer's fields. */
  id: string;
  label: string;
  /** An element describing what is being commented on (the quote). */
  describedBy?: string;
  submitLabel: string;
  people: readonly PlanPerson[];
  onSubmit: (body: string, mentions: string[]) => void;
  onCancel: () => void;
}

/**
 * Writing a comment or a reply: the text, members to mention, send and cancel. Focus lands
 * in the text; Ctrl+Enter sends, Escape cancels.
 */
export function CommentComposer({ id, label, describedBy, submitLabel, people, onSubmit, onCancel }: CommentComposerProps) {
  const [body, setBody] = useState('');
  const [picked, setPicked] = useState<PlanPerson[]>([]);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  function send() {
    const text = body.trim();
    if (text === '') {
      setError('Write your comment first.');
      field.current?.focus();
      return;
    }
    onSubmit(text, mentionedIn(text, picked));
  }

  function mention(person: PlanPerson) {
    const element = field.current;
    const at = element?.selectionStart ?? body.length;
    const before = body.slice(0, at);
    const insert = `${before === '' || before.endsWith(' ') ? '' : ' '}@${person.name} `;
    setBody(before + insert + body.slice(at));
    setPicked((current) => (current.some((p) => p.id === person.id) ? current : [...current, person]));
    // Back to the text, just after the name, to go on writing.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(at + insert.length, at + insert.length);
    });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target === field.current) {
      event.preventDefault();
      send();
    }
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form
      className="comment-composer"
      aria-label={label}
      onKeyDown={handleKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor={`${id}-body`}>{label}</label>
      <textarea
        id={`${id}-body`}
        ref={field}
        value={body}
        rows={3}
        maxLength={MAX_COMMENT_CHARS}
        aria-describedby={[describedBy, hintId, error ? errorId : null].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setBody(event.target.value);
          setError(null);
        }}
      />
      <p id={hintId} className="comment-composer__hint">
        Ctrl+Enter sends, Escape cancels.
      </p>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      <MentionPicker id={`${id}-mention`} people={people} onMention={mention} />
      <div className="comment-composer__actions">
        <button type="submit" className="button button--small button--primary">
          {submitLabel}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
