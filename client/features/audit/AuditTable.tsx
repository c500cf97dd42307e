import type { AuditAction, AuditEvent } from '@shared/schemas.ts';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';
import { formatDateTime } from '../sharing/format.ts';

const ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'workspace.member_added': 'Added to the workspace',
  'workspace.role_changed': 'Changed a workspace role',
  'workspace.member_removed': 'Removed from the workspace',
  'plan.created': 'Created the plan',
  'member.added': 'Shared the plan',
  'member.role_changed': 'Changed a role',
  'member.removed': 'Removed access',
  'invite.created': 'Created an invite',
  'invite.accepted': 'Accepted an invite',
  'invite.revoked': 'Revoked an invite',
  'section.locked': 'Locked a section',
  'section.unlocked': 'Unlocked a section',
  'template.saved': 'Saved a plan as a template',
  'template.deleted': 'Deleted a workspace template',
  'assessment.opened': 'Opened a self-assessment round',
  'assessment.closed': 'Closed a self-assessment round',
  'version.created': 'Saved a named version',
  'version.restored': 'Restored a version',
  'plan.status_changed': 'Changed the plan’s status',
  'plan.revision_started': 'Started a new revision',
  'plan.published': 'Published the plan',
  'plan.unpublished': 'Withdrew the public link',
  'input.opened': 'Opened a stakeholder input round',
  'input.closed': 'Closed a stakeholder input round',
  'plan.exported': 'Exported the plan',
};

/** The access log as a table: when, who, what, which plan, and the specifics. */
export function AuditTable({ events, caption }: { events: readonly AuditEvent[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="audit-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Plan</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {[...events].sort((a, b) => b.id - a.id).map((event) => (
            <tr key={event.id} data-action={event.action}>
              <td>
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </td>
              <td>{event.actor.name}</td>
              <td>{ACTION_LABELS[event.action]}</td>
              <td>{event.plan ? <Link to={paths.plan(event.plan.id)}>{event.plan.title}</Link> : '—'}</td>
              <td>{event.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
