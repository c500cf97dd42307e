/** Per-file fixtures: one server (and its first person) for all the tests of a file. */
import { afterAll, beforeAll } from 'vitest';
import { signUp, type Person } from './clients.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * Starts a server and signs up its owner before the file's tests, hands both to `ready`,
 * and stops the server after them.
 */
export function useServerWithOwner(ready: (server: RunningServer, owner: Person) => void, ownerName = 'Owner'): void {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    ready(server, await signUp(server.url, ownerName));
  });
  afterAll(async () => {
    await server?.stop();
    server?.cleanup();
  });
}
