import { useRef, useState } from 'react';
import type { MemberList } from '@shared/schemas.ts';
import { MemberRow } from './MemberRow.tsx';
import { PendingInvites } from './PendingInvites.tsx';

interface PeopleWithAccessProps {
  planId: string;
  selfId: string;
  list: MemberList;
  /** Something changed on the server: read the list again. */
  onChanged: () => void;
}

/** Everyone who can open the plan, then invites nobody has accepted yet; outcomes are announced. */
export function PeopleWithAccess({ planId, selfId, list, onChanged }: PeopleWithAccessProps) {
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const members = [...list.members].sort((a, b) => Number(b.userId === selfId) - Number(a.userId === selfId) || a.name.localeCompare(b.name));

  function done(text: string, outcome: 'changed' | 'removed' | 'failed') {
    setMessage(text);
    if (outcome === 'failed') return;
    // The row (and the button that had focus) is about to go: keep focus in the list.
    if (outcome === 'removed') heading.current?.focus();
    onChanged();
  }

  return (
    <section className="share-people" aria-labelledby="share-people-heading">
      <h3 id="share-people-heading" ref={heading} tabIndex={-1}>
        People with access
      </h3>
      <p role="status" className="share-people__status">
        {message}
      </p>
      <ul className="member-list">
        {members.map((member) => (
          <MemberRow key={member.userId} planId={planId} member={member} isSelf={member.userId === selfId} onDone={done} />
        ))}
      </ul>
      <PendingInvites planId={planId} invites={list.invites} onDone={done} />
    </section>
  );
}
