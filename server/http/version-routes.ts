/** Named versions, comparison, restore and the adoption workflow. */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';

export async function versionRoutes(_app: FastifyInstance, _services: Services): Promise<void> {}
