import { useEffect, useRef, useState } from 'react';
import { addReply, setThreadStatus } from '@shared/comments.ts';
import type { PlanPerson } from '@shared/people.ts';
import { CommentComposer } from './CommentComposer.tsx';
import type { CommentsValue } from './CommentsContext.tsx';
import { formatTime, nameOf } from './format.ts';
import { MessageList } from './MessageList.tsx';
import type { ThreadView } from './useThreads.ts';

interface ThreadCardProps {
  thread: ThreadView;
  comments: CommentsValue;
  people: readonly PlanPerson[];
  /** After this person resolved or reopened the thread (the card may leave the list). */
  onStatusChanged: (status: 'open' | 'resolved') => void;
  /** The person opened the reply form (the list of members to mention may be stale). */
  onReplyStarted: () => void;
}

/** Brings the thread into view when it becomes the active one, and focus too when asked. */
function useActiveThread(thread: ThreadView, comments: CommentsValue) {
  const card = useRef<HTMLElement>(null);
  const active = comments.active?.threadId === thread.id ? comments.active : null;
  useEffect(() => {
    if (!active || !card.current) return;
    card.current.scrollIntoView({ block: 'nearest' });
    if (active.moveFocus) card.current.focus();
  }, [active]);
  return { card, isActive: active !== null };
}

/** One thread: the quoted text, its messages, and (for commenters and up) reply and resolve. */
export function ThreadCard({ thread, comments, people, onStatusChanged, onReplyStarted }: ThreadCardProps) {
  const { card, isActive } = useActiveThread(thread, comments);
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const quoteId = `thread-${thread.id}-quote`;
  const resolved = thread.status === 'resolved';
  const classes = ['thread', isActive ? 'thread--active' : '', resolved ? 'thread--resolved' : '', thread.orphaned ? 'thread--orphaned' : ''];

  function closeReply() {
    setReplying(false);
    requestAnimationFrame(() => replyButton.current?.focus());
  }

  return (
    <article ref={card} className={classes.filter(Boolean).join(' ')} aria-labelledby={quoteId} tabIndex={-1} onFocus={() => !isActive && comments.openThread(thread.id, false)}>
      <blockquote id={quoteId} className="thread__quote">
        <span className="visually-hidden">Comment on </span>“{thread.quote}”
      </blockquote>
      {thread.orphaned ? <p className="thread__orphaned">The text this comment was on was removed.</p> : null}
      {resolved ? (
        <p className="thread__status">
          Resolved by {nameOf(comments.naming, thread.statusClientId)}
          {thread.resolvedAt !== null ? <> · {formatTime(thread.resolvedAt)}</> : null}
        </p>
      ) : null}
      <MessageList messages={thread.messages} naming={comments.naming} people={people} />
      {comments.canComment && replying ? (
        <CommentComposer
          id={`reply-${thread.id}`}
          label="Your reply"
          describedBy={quoteId}
          submitLabel="Send reply"
          people={people}
          onSubmit={(body, mentions) => {
            addReply(comments.doc, thread.id, { body, mentions });
            closeReply();
          }}
          onCancel={closeReply}
        />
      ) : null}
      {comments.canComment && !replying ? (
        <div className="thread__actions">
          <button ref={replyButton} type="button" className="button button--small button--quiet" aria-describedby={quoteId} onClick={() => {
              setReplying(true);
              onReplyStarted();
            }}>
            Reply
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-describedby={quoteId}
            onClick={() => {
              const next = resolved ? 'open' : 'resolved';
              if (setThreadStatus(comments.doc, thread.id, next)) onStatusChanged(next);
            }}
          >
            {resolved ? 'Reopen' : 'Resolve'}
          </button>
        </div>
      ) : null}
    </article>
  );
}
