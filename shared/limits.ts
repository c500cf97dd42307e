/**
 * Limits both sides agree on. Numbers carry their unit in the name.
 */

/** Largest websocket frame the sync endpoint accepts; larger frames close the socket with 1009. */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

/** Largest awareness update a client may send (cursor, selection and name fit in far less). */
export const MAX_AWARENESS_BYTES = 16 * 1024;

/** Bytes queued for one socket before the server drops it as a slow consumer. */
export const MAX_SEND_QUEUE_BYTES = 32 * 1024 * 1024;

/** Minimum password length at sign-up. */
export const MIN_PASSWORD_LENGTH = 12;

/** Longest plan, workspace or person name we store. */
export const MAX_NAME_LENGTH = 200;

/** How long a sign-in lasts without activity. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
