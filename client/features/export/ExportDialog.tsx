import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { exportUrl, listExportVersions, type ExportFormat } from '../../http/export.ts';
import { useRequest } from '../../http/useRequest.ts';
import { FORMAT_CHOICES, formatChoice } from './formats.ts';
import { useExportDownload, type ExportState } from './useExportDownload.ts';

interface ExportDialogProps {
  planId: string;
  planTitle: string;
  onClose: () => void;
}

function FormatPicker({ value, onChange }: { value: ExportFormat; onChange: (format: ExportFormat) => void }) {
  const name = useId();
  return (
    <fieldset className="role-picker export-formats">
      <legend>Format</legend>
      {FORMAT_CHOICES.map((choice) => {
        const id = `${name}-${choice.format}`;
        const selected = choice.format === value;
        return (
          <div key={choice.format} className={selected ? 'role-option role-option--selected' : 'role-option'}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.format}
              checked={selected}
              onChange={() => onChange(choice.format)}
              aria-describedby={`${id}-purpose`}
              data-autofocus={selected || undefined}
            />
            <div className="role-option__text">
              <label htmlFor={id} className="role-option__name">
                {choice.label}
              </label>
              <span className="role-option__what" id={`${id}-purpose`}>
                {choice.purpose}
              </span>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Which state of the plan to export: as it is now, or one of its named versions. */
function VersionPicker({ planId, value, onChange }: { planId: string; value: string; onChange: (versionId: string) => void }) {
  const id = useId();
  const versions = useRequest(`versions:${planId}`, () => listExportVersions(planId));
  const hint =
    versions.status === 'loading'
      ? 'Looking for named versions…'
      : versions.status === 'error'
        ? 'Named versions could not be listed; the current plan can still be exported.'
        : versions.data.length === 0
          ? 'This plan has no named versions yet.'
          : 'A named version is the plan exactly as it was frozen.';
  return (
    <div className="field">
      <label htmlFor={id}>What to export</label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <select id={id} className="export-version" value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={`${id}-hint`}>
        <option value="">Current plan</option>
        {versions.status === 'done'
          ? versions.data.map((version) => (
              <option key={version.id} value={version.id}>
                {version.label}
              </option>
            ))
          : null}
      </select>
    </div>
  );
}

function ExportStatus({ state }: { state: ExportState }) {
  return (
    <>
      {/* Always rendered, so screen readers announce what is put into it. */}
      <div className="export-status" role="status">
        {state.status === 'preparing' ? (
          <>
            <progress className="export-status__progress" aria-label="Export in progress" />
            <span>Preparing your {formatChoice(state.format).noun}…</span>
          </>
        ) : state.status === 'downloaded' ? (
          <span>Downloaded {state.fileName}</span>
        ) : null}
      </div>
      {state.status === 'failed' ? <Alert>{state.message}</Alert> : null}
    </>
  );
}

/** Choose a format and a state of the plan, then download it or open the print preview. */
export function ExportDialog({ planId, planTitle, onClose }: ExportDialogProps) {
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [versionId, setVersionId] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const { state, start } = useExportDownload(planId, planTitle);
  const preparing = state.status === 'preparing';
  const version = versionId === '' ? null : versionId;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (preparing || !formRef.current) return;
    void start(format, version, formRef.current);
  }

  return (
    <Dialog title={`Export “${planTitle}”`} onClose={onClose} className="dialog--export">
      <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
        <FormatPicker value={format} onChange={setFormat} />
        <VersionPicker planId={planId} value={versionId} onChange={setVersionId} />
        <ExportStatus state={state} />
        <div className="export-actions">
          <button type="submit" className="button button--primary" aria-disabled={preparing || undefined}>
            Export
          </button>
          <a className="button button--quiet" href={exportUrl(planId, 'html', version, true)} target="_blank" rel="noopener">
            Print preview<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </div>
      </form>
    </Dialog>
  );
}
