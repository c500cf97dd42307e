import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { MeasureProgress } from '@shared/progress.ts';
import { formatDay, formatValue } from './format.ts';

/**
 * A measure's results over time against its baseline and target. The chart repeats the
 * results table and the facts above it, so assistive technology skips it; the lines carry
 * their names in words and differ in dash pattern, not only in colour.
 */
export function MeasureChart({ measure }: { measure: MeasureProgress }) {
  const { baseline, target, unit } = measure;
  // A time axis, so readings months apart sit further apart than readings weeks apart.
  const data = measure.actuals
    .map((a) => ({ time: Date.parse(`${a.date}T00:00:00Z`), value: a.value }))
    .filter((d) => Number.isFinite(d.time));
  return (
    <div className="progress-chart progress-chart--measure" aria-hidden="true">
      <LineChart data={data} responsive style={{ width: '100%', height: 220 }} accessibilityLayer={false} margin={{ top: 12, right: 104, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} className="progress-chart__grid" />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={data.map((d) => d.time)}
          tickFormatter={(time: number) => formatDay(new Date(time).toISOString().slice(0, 10))}
          tickLine={false}
          padding={{ left: 32, right: 32 }}
        />
        <YAxis width={48} tickFormatter={(value: number) => formatValue(value, unit === '%' ? '%' : '')} />
        {baseline !== null ? (
          <ReferenceLine
            y={baseline}
            ifOverflow="extendDomain"
            className="progress-ref progress-ref--baseline"
            strokeDasharray="6 4"
            label={{ value: `Baseline ${formatValue(baseline, unit)}`, position: 'right', className: 'progress-ref__label' }}
          />
        ) : null}
        {target !== null ? (
          <ReferenceLine
            y={target}
            ifOverflow="extendDomain"
            className="progress-ref progress-ref--target"
            strokeWidth={2}
            label={{ value: `Target ${formatValue(target, unit)}`, position: 'right', className: 'progress-ref__label' }}
          />
        ) : null}
        {/* Animation off: the line redraws live as results arrive; motion there distracts. */}
        <Line dataKey="value" type="linear" className="progress-line" strokeWidth={2} isAnimationActive={false} dot={{ r: 4 }} />
      </LineChart>
    </div>
  );
}
