/**
 * Exporting a plan: the file itself (fetched as a blob, so an error comes back as words rather
 * than a broken download), the address of the HTML print preview, and the named versions a
 * person may export instead of the plan as it is now.
 */
import { z } from 'zod';
import { ErrorBodySchema } from '@shared/schemas.ts';
import { ApiError, requestJson } from './http.ts';

export const EXPORT_FORMATS = ['pdf', 'docx', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Only what the export menu shows of a version; the versions feature owns the full shape. */
const ExportVersionListSchema = z.object({
  versions: z.array(z.object({ id: z.string(), label: z.string(), createdAt: z.string() })),
});
export type ExportVersion = z.infer<typeof ExportVersionListSchema>['versions'][number];

function planPath(planId: string): string {
  return `/api/plans/${encodeURIComponent(planId)}`;
}

/** The export address; `inline` asks to show the file in the browser instead of saving it. */
export function exportUrl(planId: string, format: ExportFormat, versionId: string | null, inline = false): string {
  const query = new URLSearchParams({ format });
  if (versionId !== null) query.set('version', versionId);
  if (inline) query.set('disposition', 'inline');
  return `${planPath(planId)}/export?${query.toString()}`;
}

/** The plan's named versions, newest as the server orders them; none on a server without versions. */
export async function listExportVersions(planId: string): Promise<ExportVersion[]> {
  try {
    return (await requestJson('GET', `${planPath(planId)}/versions`, ExportVersionListSchema)).versions;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

/** The file name a Content-Disposition header gives, the UTF-8 `filename*` first. */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: the plain name below still names the file.
    }
  }
  return /filename\s*=\s*"([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

async function exportError(response: Response): Promise<ApiError> {
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorBodySchema.safeParse(json);
  if (parsed.success) return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
  return new ApiError(response.status, 'http_error', `The server answered ${response.status}. Please try again.`);
}

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

/** Fetches the exported file; throws an ApiError with the server's words when it refuses. */
export async function fetchExport(planId: string, format: ExportFormat, versionId: string | null, fallbackName: string, signal: AbortSignal): Promise<ExportedFile> {
  let response: Response;
  try {
    response = await fetch(exportUrl(planId, format, versionId), { credentials: 'same-origin', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError(0, 'network', 'Planwright could not reach the server. Check your connection and try again.');
  }
  if (!response.ok) throw await exportError(response);
  return { blob: await response.blob(), fileName: fileNameFrom(response.headers.get('content-disposition'), fallbackName) };
}
