/**
 * The people who can be named on a plan (an action step's owner): everyone with access to
 * it, each with their effective role. No e-mail addresses: anyone who can read the plan,
 * viewers included, may read this list.
 */
import { z } from 'zod';
import { WorkspaceRoleSchema } from './schemas.ts';

export const PlanPersonSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string(),
  /** The higher of the person's workspace role and the role the plan was shared with them. */
  role: WorkspaceRoleSchema,
});
export type PlanPerson = z.infer<typeof PlanPersonSchema>;

export const PlanPeopleSchema = z.object({ people: z.array(PlanPersonSchema) });
export type PlanPeople = z.infer<typeof PlanPeopleSchema>;

/**
 * Who wrote with a Yjs client id in a plan, as the server recorded it when that id first
 * wrote. Comments carry no names: the client finds a message's author by the client id of
 * its Yjs item (see comments.ts).
 */
export const PlanAuthorSchema = z.object({
  clientId: z.number().int().nonnegative(),
  userId: z.string().min(1).max(64),
  name: z.string(),
});
export type PlanAuthor = z.infer<typeof PlanAuthorSchema>;

export const PlanAuthorsSchema = z.object({ authors: z.array(PlanAuthorSchema) });
export type PlanAuthors = z.infer<typeof PlanAuthorsSchema>;
