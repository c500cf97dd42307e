import { useId, useState } from 'react';
import { PlanRoleSchema } from '@shared/schemas.ts';
import type { Member, PlanRole } from '@shared/schemas.ts';
import { errorMessage } from '../../http/http.ts';
import { changeMemberRole, removeMember } from '../../http/sharing.ts';
import { PLAN_ROLES, ROLE_NAMES, withArticle } from './roles.ts';

interface MemberRowProps {
  planId: string;
  member: Member;
  isSelf: boolean;
  /** Reports what happened, for the list's live region; `removed` when the row is going away. */
  onDone: (message: string, outcome: 'changed' | 'removed' | 'failed') => void;
}

function sourceText(member: Member, isSelf: boolean): string {
  if (member.source === 'workspace') return isSelf ? 'Your role in the district workspace' : 'From the district workspace';
  return isSelf ? 'Shared with you' : 'Shared with this plan';
}

/** One person with access: their role, and for plan-shared others a role change and removal. */
export function MemberRow({ planId, member, isSelf, onDone }: MemberRowProps) {
  const selectId = useId();
  const current = PlanRoleSchema.safeParse(member.role);
  const changeable = member.source === 'plan' && !isSelf && current.success;
  const [role, setRole] = useState<PlanRole>(current.success ? current.data : 'viewer');
  const [busy, setBusy] = useState(false);

  // Buttons stay enabled while busy (aria-disabled): a disabled button would drop keyboard focus.
  async function run(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      onDone(errorMessage(error), 'failed');
    } finally {
      setBusy(false);
    }
  }
  const saveRole = () =>
    run(async () => {
      if (role === member.role) {
        onDone(`${member.name} is already ${withArticle(role)}.`, 'changed');
        return;
      }
      const updated = await changeMemberRole(planId, member.userId, role);
      onDone(`${updated.name} is now ${withArticle(updated.role)}.`, 'changed');
    });
  const remove = () =>
    run(async () => {
      await removeMember(planId, member.userId);
      onDone(`${member.name} no longer has access to this plan.`, 'removed');
    });

  return (
    <li className="member" data-user-id={member.userId}>
      <div className="member__who">
        <span className="member__name">
          {member.name}
          {isSelf ? ' (you)' : ''}
        </span>
        <span className="member__email">{member.email}</span>
        <span className="member__source">{sourceText(member, isSelf)}</span>
      </div>
      {changeable ? (
        <div className="member__actions">
          <label htmlFor={selectId} className="visually-hidden">
            Role for {member.name}
          </label>
          <select id={selectId} value={role} onChange={(event) => setRole(PlanRoleSchema.parse(event.target.value))}>
            {PLAN_ROLES.map((option) => (
              <option key={option} value={option}>
                {ROLE_NAMES[option]}
              </option>
            ))}
          </select>
          <button type="button" className="button button--quiet button--small" onClick={() => void saveRole()} aria-disabled={busy || undefined}>
            Save role<span className="visually-hidden"> for {member.name}</span>
          </button>
          <button type="button" className="button button--danger button--small" onClick={() => void remove()} aria-disabled={busy || undefined}>
            Remove<span className="visually-hidden"> {member.name}</span>
          </button>
        </div>
      ) : (
        <span className="member__role">{ROLE_NAMES[member.role]}</span>
      )}
    </li>
  );
}
