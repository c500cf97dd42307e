/**
 * GET /api/plans/:id/export?format=pdf|docx|md|html[&version=ID][&disposition=inline]: the
 * board-ready document of the plan as stored now, or of a named version. Anyone who may read the
 * plan may export it; every export is written to the workspace audit log.
 *
 * The main thread only decides who may read what; the plan is read, built and laid out in a
 * worker thread (export/worker-pool.ts), a few at a time (export/gate.ts), so a long plan's
 * export never holds up other plans' sync.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PlanParamsSchema } from '../../shared/schemas.ts';
import { STATUS_NAMES } from '../../shared/versions.ts';
import { resolvePlanAccess, type PlanAccess } from '../collab/access.ts';
import type { ExportFacts } from '../export/build.ts';
import { contentDisposition } from '../export/file-name.ts';
import { HTML_EXPORT_CSP } from '../export/html.ts';
import { ExportGate, ExportQueueFull } from '../export/gate.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../export/model.ts';
import { ExportWorkers, type RenderedFile } from '../export/worker-pool.ts';
import type { Services } from '../services.ts';
import type { PlanRow } from '../storage/plans.ts';
import type { VersionRow } from '../storage/versions.ts';
import { forbidden, HttpError, notFound } from './errors.ts';
import { requireUser } from './session.ts';

export const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: 'choose one of pdf, docx, md or html' }),
  version: z.string().min(1).max(64).optional(),
  /** `inline` shows the file in the browser (the HTML print preview) instead of downloading it. */
  disposition: z.enum(['attachment', 'inline']).default('attachment'),
});

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { pdf: 'PDF', docx: 'Word', md: 'Markdown', html: 'Web page' };

type Granted = Extract<PlanAccess, { kind: 'granted' }>;

/** Today on the server's calendar, YYYY-MM-DD (the local date, as a district office would write it). */
function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The status the cover states. A version the board adopted says so; any other version was a
 * working copy, so it never claims an adoption the plan has had since.
 */
function statusOf(plan: PlanRow, version: VersionRow | undefined): { status: string; adoptedOn: string | null } {
  const frozen = plan.status === 'adopted' || plan.status === 'archived';
  if (!version) return { status: STATUS_NAMES[plan.status], adoptedOn: frozen ? plan.adopted_on : null };
  const isAdopted = version.id === plan.adopted_version_id;
  if (isAdopted || version.kind === 'adopted') return { status: STATUS_NAMES.adopted, adoptedOn: isAdopted ? plan.adopted_on : null };
  return { status: STATUS_NAMES[frozen ? 'draft' : plan.status], adoptedOn: null };
}

function factsOf(services: Services, plan: PlanRow, version: VersionRow | undefined): ExportFacts {
  return {
    title: plan.title,
    district: services.accounts.workspaceName(plan.workspace_id) ?? '',
    ...statusOf(plan, version),
    exportedOn: today(),
    versionLabel: version ? version.label : 'Current plan',
    revision: plan.revision,
  };
}

export async function exportRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionDeps = { ...services, cookieSecure: services.config.cookieSecure };
  const gate = new ExportGate();
  const workers = new ExportWorkers();
  app.addHook('onClose', async () => workers.close());

  const reader = (userId: string, planId: string): Granted => {
    const access = resolvePlanAccess(services, userId, planId);
    if (access.kind === 'not-found') throw notFound('Plan');
    if (access.kind === 'forbidden') throw forbidden('This plan has not been shared with you.');
    return access;
  };

  const render = async (plan: PlanRow, version: VersionRow | undefined, format: ExportFormat): Promise<RenderedFile> => {
    try {
      const source = { dbFile: services.db.name, planId: plan.id, versionId: version?.id ?? null };
      return await gate.run(async () => workers.render({ format, source, facts: factsOf(services, plan, version) }));
    } catch (error) {
      if (error instanceof ExportQueueFull) throw new HttpError(429, 'too_many_exports', 'Many exports are being prepared right now. Please try again in a minute.');
      throw error;
    }
  };

  r.get(
    '/api/plans/:id/export',
    { schema: { tags: ['export'], params: PlanParamsSchema, querystring: ExportQuerySchema } },
    async (request, reply) => {
      const user = requireUser(sessionDeps, request);
      const { plan } = reader(user.id, request.params.id);
      const { format, version: versionId, disposition } = request.query;
      const version = versionId === undefined ? undefined : services.versions.find(plan.id, versionId);
      if (versionId !== undefined && !version) throw notFound('Version');
      const file = await render(plan, version, format);
      services.audit.record({
        workspaceId: plan.workspace_id,
        planId: plan.id,
        actorId: user.id,
        action: 'plan.exported',
        detail: `${FORMAT_NAMES[format]} of ${version ? `“${version.label}”` : 'the current plan'}`,
      });
      // The HTML export is a standalone page (also the print preview), not the app: its own
      // policy allows its inline stylesheet and nothing else.
      if (format === 'html') reply.header('content-security-policy', HTML_EXPORT_CSP);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(disposition, plan.title, file.extension, version?.label))
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
}
