/**
 * Cross-site request checks. A browser always sends Origin on websocket upgrades and on
 * state-changing fetches; when it is present it must be this app's own origin (or one
 * listed in ALLOWED_ORIGINS). Clients that send no Origin (not browsers) are not
 * cross-site by definition and rely on the session cookie alone.
 */
import type { IncomingHttpHeaders } from 'node:http';

export function isAllowedOrigin(headers: IncomingHttpHeaders, allowed: readonly string[]): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}
