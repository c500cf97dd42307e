import type { RestoreResult, Version } from '@shared/versions.ts';
import { ConfirmedAction } from '../../components/ConfirmedAction.tsx';
import { restoreVersion } from '../../http/versions.ts';

interface RestoreButtonProps {
  planId: string;
  version: Version;
  onRestored: (result: RestoreResult) => void;
}

/** For managers: restores a version for everyone, after saying what happens and that it can be undone. */
export function RestoreButton({ planId, version, onRestored }: RestoreButtonProps) {
  return (
    <ConfirmedAction
      label="Restore…"
      buttonClassName="button button--small button--quiet"
      buttonAriaLabel={`Restore “${version.label}”…`}
      title={`Restore “${version.label}”?`}
      dialogClassName="dialog--narrow"
      confirmLabel="Restore this version"
      busyLabel="Restoring…"
      cancelLabel="Cancel"
      actionsClassName="history__dialog-actions"
      run={() => restoreVersion(planId, version.id)}
      onDone={onRestored}
    >
      <p>
        The sections, goals, vision, SWOT and lens go back to how they were in this version, for everyone working on the plan
        right now. Comments stay as they are.
      </p>
      <p>The plan as it is now is saved first as a version, so you can undo the restore.</p>
    </ConfirmedAction>
  );
}
