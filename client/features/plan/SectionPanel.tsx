import { getSectionBody } from '@shared/plan-doc.ts';
import type { SectionInfo } from '@shared/plan-doc.ts';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { useWordCount } from '../../sync/useDocContent.ts';
import { SectionEditor } from '../../editor/SectionEditor.tsx';
import { sectionAnchor } from './SectionNav.tsx';
import { SectionTags } from './SectionTags.tsx';

interface SectionPanelProps {
  section: SectionInfo;
  number: number;
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: { name: string; color: string };
  editable: boolean;
  onFocusSection: (sectionId: string) => void;
}

function WordCount({ words, limit }: { words: number; limit: number | undefined }) {
  const over = limit !== undefined && words > limit;
  const text = limit === undefined ? `${words} words` : `${words} of ${limit} words`;
  return <p className={over ? 'word-count word-count--over' : 'word-count'}>{over ? `${text} — over the limit` : text}</p>;
}

/** One section: title, tags, guidance for writers, word count and the shared editor. */
export function SectionPanel({ section, number, doc, provider, user, editable, onFocusSection }: SectionPanelProps) {
  const anchor = sectionAnchor(section.id);
  const words = useWordCount(doc, section.id);
  return (
    <section id={anchor} className="section-panel card" tabIndex={-1} aria-labelledby={`${anchor}-title`} onFocus={() => onFocusSection(section.id)}>
      <header className="section-panel__header">
        <h2 id={`${anchor}-title`} className="section-panel__title">
          <span className="section-panel__number" aria-hidden="true">
            {number}
          </span>
          {section.title}
        </h2>
        <SectionTags conditions={section.conditions} standards={section.standards} />
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
        user={user}
        title={section.title}
        {...(section.guidance ? { describedBy: `${anchor}-guidance` } : {})}
        editable={editable}
      />
      <WordCount words={words} limit={section.wordLimit} />
    </section>
  );
}
