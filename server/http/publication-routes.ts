/** Public read-only links to adopted plans. */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';

export async function publicationRoutes(_app: FastifyInstance, _services: Services): Promise<void> {}
