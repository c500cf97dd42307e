/**
 * The one error shape: 4xx answers `{ error: { code, message } }` saying what was wrong;
 * 5xx answers a generic message and logs the cause with the request's context.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string): HttpError => new HttpError(404, 'not_found', `${what} was not found.`);
export const forbidden = (message = 'You do not have access to this.'): HttpError => new HttpError(403, 'forbidden', message);
export const notSignedIn = (): HttpError => new HttpError(401, 'not_signed_in', 'Sign in first.');

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation
        .map((issue) => {
          const field = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
          return field ? `${field} ${issue.message}` : issue.message;
        })
        .join('; ');
      return reply.code(400).send({ error: { code: 'invalid_request', message: `Invalid request: ${details}.` } });
    }
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send({ error: { code: error.code, message: error.message } });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request';
      return reply.code(status).send({ error: { code, message: error.message } });
    }
    request.log.error({ err: error, url: request.url, method: request.method }, 'request failed');
    return reply.code(500).send({ error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } });
  });
}
