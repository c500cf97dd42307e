/**
 * The export worker: builds and renders one export at a time, off the server's main thread.
 * Layout allocates heavily (fonts, page content); here neither its CPU slices nor its garbage
 * collections can hold up the main thread's sockets. Started by worker-pool.ts.
 */
import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { buildExportDocument } from './build.ts';
import type { ExportJob, ExportReply } from './jobs.ts';
import { renderers } from './renderers.ts';

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
    Y.applyUpdate(doc, job.state);
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
