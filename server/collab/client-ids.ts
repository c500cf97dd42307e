/**
 * Reads which Yjs client ids an update writes structs for. Nearly every update carries one
 * client (its writer's), and its id is the third number in the update, so the common case
 * reads three varints; only multi-client updates (an offline merge) are parsed in full.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MalformedFrameError } from './codec.ts';

export function clientIdsOf(update: Uint8Array): number[] {
  try {
    const decoder = decoding.createDecoder(update);
    const clients = decoding.readVarUint(decoder);
    if (clients === 0) return [];
    if (clients === 1) {
      decoding.readVarUint(decoder); // number of structs
      return [decoding.readVarUint(decoder)];
    }
    return [...Y.parseUpdateMeta(update).from.keys()];
  } catch (error) {
    throw new MalformedFrameError(`unreadable update: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The client ids whose items an update deletes (or overwrites: setting a map key deletes the
 * item that held the old value). Parses the whole update; used only for restricted writers.
 */
export function deletedClientIdsOf(update: Uint8Array): number[] {
  try {
    return [...Y.decodeUpdate(update).ds.clients.keys()];
  } catch (error) {
    throw new MalformedFrameError(`unreadable update: ${error instanceof Error ? error.message : String(error)}`);
  }
}
