import { itemKey } from '@shared/coverage.ts';
import { readinessCounts, type ReadinessCheck, type ReadinessItem } from '@shared/readiness.ts';
import { ItemLink } from './ItemLink.tsx';
import { StatusIcon } from './StatusIcon.tsx';

function keyOf(item: ReadinessItem): string {
  if (item.kind === 'vision') return `vision:${item.visionId}`;
  if (item.kind === 'condition') return `condition:${item.conditionId}`;
  return itemKey(item);
}

function Check({ planId, check }: { planId: string; check: ReadinessCheck }) {
  return (
    <li className={check.passed ? 'readiness__check readiness__check--done' : 'readiness__check readiness__check--todo'}>
      <p className="readiness__line">
        <StatusIcon ok={check.passed} />
        <strong className="readiness__state">{check.passed ? 'Done:' : 'To do:'}</strong> <span>{check.label}</span>
      </p>
      {check.failing.length > 0 ? (
        <ul className="readiness__items" aria-label={`Not yet: ${check.label}`}>
          {check.failing.map((item) => (
            <li key={keyOf(item)}>
              <ItemLink planId={planId} item={item} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** What the plan still needs before it goes to review, each check with the items that fail it. */
export function ReadinessChecklist({ planId, checks }: { planId: string; checks: readonly ReadinessCheck[] }) {
  const { passed, total } = readinessCounts(checks);
  return (
    <section className="readiness card" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Ready for review?</h2>
      <p className="readiness__summary">
        {passed} of {total} checks pass.
      </p>
      <ul className="readiness__list">
        {checks.map((check) => (
          <Check key={check.id} planId={planId} check={check} />
        ))}
      </ul>
    </section>
  );
}
