/** Self-assessment rounds and ratings. */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';

export async function assessmentRoutes(_app: FastifyInstance, _services: Services): Promise<void> {}
