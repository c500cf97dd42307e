/**
 * Typed fetch: every answer is parsed with a shared schema, every error becomes an ApiError
 * carrying the server's `{ error: { code, message } }`.
 */
import type { z } from 'zod';
import { ErrorBodySchema } from '@shared/schemas.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // State-changing requests always carry a JSON body: the server only accepts JSON there.
  const payload = method === 'GET' ? undefined : JSON.stringify(body ?? {});
  if (payload !== undefined) headers['content-type'] = 'application/json';
  try {
    return await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Planwright could not reach the server. Check your connection and try again.');
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorBodySchema.safeParse(json);
  if (parsed.success) return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
  return new ApiError(response.status, 'http_error', `The server answered ${response.status}. Please try again.`);
}

/** Sends a request and parses the JSON answer with `schema`. */
export async function requestJson<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.infer<S>> {
  const response = await send(method, path, body);
  if (!response.ok) throw await errorFrom(response);
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(response.status, 'bad_response', 'The server sent an answer Planwright could not read.');
  return parsed.data;
}

/** Sends a request whose answer has no body worth reading (204 and the like). */
export async function requestEmpty(method: Method, path: string, body?: unknown): Promise<void> {
  const response = await send(method, path, body);
  if (!response.ok) throw await errorFrom(response);
}

/** Words for a person from any error thrown by the API layer. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return friendlyMessage(error);
  return 'Something went wrong. Please try again.';
}

const FRIENDLY_BY_CODE: Record<string, string> = {
  invalid_credentials: 'That e-mail and password do not match an account.',
  email_taken: 'An account with that e-mail already exists. Try signing in instead.',
};

function friendlyMessage(error: ApiError): string {
  const known = FRIENDLY_BY_CODE[error.code];
  if (known) return known;
  // A rate limit's own message says how long to wait, so it is shown as the server wrote it.
  if (error.status === 429) return error.code === 'rate_limited' ? error.message : 'Too many attempts. Wait a minute and try again.';
  if (error.status >= 500) return 'The server had a problem. Please try again in a moment.';
  return error.message;
}
