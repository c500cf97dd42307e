import { LEADER_INDICATOR_CODES, leaderIndicatorLabel, resolveConditionTag } from '@shared/frameworks/index.ts';
import type { LeaderIndicatorCode } from '@shared/frameworks/index.ts';

export interface TagView {
  key: string;
  /** What the chip shows. */
  short: string;
  /** What a screen reader hears and the tooltip says. */
  long: string;
}

function isLeaderCode(code: string): code is LeaderIndicatorCode {
  return (LEADER_INDICATOR_CODES as readonly string[]).includes(code);
}

/** Essential Condition tags as their names (unknown tags shown as written). */
export function conditionViews(tags: readonly string[]): TagView[] {
  return tags.map((tag) => {
    const name = resolveConditionTag(tag)?.name ?? tag;
    return { key: tag, short: name, long: `Essential Condition: ${name}` };
  });
}

/** Leader Standard indicator codes with their labels. */
export function standardViews(codes: readonly string[]): TagView[] {
  return codes.map((code) => {
    const label = isLeaderCode(code) ? leaderIndicatorLabel(code) : code;
    return { key: code, short: code, long: `ISTE Leader Standard ${code}: ${label}` };
  });
}
