/**
 * Crosswalks: how a condition of one lens reads in another. None of these is published by
 * the frameworks' owners; they are Planwright's own mappings, labelled as such in the UI,
 * so a plan tagged with the 14 conditions can be read through any other lens without
 * rewriting its tags.
 */
import type { ConditionTag } from './types.ts';

export interface Crosswalk {
  readonly from: { readonly frameworkId: string; readonly version: string };
  readonly to: { readonly frameworkId: string; readonly version: string };
  /** Who made the mapping, shown beside it. */
  readonly attribution: string;
  /** Source condition id → target condition ids (empty: no clear home in the target). */
  readonly map: Readonly<Record<string, readonly string[]>>;
}

const PLANWRIGHT = 'Planwright’s mapping; the framework’s publisher provides none.';

export const EC14_TO_EC7: Crosswalk = {
  from: { frameworkId: 'iste-ec-14', version: '1' },
  to: { frameworkId: 'iste-ec-7', version: '1' },
  attribution: PLANWRIGHT,
  map: {
    'shared-vision': ['shared-vision'],
    'empowered-leaders': ['shared-vision'],
    'implementation-planning': ['implementation-planning'],
    'consistent-adequate-funding': ['implementation-planning'],
    'equitable-access': ['equitable-access'],
    'skilled-personnel': ['prepared-educators'],
    'ongoing-professional-learning': ['prepared-educators'],
    'technical-support': ['technical-support'],
    'curriculum-framework': ['learning-activities-content'],
    'student-centered-learning': ['learning-activities-content'],
    'assessment-evaluation': ['ongoing-evaluation'],
    'engaged-communities': ['shared-vision'],
    'support-policies': ['implementation-planning'],
    'supportive-external-context': [],
  },
};

export const EC14_TO_FUTURE_READY: Crosswalk = {
  from: { frameworkId: 'iste-ec-14', version: '1' },
  to: { frameworkId: 'future-ready-gears', version: '1' },
  attribution: PLANWRIGHT,
  map: {
    'shared-vision': ['collaborative-leadership'],
    'empowered-leaders': ['collaborative-leadership'],
    'implementation-planning': ['collaborative-leadership'],
    'consistent-adequate-funding': ['budget-resources'],
    'equitable-access': ['robust-infrastructure'],
    'skilled-personnel': ['personalized-professional-learning'],
    'ongoing-professional-learning': ['personalized-professional-learning'],
    'technical-support': ['robust-infrastructure'],
    'curriculum-framework': ['curriculum-instruction-assessment'],
    'student-centered-learning': ['curriculum-instruction-assessment', 'use-of-space-time'],
    'assessment-evaluation': ['curriculum-instruction-assessment'],
    'engaged-communities': ['community-partnerships'],
    'support-policies': ['data-privacy'],
    'supportive-external-context': ['community-partnerships', 'budget-resources'],
  },
};

export const EC14_TO_NETP_2024: Crosswalk = {
  from: { frameworkId: 'iste-ec-14', version: '1' },
  to: { frameworkId: 'netp-2024', version: '1' },
  attribution: PLANWRIGHT,
  map: {
    'shared-vision': [],
    'empowered-leaders': [],
    'implementation-planning': [],
    'consistent-adequate-funding': ['digital-access'],
    'equitable-access': ['digital-access'],
    'skilled-personnel': ['digital-design'],
    'ongoing-professional-learning': ['digital-design'],
    'technical-support': ['digital-access'],
    'curriculum-framework': ['digital-use', 'digital-design'],
    'student-centered-learning': ['digital-use'],
    'assessment-evaluation': ['digital-use'],
    'engaged-communities': [],
    'support-policies': ['digital-access'],
    'supportive-external-context': [],
  },
};

export const CROSSWALKS: readonly Crosswalk[] = [EC14_TO_EC7, EC14_TO_FUTURE_READY, EC14_TO_NETP_2024];

/**
 * The condition ids of lens `to` that a tag addresses: the tag's own condition when it is
 * already in that lens, the crosswalked ones when a crosswalk leads there, else none.
 */
export function conditionsInLens(tag: ConditionTag, to: { frameworkId: string; version: string }): readonly string[] {
  if (tag.frameworkId === to.frameworkId && tag.version === to.version) return [tag.conditionId];
  const walk = CROSSWALKS.find(
    (c) => c.from.frameworkId === tag.frameworkId && c.from.version === tag.version && c.to.frameworkId === to.frameworkId && c.to.version === to.version,
  );
  return walk?.map[tag.conditionId] ?? [];
}

/** The crosswalk used to read tags of `from` through `to`, if any. */
export function findCrosswalk(from: { frameworkId: string; version: string }, to: { frameworkId: string; version: string }): Crosswalk | undefined {
  return CROSSWALKS.find(
    (c) => c.from.frameworkId === from.frameworkId && c.from.version === from.version && c.to.frameworkId === to.frameworkId && c.to.version === to.version,
  );
}
