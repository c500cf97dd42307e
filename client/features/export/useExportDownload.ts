import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../http/http.ts';
import { fetchExport, type ExportFormat } from '../../http/export.ts';
import { formatChoice } from './formats.ts';

export type ExportState =
  | { status: 'idle' }
  | { status: 'preparing'; format: ExportFormat }
  | { status: 'downloaded'; fileName: string }
  | { status: 'failed'; message: string };

/** Long enough for the browser to start saving the file before its object URL goes away. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Hands a fetched file to the browser as a download. The temporary link goes inside `container`
 * (the open dialog): a modal dialog makes the rest of the page inert.
 */
function saveFile(blob: Blob, fileName: string, container: HTMLElement): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Exports the plan and downloads the file, tracking what to tell the person. A request still
 * running when the dialog closes is abandoned.
 */
export function useExportDownload(planId: string, planTitle: string) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    async (format: ExportFormat, versionId: string | null, container: HTMLElement) => {
      if (running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setState({ status: 'preparing', format });
      try {
        const file = await fetchExport(planId, format, versionId, `${planTitle}.${formatChoice(format).extension}`, controller.signal);
        saveFile(file.blob, file.fileName, container);
        setState({ status: 'downloaded', fileName: file.fileName });
      } catch (error) {
        if (!controller.signal.aborted) setState({ status: 'failed', message: errorMessage(error) });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [planId, planTitle],
  );

  return { state, start };
}
