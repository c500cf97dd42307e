import { conditionViews, standardViews } from './tags.ts';
import type { TagView } from './tags.ts';

function Tag({ view, kind }: { view: TagView; kind: 'condition' | 'standard' }) {
  return (
    <li className={`tag tag--${kind}`} title={view.long}>
      <span aria-hidden="true">{view.short}</span>
      <span className="visually-hidden">{view.long}</span>
    </li>
  );
}

/** A section's Essential Conditions and Leader Standard codes as chips. */
export function SectionTags({ conditions, standards }: { conditions: readonly string[]; standards: readonly string[] }) {
  if (conditions.length === 0 && standards.length === 0) return null;
  return (
    <ul className="tags">
      {conditionViews(conditions).map((view) => (
        <Tag key={view.key} view={view} kind="condition" />
      ))}
      {standardViews(standards).map((view) => (
        <Tag key={view.key} view={view} kind="standard" />
      ))}
    </ul>
  );
}
