/** Who can be named as an action step's owner. */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';

export async function peopleRoutes(_app: FastifyInstance, _services: Services): Promise<void> {}
