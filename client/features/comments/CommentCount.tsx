import { useOpenCommentCount } from './CommentsContext.tsx';
import { openCommentsText } from './format.ts';

/** "3 open comments" beside a section's name; nothing when it has none. */
export function CommentCount({ sectionId, className }: { sectionId: string; className?: string }) {
  const count = useOpenCommentCount(sectionId);
  if (count === 0) return null;
  return (
    <p className={['comment-count', className].filter(Boolean).join(' ')}>
      <svg className="comment-count__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M2 3h12v8H6l-3 3v-3H2z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      {openCommentsText(count)}
    </p>
  );
}
