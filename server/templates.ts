/**
 * Loads the template catalogue from data files at start. A file that is unreadable, too
 * large or fails the template schema is reported by name and reason and skipped; the
 * server starts with the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TemplateSchema, type Template } from '../shared/templates.ts';
import type { Logger } from './logger.ts';

const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** The templates shipped with Planwright. */
export const TEMPLATES_DIR = resolve(import.meta.dirname, '..', 'templates');

export interface TemplateProblem {
  file: string;
  reason: string;
}

export interface TemplateCatalog {
  templates: ReadonlyMap<string, Template>;
  problems: readonly TemplateProblem[];
}

export function loadTemplates(dir: string, logger: Logger): TemplateCatalog {
  const templates = new Map<string, Template>();
  const problems: TemplateProblem[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    logger.error({ dir, err: error }, 'cannot read the templates folder; starting with no templates');
    return { templates, problems: [{ file: dir, reason: 'folder unreadable' }] };
  }
  for (const file of files) {
    const problem = loadOne(join(dir, file), templates);
    if (problem) {
      problems.push({ file, reason: problem });
      logger.warn({ file, reason: problem }, 'skipped invalid template');
    }
  }
  logger.info({ count: templates.size, skipped: problems.length }, 'templates loaded');
  return { templates, problems };
}

function loadOne(path: string, into: Map<string, Template>): string | undefined {
  try {
    if (statSync(path).size > MAX_TEMPLATE_BYTES) return `larger than ${MAX_TEMPLATE_BYTES} bytes`;
    const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const parsed = TemplateSchema.safeParse(raw);
    if (!parsed.success) {
      return parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    }
    if (into.has(parsed.data.id)) return `duplicate template id "${parsed.data.id}"`;
    into.set(parsed.data.id, parsed.data);
    return undefined;
  } catch (error) {
    return error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `unreadable: ${String(error)}`;
  }
}
