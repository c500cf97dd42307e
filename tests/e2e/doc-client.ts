/**
 * A stock y-websocket Node client signed in as a browser page's person (with that page's own
 * session cookie): to seed a plan's document, or to read it as the server stores it.
 */
import type { BrowserContext } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { connectClient, waitSynced, type Client } from '../helpers/clients.ts';

/** Connects as the person signed in to `context`, synced, and destroyed when the test ends. */
export async function connectAs(context: BrowserContext, baseUrl: string, planId: string): Promise<Client> {
  const cookie = (await context.cookies(baseUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
  const client = connectClient(baseUrl, planId, cookie);
  onTestFinished(() => client.destroy());
  await waitSynced(client);
  return client;
}
