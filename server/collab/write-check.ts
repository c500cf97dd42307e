/**
 * Decides whether an update stays inside a write rule. Most connections write freely
 * ('any') or not at all ('none') and cost nothing here; restricted ones (commenters,
 * editors near locked sections) have their update inspected without applying it.
 */
import type * as Y from 'yjs';
import { assertNever } from '../../shared/assert-never.ts';
import type { WriteRule } from './access.ts';
import { updateStaysWithin } from './update-inspector.ts';

/** Throws MalformedFrameError for an update that cannot be read. */
export function isUpdateAllowed(rule: WriteRule, doc: Y.Doc, update: Uint8Array): boolean {
  switch (rule.kind) {
    case 'any':
      return true;
    case 'none':
      return false;
    case 'only':
    case 'except':
      return updateStaysWithin(doc, update, rule);
    default:
      return assertNever(rule, 'write rule');
  }
}
