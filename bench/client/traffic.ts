/**
 * What a client receives, by y-websocket message kind. It shows where two servers that give
 * the same answer differ in work: acknowledgements, repeated state, awareness echoes.
 */
import type { RawData } from 'ws';
import type { Traffic } from '../protocol.ts';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

export function emptyTraffic(): Traffic {
  return { bytesIn: 0, step1: 0, step2: 0, update: 0, awareness: 0, other: 0 };
}

function bytesOf(data: RawData): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return Array.isArray(data) ? Buffer.concat(data) : data;
}

/** Both kinds are varuints below 128 in this protocol, so each is one byte. */
export function countFrame(traffic: Traffic, data: RawData): void {
  const frame = bytesOf(data);
  traffic.bytesIn += frame.byteLength;
  const kind = frame[0];
  const sub = frame[1];
  if (kind === MESSAGE_AWARENESS) traffic.awareness += 1;
  else if (kind === MESSAGE_SYNC && sub === SYNC_STEP1) traffic.step1 += 1;
  else if (kind === MESSAGE_SYNC && sub === SYNC_STEP2) traffic.step2 += 1;
  else if (kind === MESSAGE_SYNC && sub === SYNC_UPDATE) traffic.update += 1;
  else traffic.other += 1;
}

export function addTraffic(into: Traffic, from: Traffic): Traffic {
  into.bytesIn += from.bytesIn;
  into.step1 += from.step1;
  into.step2 += from.step2;
  into.update += from.update;
  into.awareness += from.awareness;
  into.other += from.other;
  return into;
}

/** The average client's share of a total. */
export function perClient(total: Traffic, clients: number): Traffic {
  const share = (value: number): number => value / Math.max(1, clients);
  return {
    bytesIn: share(total.bytesIn),
    step1: share(total.step1),
    step2: share(total.step2),
    update: share(total.update),
    awareness: share(total.awareness),
    other: share(total.other),
  };
}
