import type { PlanMeta } from '@shared/schemas.ts';
import { ConfirmedAction } from '../../components/ConfirmedAction.tsx';
import { startRevision } from '../../http/versions.ts';

/** For managers of an adopted or archived plan: opens it for amendment as a new draft revision, after asking. */
export function StartRevisionButton({ meta, onStarted }: { meta: PlanMeta; onStarted: (meta: PlanMeta) => void }) {
  return (
    <ConfirmedAction
      label="Start a new revision…"
      buttonClassName="button button--primary"
      title={`Start revision ${meta.revision + 1}?`}
      dialogClassName="dialog--narrow"
      confirmLabel="Start the revision"
      busyLabel="Starting…"
      cancelLabel="Cancel"
      actionsClassName="history__dialog-actions"
      run={() => startRevision(meta.id)}
      onDone={onStarted}
    >
      <p>
        The plan becomes a draft again and everyone with an editing role can change it. The adopted version stays saved, and you
        can compare the amendment with it at any time before the board adopts it again.
      </p>
    </ConfirmedAction>
  );
}
