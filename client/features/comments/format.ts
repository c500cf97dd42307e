/** Words and names for comments. */
import type { Authors } from './useAuthors.ts';

/** Whose client id a message or a status came from, as the page names them. */
export interface Naming {
  authors: Authors;
  /** This window's own Yjs client id and person: known here before the server answers. */
  self: { clientId: number; userId: string; name: string };
}

/** The person behind a client id, or undefined when the server does not know it. */
export function personOf(naming: Naming, clientId: number | null): { userId: string; name: string } | undefined {
  if (clientId === null) return undefined;
  if (clientId === naming.self.clientId) return naming.self;
  return naming.authors.get(clientId);
}

/** "Dana Ortiz", "You", or "Someone" for a client id nobody claimed. */
export function nameOf(naming: Naming, clientId: number | null): string {
  const person = personOf(naming, clientId);
  if (!person) return 'Someone';
  return person.userId === naming.self.userId ? 'You' : person.name;
}

const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A message's time, for people. */
export function formatTime(ms: number): string {
  return TIME.format(new Date(ms));
}

/** "1 open comment", "3 open comments". */
export function openCommentsText(count: number): string {
  return `${count} open comment${count === 1 ? '' : 's'}`;
}
