/**
 * The y-websocket wire format, decoded defensively in one place. Every inbound frame goes
 * through decodeFrame; anything it cannot read is a MalformedFrameError, and the caller
 * closes only that socket.
 *
 * Frame: [messageType varUint][payload]
 *   0 sync:      [0 step1][stateVector] | [1 step2][update] | [2 update][update]
 *   1 awareness: [update]   (varUint count, then per client: id, clock, JSON state)
 *   2 auth:      [0 permission denied][reason]   (server → client only)
 *   3 query awareness: no payload
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export type InboundFrame =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' };

export class MalformedFrameError extends Error {
  override readonly name = 'MalformedFrameError';
}

/** Reads one frame. Throws MalformedFrameError for anything that is not a well-formed message. */
export function decodeFrame(data: Uint8Array): InboundFrame {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        return decodeSync(decoder);
      case MESSAGE_AWARENESS:
        return { kind: 'awareness', update: readPayload(decoder) };
      case MESSAGE_QUERY_AWARENESS:
        return { kind: 'query-awareness' };
      default:
        throw new MalformedFrameError(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof MalformedFrameError) throw error;
    throw new MalformedFrameError(`unreadable frame: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function decodeSync(decoder: decoding.Decoder): InboundFrame {
  const step = decoding.readVarUint(decoder);
  switch (step) {
    case SYNC_STEP1:
      return { kind: 'sync-step1', stateVector: readPayload(decoder) };
    case SYNC_STEP2:
      return { kind: 'sync-step2', update: readPayload(decoder) };
    case SYNC_UPDATE:
      return { kind: 'update', update: readPayload(decoder) };
    default:
      throw new MalformedFrameError(`unknown sync step ${step}`);
  }
}

function readPayload(decoder: decoding.Decoder): Uint8Array {
  const payload = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new MalformedFrameError('trailing bytes after payload');
  return payload;
}

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** Parsed state; null means the client left. */
  state: Record<string, unknown> | null;
}

/** Reads an awareness update. States must be JSON objects or null. */
export function decodeAwareness(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i += 1) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const parsed: unknown = JSON.parse(decoding.readVarString(decoder));
      if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) {
        throw new MalformedFrameError('awareness state is not an object');
      }
      entries.push({ clientId, clock, state: parsed as Record<string, unknown> | null });
    }
    if (decoding.hasContent(decoder)) throw new MalformedFrameError('trailing bytes after awareness update');
    return entries;
  } catch (error) {
    if (error instanceof MalformedFrameError) throw error;
    throw new MalformedFrameError(`unreadable awareness update: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, SYNC_STEP1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, SYNC_STEP2);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeAwarenessFrame(update: Uint8Array): Uint8Array {
  return frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update));
}

/** Tells a stock client its writes are refused; it keeps the connection for reading. */
export function encodePermissionDenied(reason: string): Uint8Array {
  return frame(MESSAGE_AUTH, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, reason);
  });
}
