/**
 * The comments of the open plan, shared by the section editors (highlights, the Comment
 * action), the section navigator and panels (open counts) and the sidebar (threads, the
 * composer). The document holds the threads; this holds only what the page is doing with
 * them: the draft being written and the thread in focus.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { openCountsBySection } from '@shared/comments.ts';
import type { CommentDraft } from '../../editor/commentAnchor.ts';
import type { EditorComments } from '../../editor/commentHighlights.ts';
import type { Naming } from './format.ts';
import { useAuthors } from './useAuthors.ts';
import { useThreadViews, type ThreadView } from './useThreads.ts';

export interface Draft extends CommentDraft {
  /** Where focus returns when the draft is sent or dropped: the section's text. */
  returnFocus: HTMLElement | null;
}

export interface ActiveThread {
  threadId: string;
  /** Move keyboard focus to it (keyboard activation), or only show it (a click in the text). */
  moveFocus: boolean;
}

export interface CommentsValue {
  doc: Y.Doc;
  userId: string;
  /** Commenters and up start threads, reply, resolve; viewers only read. */
  canComment: boolean;
  threads: readonly ThreadView[];
  openCounts: ReadonlyMap<string, number>;
  naming: Naming;
  draft: Draft | null;
  startDraft: (draft: CommentDraft, returnFocus: HTMLElement | null) => void;
  endDraft: () => void;
  active: ActiveThread | null;
  openThread: (threadId: string, moveFocus: boolean) => void;
}

const CommentsContext = createContext<CommentsValue | null>(null);

interface CommentsProviderProps {
  doc: Y.Doc;
  planId: string;
  me: { id: string; name: string };
  canComment: boolean;
  children: ReactNode;
}

function clientIdsIn(threads: readonly ThreadView[]): number[] {
  const ids = threads.flatMap((t) => [t.statusClientId, ...t.messages.flatMap((m) => [m.authorClientId, m.bodyClientId])]);
  return ids.filter((id): id is number => id !== null);
}

export function CommentsProvider({ doc, planId, me, canComment, children }: CommentsProviderProps) {
  const threads = useThreadViews(doc);
  const authors = useAuthors(planId, clientIdsIn(threads));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [active, setActive] = useState<ActiveThread | null>(null);
  const startDraft = useCallback((next: CommentDraft, returnFocus: HTMLElement | null) => setDraft({ ...next, returnFocus }), []);
  const endDraft = useCallback(() => setDraft(null), []);
  const openThread = useCallback((threadId: string, moveFocus: boolean) => setActive({ threadId, moveFocus }), []);
  const value = useMemo<CommentsValue>(
    () => ({
      doc,
      userId: me.id,
      canComment,
      threads,
      openCounts: openCountsBySection(threads),
      naming: { authors, self: { clientId: doc.clientID, userId: me.id, name: me.name } },
      draft,
      startDraft,
      endDraft,
      active,
      openThread,
    }),
    [doc, me.id, me.name, canComment, threads, authors, draft, startDraft, endDraft, active, openThread],
  );
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}

/** The plan's comments; null outside a plan page. */
export function useComments(): CommentsValue | null {
  return useContext(CommentsContext);
}

/** Open threads on a section. */
export function useOpenCommentCount(sectionId: string): number {
  return useComments()?.openCounts.get(sectionId) ?? 0;
}

/** What a section's editor needs: its highlights and the way to start a thread. */
export function useEditorComments(sectionId: string): EditorComments | null {
  const comments = useComments();
  const activeThreadId = comments?.active?.threadId ?? null;
  const canComment = comments?.canComment ?? false;
  const startDraft = comments?.startDraft;
  const openThread = comments?.openThread;
  return useMemo(
    () =>
      startDraft && openThread
        ? { sectionId, canComment, activeThreadId, onComment: startDraft, onOpenThread: openThread }
        : null,
    [sectionId, canComment, activeThreadId, startDraft, openThread],
  );
}
