import { ESSENTIAL_CONDITIONS_14 } from './essential-conditions.ts';
import { ESSENTIAL_CONDITIONS_7, FUTURE_READY_GEARS, NETP_2024_DIVIDES } from './other-lenses.ts';
import type { ConditionTag, Framework, FrameworkCondition } from './types.ts';

export * from './types.ts';
export * from './essential-conditions.ts';
export * from './leader-standards.ts';
export * from './other-lenses.ts';
export * from './crosswalks.ts';

/** Every lens Planwright knows, by id. The first is the default. */
export const FRAMEWORKS: readonly Framework[] = [ESSENTIAL_CONDITIONS_14, ESSENTIAL_CONDITIONS_7, FUTURE_READY_GEARS, NETP_2024_DIVIDES];
export const DEFAULT_FRAMEWORK: Framework = ESSENTIAL_CONDITIONS_14;

const TAG_PATTERN = /^([a-z0-9-]+)@([a-z0-9.-]+):([a-z0-9-]+)$/;

/** Writes a tag as `framework@version:condition`. */
export function formatConditionTag(tag: ConditionTag): string {
  return `${tag.frameworkId}@${tag.version}:${tag.conditionId}`;
}

/** Reads a tag string; undefined when it is not of the `framework@version:condition` form. */
export function parseConditionTag(text: string): ConditionTag | undefined {
  const match = TAG_PATTERN.exec(text);
  if (!match) return undefined;
  const [, frameworkId, version, conditionId] = match;
  if (!frameworkId || !version || !conditionId) return undefined;
  return { frameworkId, version, conditionId };
}

/** The condition a tag names, when the framework and version are known. */
export function resolveConditionTag(text: string): FrameworkCondition | undefined {
  const tag = parseConditionTag(text);
  if (!tag) return undefined;
  const framework = FRAMEWORKS.find((f) => f.id === tag.frameworkId && f.version === tag.version);
  return framework?.conditions.find((c) => c.id === tag.conditionId);
}

/** A lens by id (the newest version when several are known). */
export function findFramework(frameworkId: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === frameworkId);
}
