/**
 * Websocket close codes the sync endpoint uses, with the words a person should read.
 * The server closes with `code` and `reason`; the client maps the code back to `message`.
 * Codes 4000–4999 are ours; the standard ones keep their protocol meaning. Codes 4400–4499
 * mean "reconnecting cannot help" — the stock y-websocket client stops retrying on them — so
 * every code a client should retry after lies outside that range.
 */
export const CloseCodes = {
  goingAway: {
    code: 1001,
    reason: 'server shutting down',
    message: 'The server is restarting. Your changes are kept and will sync when it is back.',
    retry: true,
  },
  frameTooLarge: {
    code: 1009,
    reason: 'frame too large',
    message: 'A change was too large for the server to accept.',
    retry: true,
  },
  malformedMessage: {
    code: 4100,
    reason: 'malformed message',
    message: 'The connection sent data the server could not read. Reconnecting.',
    retry: true,
  },
  notSignedIn: {
    code: 4401,
    reason: 'not signed in',
    message: 'You are signed out. Sign in again to keep editing.',
    retry: false,
  },
  forbidden: {
    code: 4403,
    reason: 'not allowed',
    message: 'You do not have access to this plan.',
    retry: false,
  },
  planNotFound: {
    code: 4404,
    reason: 'plan not found',
    message: 'This plan does not exist or was deleted.',
    retry: false,
  },
  awarenessTooLarge: {
    code: 4113,
    reason: 'awareness too large',
    message: 'Your presence information was too large to share.',
    retry: true,
  },
  slowConsumer: {
    code: 4129,
    reason: 'too far behind',
    message: 'The connection fell too far behind. Reconnecting.',
    retry: true,
  },
  storageFailed: {
    code: 4500,
    reason: 'storage unavailable',
    message: 'The server could not save changes right now. Your edits are kept on this device.',
    retry: true,
  },
} as const;

export type CloseCodeName = keyof typeof CloseCodes;
export type CloseCode = (typeof CloseCodes)[CloseCodeName];

/** The entry for a numeric close code, or undefined for codes we do not define. */
export function describeCloseCode(code: number): CloseCode | undefined {
  return Object.values(CloseCodes).find((entry) => entry.code === code);
}
