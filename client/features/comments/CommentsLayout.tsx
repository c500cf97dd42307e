import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import { CommentsProvider } from './CommentsContext.tsx';
import { CommentsSidebar } from './CommentsSidebar.tsx';

interface CommentsLayoutProps {
  doc: Y.Doc;
  planId: string;
  me: { id: string; name: string };
  canComment: boolean;
  /** Show the threads beside the sections (the writing view); other views only count them. */
  sidebar: boolean;
  children: ReactNode;
}

/** The plan page's columns, with the comments known to everything inside and listed in a column of their own. */
export function CommentsLayout({ doc, planId, me, canComment, sidebar, children }: CommentsLayoutProps) {
  return (
    <CommentsProvider doc={doc} planId={planId} me={me} canComment={canComment}>
      <div className={sidebar ? 'plan-layout plan-layout--comments' : 'plan-layout plan-layout--wide'}>
        {children}
        {sidebar ? <CommentsSidebar planId={planId} /> : null}
      </div>
    </CommentsProvider>
  );
}
