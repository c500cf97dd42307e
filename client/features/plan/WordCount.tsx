import { useState } from 'react';

interface WordCountProps {
  /** Lets the editor name the count as part of its description. */
  id: string;
  words: number;
  /** The template's limit for this section, if it set one. */
  limit: number | undefined;
  sectionTitle: string;
}

/**
 * The limit crossings worth telling a screen reader about: the count itself changes on every
 * keystroke and is not announced, but going over the limit (or back under it) is, once.
 * Opening a section that is already over says nothing: the visible text shows it.
 */
function useLimitAnnouncement(over: boolean, limit: number | undefined, sectionTitle: string): string {
  const [seen, setSeen] = useState({ over, message: '' });
  if (seen.over !== over) {
    // Adjusting state while rendering (not in an effect) so the message lands in the same paint.
    const message = limit === undefined ? '' : over ? `${sectionTitle} is now over its ${limit}-word limit.` : `${sectionTitle} is back within its ${limit}-word limit.`;
    setSeen({ over, message });
    return message;
  }
  return seen.message;
}

/** "84 of 100 words", or "112 of 100 words: 12 over the limit"; a crossing of the limit is announced politely. */
export function WordCount({ id, words, limit, sectionTitle }: WordCountProps) {
  const over = limit !== undefined && words > limit;
  const announcement = useLimitAnnouncement(over, limit, sectionTitle);
  const text = limit === undefined ? `${words} ${words === 1 ? 'word' : 'words'}` : `${words} of ${limit} words`;
  return (
    <div className="word-count-row">
      <p id={id} className={over ? 'word-count word-count--over' : 'word-count'}>
        {over ? (
          <svg className="word-count__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M8 1.2l7 12.6H1z" fill="currentColor" />
            <path d="M8 5.6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
            <circle cx="8" cy="12" r="1" fill="#fff" />
          </svg>
        ) : null}
        {over ? `${text}: ${words - (limit ?? 0)} over the limit` : text}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
