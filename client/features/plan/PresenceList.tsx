import type { PresenceEntry } from '../../sync/presence.ts';
import { readableTextColor } from '../../editor/caret.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/u);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

function describe(entry: PresenceEntry, selfUserId: string): string {
  if (entry.isSelf) return `${entry.name} (you)`;
  if (entry.userId === selfUserId) return `${entry.name} (you, in another window)`;
  return entry.name;
}

/** Everyone with the plan open right now, one entry per open window. */
export function PresenceList({ entries, selfUserId }: { entries: readonly PresenceEntry[]; selfUserId: string }) {
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="presence__heading">
        Here now
      </h2>
      <ul className="presence__list">
        {entries.map((entry) => (
          <li key={entry.clientId} className="presence__person" data-client-id={entry.clientId}>
            <span className="presence__avatar" style={{ backgroundColor: entry.color, color: readableTextColor(entry.color) }} aria-hidden="true">
              {initials(entry.name)}
            </span>
            <span className="presence__name">{describe(entry, selfUserId)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
