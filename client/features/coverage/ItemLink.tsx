import type { MouseEvent } from 'react';
import type { ReadinessItem } from '@shared/readiness.ts';
import { assertNever } from '@shared/assert-never.ts';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';
import { sectionAnchor } from '../plan/SectionNav.tsx';
import { titleOr } from './words.ts';

/** The id of a condition's region on the coverage page. */
export function conditionAnchor(conditionId: string): string {
  return `condition-${conditionId}`;
}

const FRAMES_TO_WAIT = 30;

/**
 * After the in-app navigation to the write view, move focus to the section once its panel is
 * on the page, so the next Tab lands inside it (a hash alone would not scroll a page that
 * renders after the address changed).
 */
function focusSectionSoon(sectionId: string, framesLeft = FRAMES_TO_WAIT): void {
  requestAnimationFrame(() => {
    const target = document.getElementById(sectionAnchor(sectionId));
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    } else if (framesLeft > 0) focusSectionSoon(sectionId, framesLeft - 1);
  });
}

function SectionLink({ planId, sectionId, children }: { planId: string; sectionId: string; children: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) focusSectionSoon(sectionId);
  };
  return (
    <Link to={`${paths.plan(planId)}#${sectionAnchor(sectionId)}`} onClick={onClick}>
      {children}
    </Link>
  );
}

/** A link to where an item of the plan is written: its section, the goals view, or a condition on this page. */
export function ItemLink({ planId, item }: { planId: string; item: ReadinessItem }) {
  const goals = paths.plan(planId, 'goals');
  switch (item.kind) {
    case 'section':
      return (
        <SectionLink planId={planId} sectionId={item.sectionId}>
          {'words' in item && 'limit' in item ? `${item.title} (${item.words} of ${item.limit} words)` : item.title}
        </SectionLink>
      );
    case 'goal':
      return <Link to={goals}>{titleOr(item.title, 'Untitled goal')}</Link>;
    case 'action':
      return <Link to={goals}>{titleOr(item.title, 'Untitled action step')}</Link>;
    case 'measure':
      return <Link to={goals}>{titleOr(item.name, 'Unnamed measure')}</Link>;
    case 'vision':
      return <Link to={goals}>A blank vision element</Link>;
    case 'condition':
      return <a href={`#${conditionAnchor(item.conditionId)}`}>{item.name}</a>;
    default:
      return assertNever(item, 'readiness item');
  }
}
