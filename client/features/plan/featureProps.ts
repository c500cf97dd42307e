import type * as Y from 'yjs';
import type { Me, PlanMeta } from '@shared/schemas.ts';
import type { PlanConnection } from '../../sync/planConnection.ts';

/** What every view of an open plan receives from the plan page. */
export interface PlanFeatureProps {
  /** The plan's live document; the source of truth for its content. */
  doc: Y.Doc;
  connection: PlanConnection;
  me: Me;
  /** Plan facts from the API (role, capabilities, locks); null while loading. */
  meta: PlanMeta | null;
  /** Whether this person may change the plan's content right now. */
  canEdit: boolean;
}
