import { useEffect, useRef, useState } from 'react';
import { mentions } from '@shared/comments.ts';
import { listPlanPeople } from '../../http/people.ts';
import { useRequest } from '../../http/useRequest.ts';
import { useSections } from '../../sync/useDocContent.ts';
import { useComments, type CommentsValue } from './CommentsContext.tsx';
import { NewThreadForm } from './NewThreadForm.tsx';
import { SectionThreads } from './SectionThreads.tsx';
import type { ThreadView } from './useThreads.ts';

interface Filters {
  showResolved: boolean;
  mentionsOnly: boolean;
}

function visibleThreads(comments: CommentsValue, filters: Filters): ThreadView[] {
  return comments.threads.filter(
    (thread) => (filters.showResolved || thread.status === 'open') && (!filters.mentionsOnly || mentions(thread, comments.userId)),
  );
}

function emptyText(comments: CommentsValue, filters: Filters): string {
  if (filters.mentionsOnly) return 'No comments mention you.';
  if (!comments.canComment) return filters.showResolved ? 'No comments yet.' : 'No open comments.';
  return 'No open comments. Select text in a section and choose Comment (Ctrl+Alt+M) to start one.';
}

/** The plan's comment threads beside the text, per section, with the composer for a new one. */
export function CommentsSidebar({ planId }: { planId: string }) {
  const comments = useComments();
  return comments ? <Sidebar planId={planId} comments={comments} /> : null;
}

function Sidebar({ planId, comments }: { planId: string; comments: CommentsValue }) {
  const sections = useSections(comments.doc);
  const people = useRequest(`people:${planId}`, () => listPlanPeople(planId));
  const [filters, setFilters] = useState<Filters>({ showResolved: false, mentionsOnly: false });
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const { reload: reloadPeople } = people;
  // Members may have been added since the page opened: ask again whenever someone starts writing.
  const draftKey = comments.draft ? `${comments.draft.anchor.start}:${comments.draft.anchor.end}` : '';
  useEffect(() => {
    if (draftKey !== '') reloadPeople();
  }, [draftKey, reloadPeople]);
  const others = people.status === 'done' ? people.data.filter((p) => p.id !== comments.userId) : [];
  const visible = visibleThreads(comments, filters);
  const known = new Set(sections.map((s) => s.id));
  const groups = [
    ...sections.map((section) => ({ id: section.id, title: section.title })),
    ...[...new Set(visible.map((t) => t.sectionId))].filter((id) => !known.has(id)).map((id) => ({ id, title: 'A removed section' })),
  ]
    .map((group) => ({ ...group, threads: visible.filter((t) => t.sectionId === group.id) }))
    .filter((group) => group.threads.length > 0);
  const draftTitle = sections.find((s) => s.id === comments.draft?.sectionId)?.title ?? 'this section';

  function statusChanged(status: 'open' | 'resolved') {
    setAnnouncement(status === 'resolved' ? 'Comment resolved.' : 'Comment reopened.');
    // A resolved thread leaves the list unless resolved ones are shown: keep focus in the sidebar.
    if (status === 'resolved' && !filters.showResolved) heading.current?.focus();
  }

  return (
    <aside className="comments-sidebar" aria-labelledby="comments-heading">
      <h2 id="comments-heading" ref={heading} tabIndex={-1} className="comments-sidebar__heading">
        Comments
      </h2>
      <fieldset className="comments-sidebar__filters">
        <legend className="visually-hidden">Which comments to show</legend>
        <label>
          <input type="checkbox" checked={filters.showResolved} onChange={(e) => setFilters({ ...filters, showResolved: e.target.checked })} /> Show resolved
        </label>
        <label>
          <input type="checkbox" checked={filters.mentionsOnly} onChange={(e) => setFilters({ ...filters, mentionsOnly: e.target.checked })} /> Mentions of me
        </label>
      </fieldset>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {comments.draft && comments.canComment ? (
        <NewThreadForm
          key={draftKey}
          draft={comments.draft}
          sectionTitle={draftTitle}
          comments={comments}
          people={others}
          onAdded={setAnnouncement}
        />
      ) : null}
      {groups.map((group) => (
        <SectionThreads key={group.id} sectionId={group.id} title={group.title} threads={group.threads} comments={comments} people={others} onStatusChanged={statusChanged} onReplyStarted={reloadPeople} />
      ))}
      {visible.length === 0 && !comments.draft ? <p className="comments-sidebar__empty">{emptyText(comments, filters)}</p> : null}
    </aside>
  );
}
