/**
 * The export worker: reads the plan (or version) from the database, builds and renders one
 * export at a time, off the server's main thread. Merging a long plan's history and laying it
 * out take tens to hundreds of milliseconds and allocate heavily; here neither that work nor
 * its garbage collection can hold up the main thread's sockets. Started by worker-pool.ts.
 */
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { SqliteUpdateLog } from '../storage/update-log.ts';
import { VersionStore } from '../storage/versions.ts';
import { buildExportDocument } from './build.ts';
import type { ExportJob, ExportReply, ExportSource } from './jobs.ts';
import { renderers } from './renderers.ts';

interface Stores {
  file: string;
  read: <T>(work: () => T) => T;
  log: SqliteUpdateLog;
  versions: VersionStore;
}
let stores: Stores | undefined;

/** A read-only connection of this worker's own (WAL lets it read while the server writes). */
function storesFor(file: string): Stores {
  if (stores?.file !== file) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    stores = { file, read: (work) => db.transaction(work)(), log: new SqliteUpdateLog(db), versions: new VersionStore(db) };
  }
  return stores;
}

/**
 * The document as one update: a version's frozen state, or the plan's snapshot and every update
 * after it (as PlanService.readState reads it), in one read transaction so a compaction on the
 * main thread cannot fall between reading the snapshot and reading the updates.
 */
function stateOf(source: ExportSource): Uint8Array {
  const { read, log, versions } = storesFor(source.dbFile);
  return read(() => {
    if (source.versionId !== null) {
      const state = versions.state(source.planId, source.versionId);
      if (!state) throw new Error(`version ${source.versionId} of plan ${source.planId} is gone`);
      return state;
    }
    const history = log.load(source.planId);
    const stored = history.snapshot ? [history.snapshot, ...history.updates] : history.updates;
    return stored.length === 1 ? stored[0]! : Y.mergeUpdates(stored);
  });
}

/**
 * The body as bytes that own their whole ArrayBuffer, so it can be transferred, not copied.
 * (A small Buffer shares Node's allocation pool; transferring that would detach the pool.)
 */
async function bytesOf(body: Buffer | NodeJS.ReadableStream): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (Buffer.isBuffer(body)) bytes = body;
  else {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    bytes = Buffer.concat(chunks);
  }
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

async function handle(job: ExportJob): Promise<ExportReply> {
  const doc = new Y.Doc();
  try {
    const state = stateOf(job.source);
    if (state.byteLength > 0) Y.applyUpdate(doc, state);
    const rendered = await renderers[job.format](await buildExportDocument(doc, job.facts));
    return { ok: true, contentType: rendered.contentType, extension: rendered.extension, body: await bytesOf(rendered.body) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    doc.destroy();
  }
}

const port = parentPort;
if (port) {
  port.on('message', (job: ExportJob) => {
    void handle(job).then((reply) => port.postMessage(reply, reply.ok ? [reply.body.buffer as ArrayBuffer] : []));
  });
}
