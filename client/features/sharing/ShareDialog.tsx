import { listMembers } from '../../http/sharing.ts';
import { useRequest } from '../../http/useRequest.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { CreateLink } from './CreateLink.tsx';
import { PeopleWithAccess } from './PeopleWithAccess.tsx';
import { ShareByEmail } from './ShareByEmail.tsx';

interface ShareDialogProps {
  planId: string;
  planTitle: string;
  selfId: string;
  onClose: () => void;
}

/** Who can open the plan and how to add more people: by e-mail, by link; roles and removal. */
export function ShareDialog({ planId, planTitle, selfId, onClose }: ShareDialogProps) {
  const people = useRequest(`members:${planId}`, () => listMembers(planId));
  return (
    <Dialog title={`Share “${planTitle}”`} onClose={onClose} className="dialog--share">
      <div className="share-grid">
        <ShareByEmail planId={planId} onShared={people.reload} />
        <CreateLink planId={planId} onCreated={people.reload} />
      </div>
      {people.status === 'loading' ? <p className="loading">Loading who has access…</p> : null}
      {people.status === 'error' ? <Alert>{people.message}</Alert> : null}
      {people.status === 'done' ? <PeopleWithAccess planId={planId} selfId={selfId} list={people.data} onChanged={people.reload} /> : null}
    </Dialog>
  );
}
