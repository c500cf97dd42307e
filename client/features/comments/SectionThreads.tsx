import type { PlanPerson } from '@shared/people.ts';
import type { CommentsValue } from './CommentsContext.tsx';
import { openCommentsText } from './format.ts';
import { ThreadCard } from './ThreadCard.tsx';
import type { ThreadView } from './useThreads.ts';

interface SectionThreadsProps {
  sectionId: string;
  title: string;
  threads: readonly ThreadView[];
  comments: CommentsValue;
  people: readonly PlanPerson[];
  onStatusChanged: (status: 'open' | 'resolved') => void;
  onReplyStarted: () => void;
}

/** The listed threads of one section, under its title and open count. */
export function SectionThreads({ sectionId, title, threads, comments, people, onStatusChanged, onReplyStarted }: SectionThreadsProps) {
  const headingId = `comments-${sectionId}-heading`;
  const open = comments.openCounts.get(sectionId) ?? 0;
  return (
    <section className="comments-sidebar__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="comments-sidebar__subheading">
        {title} <span className="comments-sidebar__count">({openCommentsText(open)})</span>
      </h3>
      <ol className="comments-sidebar__threads">
        {threads.map((thread) => (
          <li key={thread.id}>
            <ThreadCard thread={thread} comments={comments} people={people} onStatusChanged={onStatusChanged} onReplyStarted={onReplyStarted} />
          </li>
        ))}
      </ol>
    </section>
  );
}
