import type { MouseEvent } from 'react';
import type { SectionInfo } from '@shared/plan-doc.ts';
import type { SectionLock } from '@shared/schemas.ts';
import { CommentCount } from '../comments/CommentCount.tsx';
import { lockSentence } from './access.ts';
import { LockIcon } from './LockIcon.tsx';
import { SectionTags } from './SectionTags.tsx';

/** The id of a section's panel on the page. */
export function sectionAnchor(sectionId: string): string {
  return `section-${sectionId}`;
}

function jumpTo(event: MouseEvent<HTMLAnchorElement>, sectionId: string) {
  const target = document.getElementById(sectionAnchor(sectionId));
  if (!target) return;
  event.preventDefault();
  // Move focus, not just the view, so the next Tab lands in that section.
  target.focus({ preventScroll: true });
  target.scrollIntoView({ behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' });
  window.history.replaceState(window.history.state, '', `#${sectionAnchor(sectionId)}`);
}

function LockBadge({ lock, userId }: { lock: SectionLock; userId: string }) {
  const sentence = lockSentence(lock, userId);
  return (
    <p className="lock-badge" title={sentence}>
      <LockIcon />
      <span aria-hidden="true">Locked</span>
      <span className="visually-hidden">{sentence}</span>
    </p>
  );
}

interface SectionNavProps {
  sections: readonly SectionInfo[];
  activeId: string | null;
  /** Locked sections by id. */
  locks: ReadonlyMap<string, SectionLock>;
  userId: string;
}

/** The list of sections, each with its Essential Conditions, Leader Standards and lock. */
export function SectionNav({ sections, activeId, locks, userId }: SectionNavProps) {
  return (
    <nav className="section-nav" aria-labelledby="section-nav-heading">
      <h2 id="section-nav-heading" className="section-nav__heading">
        Sections
      </h2>
      <ol className="section-nav__list">
        {sections.map((section, index) => {
          const lock = locks.get(section.id);
          return (
            <li key={section.id} className={section.id === activeId ? 'section-nav__item section-nav__item--active' : 'section-nav__item'}>
              <a
                href={`#${sectionAnchor(section.id)}`}
                className="section-nav__link"
                aria-current={section.id === activeId ? 'location' : undefined}
                onClick={(event) => jumpTo(event, section.id)}
              >
                <span className="section-nav__number" aria-hidden="true">
                  {index + 1}
                </span>
                {section.title}
              </a>
              <SectionTags conditions={section.conditions} standards={section.standards} />
              {lock ? <LockBadge lock={lock} userId={userId} /> : null}
              <CommentCount sectionId={section.id} />
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
