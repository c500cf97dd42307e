import { getSectionBody } from '@shared/plan-doc.ts';
import type { SectionInfo } from '@shared/plan-doc.ts';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { useWordCount } from '../../sync/useDocContent.ts';
import { SectionEditor } from '../../editor/SectionEditor.tsx';
import { CommentCount } from '../comments/CommentCount.tsx';
import { useEditorComments } from '../comments/CommentsContext.tsx';
import type { SectionAccess } from './access.ts';
import { sectionAnchor } from './SectionNav.tsx';
import { SectionLockControl } from './SectionLockControl.tsx';
import { SectionLockNote } from './SectionLockNote.tsx';
import { SectionTags } from './SectionTags.tsx';
import { WordCount } from './WordCount.tsx';

/** What the page knows about the person, for every section. */
export interface SectionViewer {
  userId: string;
  user: { name: string; color: string };
  /** The role allows writing somewhere in the plan (locks aside). */
  canEditPlan: boolean;
  /** Set when the person manages the plan: the plan id, and what to do after a lock changed. */
  manage: { planId: string; onLockChanged: () => void } | null;
}

interface SectionPanelProps {
  section: SectionInfo;
  number: number;
  doc: Y.Doc;
  provider: WebsocketProvider;
  viewer: SectionViewer;
  access: SectionAccess;
  onFocusSection: (sectionId: string) => void;
}

/** One section: title, tags, lock, guidance for writers, word count and the shared editor. */
export function SectionPanel({ section, number, doc, provider, viewer, access, onFocusSection }: SectionPanelProps) {
  const anchor = sectionAnchor(section.id);
  const words = useWordCount(doc, section.id);
  const comments = useEditorComments(section.id);
  // A limit is part of what the writer must know; a plain count is not worth hearing on every visit.
  const describedBy = [section.guidance ? `${anchor}-guidance` : null, access.lock ? `${anchor}-lock` : null, section.wordLimit !== undefined ? `${anchor}-words` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <section
      id={anchor}
      className={access.lock ? 'section-panel section-panel--locked card' : 'section-panel card'}
      tabIndex={-1}
      aria-labelledby={`${anchor}-title`}
      onFocus={() => onFocusSection(section.id)}
    >
      <header className="section-panel__header">
        <div className="section-panel__heading-row">
          <h2 id={`${anchor}-title`} className="section-panel__title">
            <span className="section-panel__number" aria-hidden="true">
              {number}
            </span>
            {section.title}
          </h2>
          {viewer.manage ? (
            <SectionLockControl
              planId={viewer.manage.planId}
              sectionId={section.id}
              sectionTitle={section.title}
              lock={access.lock}
              onChanged={viewer.manage.onLockChanged}
            />
          ) : null}
        </div>
        <SectionTags conditions={section.conditions} standards={section.standards} />
        <CommentCount sectionId={section.id} />
        <SectionLockNote id={`${anchor}-lock`} access={access} userId={viewer.userId} canEditPlan={viewer.canEditPlan} />
      </header>
      {section.guidance ? (
        <div className="guidance" id={`${anchor}-guidance`}>
          <span className="guidance__label">Guidance</span>
          <p>{section.guidance}</p>
        </div>
      ) : null}
      <SectionEditor
        fragment={getSectionBody(doc, section.id)}
        provider={provider}
        user={viewer.user}
        title={section.title}
        {...(describedBy ? { describedBy } : {})}
        editable={access.editable}
        comments={comments}
      />
      <WordCount id={`${anchor}-words`} words={words} limit={section.wordLimit} sectionTitle={section.title} />
    </section>
  );
}
