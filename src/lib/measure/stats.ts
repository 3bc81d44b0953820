/**
 * Small statistics for measurements: medians and spreads of repeated samples. Framework-free,
 * used by the measure page, the quadrant lab and the bench script.
 */

/** The p-quantile (0…1) of already sorted values, interpolating between neighbours. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  if (p <= 0) return sorted[0];
  if (p >= 1) return sorted[sorted.length - 1];
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function quantile(values: readonly number[], p: number): number {
  return quantileSorted(sortNumbers(values), p);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

function sortNumbers(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** Median and spread of a set of samples. */
export interface Summary {
  n: number;
  median: number;
  /** 25th and 75th percentiles: half the samples lie between them. */
  p25: number;
  p75: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const s = sortNumbers(values);
  const n = s.length;
  return {
    n,
    median: quantileSorted(s, 0.5),
    p25: quantileSorted(s, 0.25),
    p75: quantileSorted(s, 0.75),
    min: n ? s[0] : NaN,
    max: n ? s[n - 1] : NaN,
    mean: n ? s.reduce((a, b) => a + b, 0) / n : NaN,
  };
}

/** The interquartile range relative to the median: 0.1 means the middle half lies within ±5 %. */
export function relativeSpread(s: Summary): number {
  return s.median !== 0 ? (s.p75 - s.p25) / Math.abs(s.median) : NaN;
}

/** Subtracts a baseline (e.g. the harness's own cost) from every sample, never below zero. */
export function subtract(values: readonly number[], baseline: number): number[] {
  return values.map((v) => Math.max(0, v - baseline));
}
