import { ACTION_STATUS_LABELS } from '@shared/plan-structure.ts';
import type { DatedAction } from '@shared/progress.ts';
import { Link } from '../../components/Link.tsx';
import { deadlinePhrase, formatDay } from './format.ts';

interface DeadlineListProps {
  id: string;
  title: string;
  items: readonly DatedAction[];
  /** What to say when nothing is listed. */
  empty: string;
  /** Where the action steps are edited. */
  goalsPath: string;
  tone: 'overdue' | 'soon';
}

/** Action steps against their deadlines, each linking to where it is edited. */
export function DeadlineList({ id, title, items, empty, goalsPath, tone }: DeadlineListProps) {
  return (
    <section className={`progress-panel deadlines deadlines--${tone}`} aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="deadlines__count">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="deadlines__list">
          {items.map(({ action, goalTitle, daysUntilDue }) => (
            <li key={action.id} className="deadlines__item">
              <Link to={goalsPath} className="deadlines__title">
                {action.title.trim() || 'Untitled action step'}
              </Link>
              <span className="deadlines__when">
                {deadlinePhrase(daysUntilDue)} · <time dateTime={action.due}>{formatDay(action.due)}</time>
              </span>
              <span className="deadlines__facts">
                {ACTION_STATUS_LABELS[action.status]} · {action.ownerName.trim() || 'No owner'} · Goal: {goalTitle.trim() || 'Untitled goal'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
