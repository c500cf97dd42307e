import { useEffect, useRef } from 'react';
import type { ComparisonResult } from '@shared/versions.ts';
import { SectionDiff } from './SectionDiff.tsx';
import { count, itemSentence } from './words.ts';

/** A comparison, section by section: changed sections open, unchanged ones folded away, then goal changes. */
export function ComparisonView({ result, focusKey }: { result: ComparisonResult; focusKey: number }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to a comparison a person asked for (not to one refreshed after a change), so
  // keyboard and screen reader users land on it.
  useEffect(() => heading.current?.focus(), [focusKey]);
  const changed = result.sections.filter((s) => s.change !== 'unchanged');
  const unchanged = result.sections.filter((s) => s.change === 'unchanged');
  const { totals } = result;
  return (
    <section className="comparison" aria-labelledby="comparison-title">
      <h3 id="comparison-title" ref={heading} tabIndex={-1}>
        From “{result.from.label}” to “{result.to.label}”
      </h3>
      <p className="comparison__summary">
        <span className="comparison__count comparison__count--added">{count(totals.wordsAdded, 'word')} added</span>
        <span className="comparison__count comparison__count--removed">{count(totals.wordsRemoved, 'word')} removed</span>
        <span className="comparison__count">{count(totals.sectionsChanged, 'section')} changed</span>
        <span className="comparison__count">{count(totals.itemsChanged, 'goal or action change', 'goal and action changes')}</span>
      </p>
      {changed.length === 0 && totals.itemsChanged === 0 ? <p className="empty">The two are the same.</p> : null}
      {changed.map((section) => (
        <SectionDiff key={section.id} section={section} />
      ))}
      {result.items.length > 0 ? (
        <section className="diff-items" aria-labelledby="diff-items-title">
          <h4 id="diff-items-title">Goals and action steps</h4>
          <ul>
            {result.items.map((item) => (
              <li key={`${item.kind}-${item.id}`} className={`diff-item diff-item--${item.change}`}>
                {itemSentence(item)}
                {item.kind !== 'goal' ? <span className="history__note"> (goal “{item.goal}”)</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {unchanged.length > 0 ? (
        <details className="comparison__unchanged">
          <summary>{count(unchanged.length, 'unchanged section')}</summary>
          {unchanged.map((section) => (
            <SectionDiff key={section.id} section={section} />
          ))}
        </details>
      ) : null}
    </section>
  );
}
