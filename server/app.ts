/**
 * buildApp(config) assembles the Fastify app and its services. It never listens:
 * main.ts does, and tests may use inject() instead.
 */
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { MAX_FRAME_BYTES } from '../shared/limits.ts';
import type { Config } from './config.ts';
import { assessmentRoutes } from './http/assessment-routes.ts';
import { auditRoutes } from './http/audit-routes.ts';
import { authRoutes } from './http/auth-routes.ts';
import { collabRoute } from './http/collab-route.ts';
import { forbidden, installErrorHandling } from './http/errors.ts';
import { exportRoutes } from './http/export-routes.ts';
import { isAllowedOrigin } from './http/origin.ts';
import { inputRoutes } from './http/input-routes.ts';
import { inviteRoutes } from './http/invite-routes.ts';
import { peopleRoutes } from './http/people-routes.ts';
import { planRoutes } from './http/plan-routes.ts';
import { publicationRoutes } from './http/publication-routes.ts';
import { installSecurity } from './http/security.ts';
import { sharingRoutes } from './http/sharing-routes.ts';
import { workspaceRoutes } from './http/workspace-routes.ts';
import { workspaceTemplateRoutes } from './http/workspace-template-routes.ts';
import { staticRoutes } from './http/static-routes.ts';
import { versionRoutes } from './http/version-routes.ts';
import { createServices, type Services } from './services.ts';

const API_BODY_LIMIT_BYTES = 64 * 1024;
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export async function buildApp(config: Config, options: { templatesDir?: string } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: API_BODY_LIMIT_BYTES,
    // Close keep-alive sockets promptly on shutdown instead of waiting for them.
    forceCloseConnections: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  const services = createServices(config, app.log, options.templatesDir);
  app.decorate('services', services);
  app.addHook('onClose', async () => {
    await services.registry.shutdown();
    await services.checkpointer.stop();
    services.db.close();
  });

  // Cross-site writes are refused before any route runs.
  app.addHook('onRequest', async (request) => {
    if (STATE_CHANGING.has(request.method) && !isAllowedOrigin(request.headers, config.allowedOrigins)) {
      throw forbidden('Requests from other sites are not accepted.');
    }
  });

  await installSecurity(app);
  await app.register(fastifyCookie);
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_FRAME_BYTES } });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Planwright API', version: '1.0.0', description: 'Plans, templates and accounts. Sync runs over /collab/<planId> (y-websocket protocol).' },
    },
    transform: jsonSchemaTransform,
  });

  app.get('/api/health', { schema: { tags: ['health'] } }, async () => ({ ok: true as const }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await authRoutes(app, services);
  await planRoutes(app, services);
  await sharingRoutes(app, services);
  await inviteRoutes(app, services);
  await auditRoutes(app, services);
  await workspaceRoutes(app, services);
  await peopleRoutes(app, services);
  await assessmentRoutes(app, services);
  await workspaceTemplateRoutes(app, services);
  await versionRoutes(app, services);
  await inputRoutes(app, services);
  await publicationRoutes(app, services);
  await exportRoutes(app, services);
  await collabRoute(app, services);
  await staticRoutes(app, services);
  return app;
}
