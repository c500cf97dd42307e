import { Link } from '../../components/Link.tsx';
import { paths, type PlanViewName } from '../../router.ts';

const TABS: ReadonlyArray<{ view: PlanViewName; label: string }> = [
  { view: 'write', label: 'Write' },
  { view: 'goals', label: 'Goals and actions' },
  { view: 'coverage', label: 'Coverage' },
  { view: 'assessment', label: 'Self-assessment' },
  { view: 'progress', label: 'Progress' },
  { view: 'input', label: 'Stakeholder input' },
  { view: 'history', label: 'Versions and adoption' },
];

/** The views of one plan, as links (each view has its own address and history entry). */
export function PlanTabs({ planId, view }: { planId: string; view: PlanViewName }) {
  return (
    <nav className="plan-tabs" aria-label="Plan views">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.view}>
            <Link to={paths.plan(planId, tab.view)} className="plan-tabs__link" aria-current={tab.view === view ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
