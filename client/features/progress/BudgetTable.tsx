import type { FundingTotal } from '@shared/progress.ts';
import { formatMoney } from './format.ts';

/** Budgeted action steps per funding source, with the plan's total. */
export function BudgetTable({ sources, total }: { sources: readonly FundingTotal[]; total: number }) {
  return (
    <section className="progress-panel" aria-labelledby="progress-budget">
      <h3 id="progress-budget">Budget by funding source</h3>
      {sources.length === 0 ? (
        <p className="empty">No action step has a budget yet. Add budgets and funding sources under Goals and actions.</p>
      ) : (
        <div className="table-scroll table-scroll--flat">
          <table className="progress-table">
            <thead>
              <tr>
                <th scope="col">Funding source</th>
                <th scope="col">Action steps</th>
                <th scope="col" className="progress-table__number">
                  Budget
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.source}>
                  <th scope="row">{source.source}</th>
                  <td>{source.actions}</td>
                  <td className="progress-table__number">{formatMoney(source.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td>{sources.reduce((sum, s) => sum + s.actions, 0)}</td>
                <td className="progress-table__number">{formatMoney(total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
