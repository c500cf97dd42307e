import type { ConditionCoverage, PlanItemRef } from '@shared/coverage.ts';
import { itemKey } from '@shared/coverage.ts';
import { conditionAnchor, ItemLink } from './ItemLink.tsx';
import { StatusIcon } from './StatusIcon.tsx';
import { countOf, STATUS_WORDS } from './words.ts';

interface Group {
  key: 'actions' | 'goals' | 'measures' | 'sections';
  singular: string;
  label: string;
}

/** Action steps first: whether a condition has one is what the status turns on. */
const GROUPS: readonly Group[] = [
  { key: 'actions', singular: 'action step', label: 'Action steps' },
  { key: 'goals', singular: 'goal', label: 'Goals' },
  { key: 'measures', singular: 'measure', label: 'Measures' },
  { key: 'sections', singular: 'section', label: 'Sections' },
];

function ItemGroup({ planId, label, items }: { planId: string; label: string; items: readonly PlanItemRef[] }) {
  return (
    <div className="coverage-group">
      <dt>{label}</dt>
      <dd>
        <ul className="coverage-group__items">
          {items.map((item) => (
            <li key={itemKey(item)}>
              <ItemLink planId={planId} item={item} />
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/**
 * One condition of the lens: its name as an h3 that labels the region, its status in words
 * with an icon, how many items of each kind address it ("2 action steps"), and links to them.
 */
export function ConditionCard({ planId, entry }: { planId: string; entry: ConditionCoverage }) {
  const { condition, status } = entry;
  const anchor = conditionAnchor(condition.id);
  const groups = GROUPS.filter((g) => entry[g.key].length > 0);
  return (
    <section id={anchor} tabIndex={-1} className={`coverage-condition coverage-condition--${status}`} aria-labelledby={`${anchor}-title`}>
      <h3 id={`${anchor}-title`} className="coverage-condition__title">
        {condition.name}
      </h3>
      <p className="coverage-condition__status">
        <StatusIcon ok={status === 'covered'} />
        <span>{STATUS_WORDS[status]}</span>
      </p>
      <p className="coverage-condition__description">{condition.description}</p>
      <ul className="coverage-counts" aria-label="Addressed by">
        {GROUPS.map((g) => (
          <li key={g.key}>{countOf(entry[g.key].length, g.singular)}</li>
        ))}
      </ul>
      {groups.length > 0 ? (
        <dl className="coverage-groups">
          {groups.map((g) => (
            <ItemGroup key={g.key} planId={planId} label={g.label} items={entry[g.key]} />
          ))}
        </dl>
      ) : null}
    </section>
  );
}
