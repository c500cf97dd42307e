import type { z } from 'zod';

function wording(issue: z.core.$ZodIssue): string {
  // Our shared schemas word their own messages in lower case ("must be at least 12
  // characters"); zod's defaults are capitalised and technical.
  if (/^[a-z]/.test(issue.message)) return issue.message;
  if (issue.code === 'too_big') return 'is too long';
  return 'is not valid';
}

/**
 * The first problem for each top-level field, worded for the person filling the form:
 * "<Label> is required." for empty fields, the schema's words otherwise.
 */
export function fieldErrors(
  error: z.ZodError,
  labels: Record<string, string>,
  values: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key !== 'string' || out[key] !== undefined) continue;
    const label = labels[key] ?? key;
    const empty = (values[key] ?? '').trim() === '';
    out[key] = `${label} ${empty ? 'is required' : wording(issue)}.`;
  }
  return out;
}
