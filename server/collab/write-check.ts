/**
 * Decides whether an update stays inside a write rule. Most connections write freely
 * ('any') or not at all ('none') and cost nothing here; restricted ones (commenters,
 * editors near locked sections) have their update inspected without applying it.
 */
import type * as Y from 'yjs';
import type { WriteRule } from './access.ts';

export function isUpdateAllowed(rule: WriteRule, _doc: Y.Doc, _update: Uint8Array): boolean {
  switch (rule.kind) {
    case 'any':
      return true;
    case 'none':
      return false;
    default:
      // Until updates can be inspected, restricted writers are refused whole.
      return false;
  }
}
