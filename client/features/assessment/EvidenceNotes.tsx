import type { ConditionResult } from '@shared/assessment.ts';
import type { Framework } from '@shared/frameworks/index.ts';
import { conditionName } from './format.ts';

/** The evidence people gave, per condition, without names; folded so the page stays short. */
export function EvidenceNotes({ results, framework }: { results: readonly ConditionResult[]; framework: Framework | undefined }) {
  const withNotes = results.filter((r) => r.notes.length > 0);
  if (withNotes.length === 0) return null;
  return (
    <div className="evidence-notes">
      <h4>Evidence notes</h4>
      {withNotes.map((r) => (
        <details key={r.conditionId} className="evidence-notes__condition">
          <summary>
            {conditionName(framework, r.conditionId)} ({r.notes.length} {r.notes.length === 1 ? 'note' : 'notes'})
          </summary>
          <ul>
            {r.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
