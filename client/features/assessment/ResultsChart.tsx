import { Bar, BarChart, CartesianGrid, ErrorBar, XAxis, YAxis } from 'recharts';
import { levelName, type ConditionResult } from '@shared/assessment.ts';
import type { Framework } from '@shared/frameworks/index.ts';
import { conditionName } from './format.ts';

// Literal colours: SVG presentation attributes do not resolve CSS variables. These are
// --primary and --ink from base.css; both stand out from white by far more than 3:1.
const BAR_COLOUR = '#0d5c63';
const RANGE_COLOUR = '#1f2933';
const TICK_COLOUR = '#4f5b67';
const ROW_HEIGHT_PX = 34;
const AXIS_HEIGHT_PX = 56;

interface ResultsChartProps {
  results: readonly ConditionResult[];
  framework: Framework | undefined;
  roundName: string;
}

/**
 * Mean rating per condition as bars, with a line from the lowest to the highest rating so the
 * spread shows beside the average. Screen readers get the table that follows instead: the
 * chart is one labelled image to them.
 */
export function ResultsChart({ results, framework, roundName }: ResultsChartProps) {
  const data = results
    .filter((r) => r.mean !== null && r.min !== null && r.max !== null)
    .map((r) => {
      const mean = r.mean ?? 0;
      return { name: conditionName(framework, r.conditionId), mean, range: [mean - (r.min ?? mean), (r.max ?? mean) - mean] };
    });
  if (data.length === 0) return null;
  return (
    <figure className="results-chart">
      <div role="img" aria-label={`Chart of the mean rating and the range of ratings per condition in ${roundName}. The table below gives the same numbers.`}>
        <BarChart
          layout="vertical"
          data={data}
          accessibilityLayer={false}
          responsive
          style={{ width: '100%', height: data.length * ROW_HEIGHT_PX + AXIS_HEIGHT_PX }}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid horizontal={false} stroke="#e2dfd7" />
          <XAxis
            type="number"
            domain={[0, 4]}
            ticks={[1, 2, 3, 4]}
            tickFormatter={(value: number) => `${value} ${levelName(value)}`}
            tick={{ fill: TICK_COLOUR, fontSize: 13 }}
            stroke={TICK_COLOUR}
          />
          <YAxis type="category" dataKey="name" width={230} tick={{ fill: TICK_COLOUR, fontSize: 13 }} stroke={TICK_COLOUR} interval={0} />
          <Bar dataKey="mean" fill={BAR_COLOUR} barSize={16} isAnimationActive={false}>
            <ErrorBar dataKey="range" width={8} stroke={RANGE_COLOUR} strokeWidth={2} direction="x" isAnimationActive={false} />
          </Bar>
        </BarChart>
      </div>
      <figcaption>Bars: the team’s mean rating. Lines: from the lowest to the highest rating anyone gave.</figcaption>
    </figure>
  );
}
