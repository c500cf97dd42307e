import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { StatusCounts } from '@shared/progress.ts';
import { STATUS_ROWS } from './format.ts';

/**
 * Action steps per status: a bar chart for the eye and the same numbers as a table for
 * everyone else. The chart is a picture of the table, so assistive technology skips it.
 */
export function StatusChart({ counts, total }: { counts: StatusCounts; total: number }) {
  const data = STATUS_ROWS.map(({ status, label }) => ({ status, label, count: counts[status] }));
  return (
    <section className="progress-panel" aria-labelledby="progress-status">
      <h3 id="progress-status">Action steps by status</h3>
      <figure className="progress-figure" aria-labelledby="progress-status-caption">
        <figcaption id="progress-status-caption" className="progress-figure__caption">
          Each bar counts the action steps in one status; the table gives the same numbers.
        </figcaption>
        <div className="progress-chart" aria-hidden="true">
          {/* Animation off: the chart changes live as colleagues work, and motion there
              distracts (and must stop for people who ask for reduced motion anyway). */}
          <BarChart data={data} responsive style={{ width: '100%', height: 240 }} accessibilityLayer={false} margin={{ top: 24, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} className="progress-chart__grid" />
            <XAxis dataKey="label" tickLine={false} interval={0} />
            <YAxis allowDecimals={false} width={32} />
            <Bar
              dataKey="count"
              isAnimationActive={false}
              shape={(bar: BarShapeProps) => (
                <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} className={`progress-bar progress-bar--${data[bar.index]?.status ?? 'not-started'}`} />
              )}
            >
              <LabelList dataKey="count" position="top" className="progress-chart__value" />
            </Bar>
          </BarChart>
        </div>
        <table className="progress-table">
          <caption className="visually-hidden">Action steps by status</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Action steps</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.status}>
                <th scope="row">
                  <span className={`status-key status-key--${row.status}`} aria-hidden="true" /> {row.label}
                </th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{total}</td>
            </tr>
          </tfoot>
        </table>
      </figure>
    </section>
  );
}
