/** Stakeholder input rounds. */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';

export async function inputRoutes(_app: FastifyInstance, _services: Services): Promise<void> {}
