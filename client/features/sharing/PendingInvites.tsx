import { useState } from 'react';
import type { Invite } from '@shared/schemas.ts';
import { errorMessage } from '../../http/http.ts';
import { revokeInvite } from '../../http/sharing.ts';
import { formatDate } from './format.ts';
import { ROLE_NAMES } from './roles.ts';

interface PendingInvitesProps {
  planId: string;
  invites: readonly Invite[];
  onDone: (message: string, outcome: 'removed' | 'failed') => void;
}

function who(invite: Invite): string {
  return invite.email ?? 'Anyone with the link';
}

/** Invites not yet accepted, each with a Revoke button. */
export function PendingInvites({ planId, invites, onDone }: PendingInvitesProps) {
  const [busyId, setBusyId] = useState<string | null>(null);
  if (invites.length === 0) return null;

  async function revoke(invite: Invite) {
    if (busyId !== null) return;
    setBusyId(invite.id);
    try {
      await revokeInvite(planId, invite.id);
      onDone(`Invite for ${invite.email ?? 'the shared link'} revoked. The link no longer works.`, 'removed');
    } catch (error) {
      onDone(errorMessage(error), 'failed');
    } finally {
      setBusyId(null);
    }
  }

  return (
    <>
      <h4 className="share-people__subheading">Pending invites</h4>
      <ul className="member-list">
        {invites.map((invite) => (
          <li key={invite.id} className="member" data-invite-id={invite.id}>
            <div className="member__who">
              <span className="member__name">{who(invite)}</span>
              <span className="member__email">
                {ROLE_NAMES[invite.role]} · by {invite.createdBy} · expires {formatDate(invite.expiresAt)}
              </span>
            </div>
            <div className="member__actions">
              <button type="button" className="button button--danger" onClick={() => void revoke(invite)} aria-disabled={busyId === invite.id || undefined}>
                Revoke<span className="visually-hidden"> invite for {who(invite)}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
