/** Named versions, comparison, restore and the adoption workflow. */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { statusRoutes } from './status-routes.ts';

export async function versionRoutes(app: FastifyInstance, services: Services): Promise<void> {
  await statusRoutes(app, services);
}
