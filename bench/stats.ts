/** Percentiles by nearest rank: every reported figure is a latency some client really saw. */

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  let total = 0;
  for (const value of sorted) total += value;
  return { n: sorted.length, p50: rank(0.5), p99: rank(0.99), max: sorted[sorted.length - 1] ?? NaN, mean: total / sorted.length };
}

export function median(values: readonly number[]): number {
  return summarize(values)?.p50 ?? NaN;
}
