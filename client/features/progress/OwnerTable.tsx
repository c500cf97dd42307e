import type { OwnerProgress } from '@shared/progress.ts';
import { STATUS_ROWS } from './format.ts';

/** Who carries which action steps, and how each person's steps are going. */
export function OwnerTable({ owners }: { owners: readonly OwnerProgress[] }) {
  return (
    <section className="progress-panel" aria-labelledby="progress-owners">
      <h3 id="progress-owners">Action steps by owner</h3>
      <div className="table-scroll table-scroll--flat">
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Owner</th>
              {STATUS_ROWS.map((row) => (
                <th scope="col" key={row.status}>
                  {row.label}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {owners.map((owner) => (
              <tr key={owner.key}>
                <th scope="row">{owner.key === '' ? <em>{owner.name}</em> : owner.name}</th>
                {STATUS_ROWS.map((row) => (
                  <td key={row.status}>{owner.counts[row.status]}</td>
                ))}
                <td>{owner.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
