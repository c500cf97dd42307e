/** What the server's main thread and an export worker send each other (one job, one reply). */
import type { ExportFacts } from './build.ts';
import type { ExportFormat } from './model.ts';

export interface ExportJob {
  format: ExportFormat;
  /** The plan's document (or a version's) as one Yjs update. */
  state: Uint8Array;
  facts: ExportFacts;
}

export type ExportReply =
  | { ok: true; contentType: string; extension: string; body: Uint8Array }
  | { ok: false; message: string };
