/**
 * Amdahl's law: with a serial fraction f of the work, n workers can speed a job up by at most
 * 1 / (f + (1 − f) / n). Framework-free.
 */

export function amdahl(serialFraction: number, workers: number): number {
  const f = Math.min(1, Math.max(0, serialFraction));
  if (!(workers >= 1)) return NaN;
  return 1 / (f + (1 - f) / workers);
}

/** The curve at each worker count. */
export function amdahlCurve(serialFraction: number, workers: readonly number[]): {workers: number; speedup: number}[] {
  return workers.map((n) => ({workers: n, speedup: amdahl(serialFraction, n)}));
}

/** The ceiling as workers grow without bound: 1 / f. */
export function amdahlLimit(serialFraction: number): number {
  return serialFraction > 0 ? 1 / serialFraction : Infinity;
}

/** Measured speed-up: the time on one worker divided by the time on n. */
export function speedup(timeOnOne: number, timeOnN: number): number {
  return timeOnN > 0 ? timeOnOne / timeOnN : NaN;
}

/**
 * The Karp–Flatt metric: the serial fraction a measured speed-up implies,
 * e = (1/S − 1/n) / (1 − 1/n). It grows past the real serial fraction when workers add
 * overhead or share cores. Undefined for n = 1.
 */
export function karpFlatt(measuredSpeedup: number, workers: number): number {
  if (!(workers > 1) || !(measuredSpeedup > 0)) return NaN;
  return (1 / measuredSpeedup - 1 / workers) / (1 - 1 / workers);
}
