import type { RestoreResult, Version } from '@shared/versions.ts';
import { RestoreButton } from './RestoreButton.tsx';
import { formatMoment, KIND_NAMES } from './words.ts';

interface VersionListProps {
  planId: string;
  versions: readonly Version[];
  /** Managers of a plan that is not frozen may restore. */
  canRestore: boolean;
  onRead: (version: Version) => void;
  onCompare: (version: Version) => void;
  onRestored: (result: RestoreResult) => void;
}

/** Every version of the plan, newest first, with what can be done with each. */
export function VersionList({ planId, versions, canRestore, onRead, onCompare, onRestored }: VersionListProps) {
  if (versions.length === 0) return <p className="empty">No versions yet. Save one before a big change or a meeting.</p>;
  return (
    <table className="version-table">
      <caption className="visually-hidden">Versions of the plan, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Saved by</th>
          <th scope="col">When</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id} data-version-id={version.id}>
            <th scope="row">
              <span className="version-table__label">{version.label}</span>
              <span className={`version-kind version-kind--${version.kind}`}>{KIND_NAMES[version.kind]}</span>
            </th>
            <td>{version.createdBy}</td>
            <td>
              <time dateTime={version.createdAt}>{formatMoment(version.createdAt)}</time>
            </td>
            <td>
              <div className="version-table__actions">
                <button type="button" className="button button--small button--quiet" onClick={() => onRead(version)} aria-label={`Read “${version.label}”`}>
                  Read
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => onCompare(version)}
                  aria-label={`Compare with now: “${version.label}”`}
                >
                  Compare with now
                </button>
                {canRestore ? <RestoreButton planId={planId} version={version} onRestored={onRestored} /> : null}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
