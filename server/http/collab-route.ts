/**
 * `/collab/<planId>`: the y-websocket endpoint. The upgrade is authenticated by the session
 * cookie and the Origin header; everything after that is the sync layer's business.
 * Listeners are attached synchronously, before anything can arrive, and frames that come
 * while the plan loads are buffered by the connection.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { CloseCodes, type CloseCode } from '../../shared/close-codes.ts';
import { PlanParamsSchema } from '../../shared/schemas.ts';
import { colorForUser } from '../auth/identity.ts';
import { resolvePlanAccess } from '../collab/access.ts';
import type { SocketLike } from '../collab/socket.ts';
import type { Services } from '../services.ts';
import { isAllowedOrigin } from './origin.ts';
import { userFromCookies } from './session.ts';

function adapt(socket: WebSocket): SocketLike {
  return {
    get bufferedAmount() {
      return socket.bufferedAmount;
    },
    send: (data) => socket.send(data, { binary: true }),
    close: (code, reason) => socket.close(code, reason),
  };
}

function refuse(socket: WebSocket, request: FastifyRequest, code: CloseCode): void {
  request.log.info({ url: request.url, closeCode: code.code }, `sync connection refused: ${code.reason}`);
  socket.close(code.code, code.reason);
}

export async function collabRoute(app: FastifyInstance, services: Services): Promise<void> {
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };

  app.get('/collab/:planId', { websocket: true, schema: { hide: true } }, (socket, request) => {
    const params = PlanParamsSchema.safeParse({ id: (request.params as { planId?: unknown }).planId });
    if (!params.success) return refuse(socket, request, CloseCodes.planNotFound);
    if (!isAllowedOrigin(request.headers, services.config.allowedOrigins)) return refuse(socket, request, CloseCodes.forbidden);
    const user = userFromCookies(sessionDeps, request.cookies);
    if (!user) return refuse(socket, request, CloseCodes.notSignedIn);
    const planId = params.data.id;
    const access = resolvePlanAccess(services, user.id, planId);
    if (access.kind === 'not-found') return refuse(socket, request, CloseCodes.planNotFound);
    if (access.kind === 'forbidden') return refuse(socket, request, CloseCodes.forbidden);

    const identity = { userId: user.id, name: user.name, color: colorForUser(user.id) };
    const logger = request.log.child({ planId, userId: user.id });
    const connection = services.registry.join(planId, adapt(socket), identity, { rule: access.rule }, logger);
    if (!connection) return;
    socket.on('message', (data, isBinary) => {
      if (!isBinary) {
        connection.close(CloseCodes.malformedMessage.code, CloseCodes.malformedMessage.reason);
        return;
      }
      connection.receive(toBytes(data));
    });
    socket.on('close', () => services.registry.leave(connection, planId));
    socket.on('error', (error) => logger.warn({ err: error }, 'sync socket error'));
  });
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
