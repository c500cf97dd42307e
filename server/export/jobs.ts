/** What the server's main thread and an export worker send each other (one job, one reply). */
import type { ExportFacts } from './build.ts';
import type { ExportFormat } from './model.ts';

/** Which document to export; the worker reads it from the database itself. */
export interface ExportSource {
  /** The server's SQLite file (the worker opens it read-only). */
  dbFile: string;
  planId: string;
  /** A named version, or null for the plan as stored now. */
  versionId: string | null;
}

export interface ExportJob {
  format: ExportFormat;
  source: ExportSource;
  facts: ExportFacts;
}

export type ExportReply =
  | { ok: true; contentType: string; extension: string; body: Uint8Array }
  | { ok: false; message: string };
