import type { BlockComparison, SectionComparison, WordPart } from '@shared/versions.ts';
import { count, SECTION_CHANGE_NAMES } from './words.ts';

/** Added and removed words are marked by more than colour: <ins>/<del>, and words for screen readers. */
function Part({ part }: { part: WordPart }) {
  if (part.kind === 'same') return <>{part.text}</>;
  const Tag = part.kind === 'added' ? 'ins' : 'del';
  return (
    <Tag className={`diff-${part.kind}`}>
      <span className="visually-hidden">{part.kind === 'added' ? '[added: ' : '[removed: '}</span>
      {part.text}
      <span className="visually-hidden">]</span>
    </Tag>
  );
}

function Block({ block }: { block: BlockComparison }) {
  return (
    <p className={`diff-block diff-block--${block.change}`}>
      {block.parts.map((part, index) => (
        <Part key={index} part={part} />
      ))}
    </p>
  );
}

/** One section of a comparison: what happened to it, and its text with the changes marked. */
export function SectionDiff({ section }: { section: SectionComparison }) {
  const headingId = `diff-section-${section.id}`;
  return (
    <article className={`diff-section diff-section--${section.change}`} aria-labelledby={headingId} data-section-id={section.id}>
      <h4 id={headingId}>
        {section.title} <span className={`diff-change diff-change--${section.change}`}>{SECTION_CHANGE_NAMES[section.change]}</span>
      </h4>
      {section.previousTitle !== null ? <p className="history__note">Renamed from “{section.previousTitle}”.</p> : null}
      {section.change !== 'unchanged' ? (
        <p className="history__note">
          {count(section.wordsAdded, 'word')} added, {count(section.wordsRemoved, 'word')} removed
        </p>
      ) : null}
      {section.blocks.length === 0 ? <p className="empty">No text.</p> : section.blocks.map((block, index) => <Block key={index} block={block} />)}
    </article>
  );
}
