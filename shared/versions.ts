/**
 * The review cycle (Leader Standard 2c–2e): a plan's status moves, named versions, and the
 * HTTP bodies that carry them.
 */
import { z } from 'zod';
import { PlanStatusSchema, type PlanStatus } from './schemas.ts';

const id = z.string().min(1).max(64);

/** Words for each status, as the product says them. */
export const STATUS_NAMES: Readonly<Record<PlanStatus, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  adopted: 'Adopted',
  archived: 'Archived',
};

/**
 * The moves a plan's status may make by `POST /status`. An adopted or archived plan leaves
 * that state only through a new revision (`POST /revisions`), which starts a fresh draft.
 */
const MOVES: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  draft: ['in_review'],
  in_review: ['draft', 'adopted'],
  adopted: ['archived'],
  archived: [],
};

/** The statuses a plan in `status` may move to directly. */
export function allowedMoves(status: PlanStatus): readonly PlanStatus[] {
  return MOVES[status];
}

/** Whether a new revision may be started: only from an adopted or archived plan. */
export function canStartRevision(status: PlanStatus): boolean {
  return status === 'adopted' || status === 'archived';
}

/** The label of the version frozen when the board adopts a plan. */
export function adoptedVersionLabel(adoptedOn: string): string {
  return `Adopted by the board — ${adoptedOn}`;
}

/** A board adoption date is required to adopt, and means nothing for any other move. */
export const StatusChangeBodySchema = z
  .strictObject({
    status: PlanStatusSchema,
    adoptedOn: z.iso.date('use a real date written YYYY-MM-DD').optional(),
  })
  .refine((body) => (body.status === 'adopted') === (body.adoptedOn !== undefined), {
    path: ['adoptedOn'],
    message: 'is required to adopt a plan (the board’s adoption date), and only then',
  });
export type StatusChangeBody = z.infer<typeof StatusChangeBodySchema>;

/** Why a version exists: someone named it, the board adopted it, or a restore set it aside. */
export const VersionKindSchema = z.enum(['named', 'adopted', 'before-restore']);
export type VersionKind = z.infer<typeof VersionKindSchema>;

export const MAX_VERSION_LABEL_LENGTH = 120;

export const VersionSchema = z.object({
  id,
  label: z.string(),
  kind: VersionKindSchema,
  /** The name of the person who froze it. */
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Version = z.infer<typeof VersionSchema>;

export const VersionListSchema = z.object({ versions: z.array(VersionSchema) });
export const CreateVersionBodySchema = z.strictObject({ label: z.string().trim().min(1, 'is required').max(MAX_VERSION_LABEL_LENGTH) });
export const VersionParamsSchema = z.object({ id, vid: id });

/** Either side of a comparison: a version's id, or `current` for the plan as stored now. */
export const CURRENT = 'current';
export const CompareQuerySchema = z.object({ from: id, to: id });

/** Restoring sets the plan's state aside first, so the restore itself can be undone. */
export const RestoreResultSchema = z.object({ restored: VersionSchema, beforeRestore: VersionSchema });
export type RestoreResult = z.infer<typeof RestoreResultSchema>;
