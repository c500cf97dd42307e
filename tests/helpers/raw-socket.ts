/**
 * A bare websocket that speaks the y-websocket wire format by hand, for tests that need to
 * send what a stock client never would (malformed frames, oversized frames) or to read
 * exactly what the server sends.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

export interface RawSocket {
  ws: WebSocket;
  received: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  send(data: Uint8Array | string): void;
  /** Resolves with the first received frame (already received or future) that matches. */
  next(match: (frame: Uint8Array) => boolean, ms?: number): Promise<Uint8Array>;
}

export async function openRaw(baseUrl: string, planId: string, headers: Record<string, string>): Promise<RawSocket> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/collab/${planId}`, { headers });
  const received: Uint8Array[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data: Buffer) => {
    received.push(new Uint8Array(data));
    for (const wake of waiters) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    received,
    closed,
    send: (data) => ws.send(data),
    next: (match, ms = 5000) =>
      new Promise((resolve, reject) => {
        let index = 0;
        const check = (): void => {
          for (; index < received.length; index += 1) {
            const frame = received[index]!;
            if (match(frame)) {
              cleanup();
              resolve(frame);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching frame within ${ms} ms`));
        }, ms);
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
  };
}

/** Frame builders: [messageType][syncStep][payload]. */
export function syncFrame(step: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function awarenessFrame(entries: Array<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientId);
    encoding.writeVarUint(inner, entry.clock);
    encoding.writeVarString(inner, JSON.stringify(entry.state));
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/** Reads a sync frame; undefined for any other kind. */
export function readSyncFrame(frame: Uint8Array): { step: number; payload: Uint8Array } | undefined {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== 0) return undefined;
  const step = decoding.readVarUint(decoder);
  return { step, payload: decoding.readVarUint8Array(decoder) };
}

/** Decodes a Yjs state vector into clientId → clock. */
export function readStateVector(payload: Uint8Array): Map<number, number> {
  const decoder = decoding.createDecoder(payload);
  const count = decoding.readVarUint(decoder);
  const vector = new Map<number, number>();
  for (let i = 0; i < count; i += 1) vector.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
  return vector;
}
