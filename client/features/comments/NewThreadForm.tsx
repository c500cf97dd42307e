import { addThread, quoteOf } from '@shared/comments.ts';
import type { PlanPerson } from '@shared/people.ts';
import { CommentComposer } from './CommentComposer.tsx';
import type { CommentsValue, Draft } from './CommentsContext.tsx';

interface NewThreadFormProps {
  draft: Draft;
  sectionTitle: string;
  comments: CommentsValue;
  people: readonly PlanPerson[];
  /** Said to screen readers once the thread exists. */
  onAdded: (message: string) => void;
}

/** A new thread on the text the person selected; focus goes back to that text afterwards. */
export function NewThreadForm({ draft, sectionTitle, comments, people, onAdded }: NewThreadFormProps) {
  const quoteId = 'new-comment-quote';
  const finish = () => {
    comments.endDraft();
    draft.returnFocus?.focus();
  };
  return (
    <section className="thread thread--draft" aria-labelledby="new-comment-heading">
      <h3 id="new-comment-heading" className="comments-sidebar__subheading">
        New comment in {sectionTitle}
      </h3>
      <blockquote id={quoteId} className="thread__quote">
        <span className="visually-hidden">On </span>“{quoteOf(draft.quote)}”
      </blockquote>
      <CommentComposer
        id="new-comment"
        label="Your comment"
        describedBy={quoteId}
        submitLabel="Add comment"
        people={people}
        onSubmit={(body, mentions) => {
          addThread(comments.doc, { sectionId: draft.sectionId, anchor: draft.anchor, quote: draft.quote, body, mentions });
          onAdded(`Comment added in ${sectionTitle}.`);
          finish();
        }}
        onCancel={finish}
      />
    </section>
  );
}
