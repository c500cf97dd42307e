/**
 * Public read-only links to adopted plans (Leader Standard 2e: share lessons with other
 * districts). A link names one adopted version of one plan; anyone who has it may read that
 * version, stripped of comments, SWOT notes and every member's name, and start a plan of
 * their own from it.
 */
import { z } from 'zod';
import { MAX_NAME_LENGTH } from './limits.ts';

/**
 * A public link's token: 32 random bytes, base64url (43 characters). Only the shape is
 * checked here; whether a token is live is the server's business, and an unknown token
 * answers exactly like a withdrawn one.
 */
export const PublicTokenSchema = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a public link token');

/**
 * A public link's address. Any string reads as a token here: a mistyped or cut-off link
 * answers exactly like a withdrawn one (404), not with a complaint about its shape.
 */
export const PublicLinkParamsSchema = z.object({ token: z.string().min(1).max(256) });

/** The current public link of a plan, as its managers see it. */
export const PublicationSchema = z.object({
  token: PublicTokenSchema,
  /** The address to hand out: the plan's public page. */
  url: z.string(),
  publishedAt: z.string(),
  /** The board's adoption date (YYYY-MM-DD) of the version the link shows. */
  adoptedOn: z.string().nullable(),
  /** The plan's revision the link shows (1 for the first adopted plan). */
  revision: z.number().int().positive(),
  /** False once the board adopted a later revision: the link still shows the earlier one. */
  showsLatestAdoption: z.boolean(),
});
export type Publication = z.infer<typeof PublicationSchema>;

/** What a plan's managers get from GET …/publication: the live link, or null when there is none. */
export const CurrentPublicationSchema = PublicationSchema.nullable();

/** The facts above a published plan; nothing in them names a person. */
export const PublicPlanFactsSchema = z.object({
  title: z.string(),
  /** The district (workspace) that adopted the plan. */
  district: z.string(),
  adoptedOn: z.string().nullable(),
  revision: z.number().int().positive(),
  publishedAt: z.string(),
});
export type PublicPlanFacts = z.infer<typeof PublicPlanFactsSchema>;

/** Starting a plan in one's own workspace from a plan another district published. */
export const FromPublishedBodySchema = z.strictObject({
  token: PublicTokenSchema,
  title: z.string().trim().min(1, 'is required').max(MAX_NAME_LENGTH),
});
export type FromPublishedBody = z.infer<typeof FromPublishedBodySchema>;

/** The media type of a published plan's document: one Yjs update (state as update v1). */
export const PUBLISHED_STATE_TYPE = 'application/octet-stream';
