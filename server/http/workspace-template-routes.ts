/** Templates a workspace saves from its own plans. */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';

export async function workspaceTemplateRoutes(_app: FastifyInstance, _services: Services): Promise<void> {}
