/**
 * Serves the built client and answers unknown paths: JSON 404 under /api, the single-page
 * app's index.html for every other GET (so /plans/<id> opens in the browser).
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';

export async function staticRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const dir = services.config.clientDir;
  const hasClient = existsSync(dir);
  if (hasClient) {
    await app.register(fastifyStatic, { root: dir, wildcard: false, index: false });
  } else {
    app.log.warn({ dir }, 'no built client found; run `npm run build` to serve the web app');
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (request.method !== 'GET' || path.startsWith('/api/') || path.startsWith('/collab/') || !hasClient) {
      return reply.code(404).send({ error: { code: 'not_found', message: `No route for ${request.method} ${path}.` } });
    }
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });
}
