/** Words the coverage view shows, kept apart from the markup so every part says things the same way. */
import type { ConditionStatus } from '@shared/coverage.ts';
import type { Framework } from '@shared/frameworks/index.ts';

/** "1 action step", "2 action steps". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The status of a condition in words; the icon beside it only repeats them. */
export const STATUS_WORDS: Readonly<Record<ConditionStatus, string>> = {
  covered: 'Covered: action steps address it',
  'no-action': 'Gap: no action step yet',
  'not-addressed': 'Gap: nothing in the plan addresses it yet',
};

/** How a lens is named in running text ("from the 14 conditions"). */
export function lensPhrase(framework: Pick<Framework, 'id' | 'name'>): string {
  switch (framework.id) {
    case 'iste-ec-14':
      return 'the 14 conditions';
    case 'iste-ec-7':
      return 'the 7 conditions';
    default:
      return framework.name;
  }
}

/** A title to show for an item whose title is still blank. */
export function titleOr(title: string, fallback: string): string {
  return title.trim() === '' ? fallback : title;
}
