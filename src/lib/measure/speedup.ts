/** Speed-up vs workers, against Amdahl's law. */
import {amdahl, karpFlatt, speedup} from './amdahl';
import {createBenchWorker, pause, type Stopper} from './client';
import {median, summarize, type Summary} from './stats';

export interface SpeedupPoint {
  workers: number;
  /** Wall time of each repetition, ms. */
  times: number[];
  time: Summary;
  /**
   * How much longer each worker's share of the parallel part took than the calibration says it
   * should (median over repetitions of the mean over workers): 1 when every worker had a core
   * to itself, about n ÷ cores when n workers shared the cores.
   */
  stretch: number;
  speedup: number;
  amdahl: number;
  karpFlatt: number;
}

export interface SpeedupResult {
  iterationsPerMs: number;
  points: SpeedupPoint[];
}

/**
 * One point per worker count from the wall times (ms) and stretches of its repetitions. The
 * speed-up is against the median time of 1 worker (or of the first count, without 1).
 */
export function speedupPoints(
  counts: number[],
  times: Map<number, number[]>,
  stretches: Map<number, number[]>,
  serialFraction: number,
): SpeedupPoint[] {
  const one = median(times.get(1) ?? times.get(counts[0])!);
  return counts.map((n) => {
    const t = times.get(n)!;
    const s = speedup(one, median(t));
    return {workers: n, times: t, time: summarize(t), stretch: median(stretches.get(n)!), speedup: s, amdahl: amdahl(serialFraction, n), karpFlatt: karpFlatt(s, n)};
  });
}

/**
 * A job of `totalMs` of CPU work (calibrated here), of which `serialFraction` runs on one
 * worker first and the rest is split evenly over n workers. Each n is timed `reps` times,
 * alternating the order of n between repetitions so slow drift does not favour one end.
 */
export async function measureSpeedup(opts: {
  counts: number[];
  totalMs: number;
  serialFraction: number;
  reps: number;
  stopper: Stopper;
  onProgress?: (done: number, total: number) => void;
}): Promise<SpeedupResult> {
  const {counts, totalMs, serialFraction, reps, stopper} = opts;
  const most = Math.max(...counts);
  const workers = Array.from({length: most}, (_, i) => stopper.track(createBenchWorker(`speedup-${i + 1}`)));
  try {
    await Promise.all(workers.map((w) => w.ready));
    const ipm = await workers[0].call((api) => api.calibrate());
    // Warm every worker's JIT up, one at a time (the calibration warmed the first).
    for (const w of workers.slice(1)) await w.call((api) => api.burn(Math.round(ipm * 40)));
    const serial = Math.round(ipm * totalMs * serialFraction);
    const parallel = Math.round(ipm * totalMs * (1 - serialFraction));
    const times = new Map<number, number[]>(counts.map((n) => [n, []]));
    const stretches = new Map<number, number[]>(counts.map((n) => [n, []]));
    let done = 0;
    for (let r = 0; r < reps; r++) {
      const order = r % 2 === 0 ? counts : [...counts].reverse();
      for (const n of order) {
        stopper.check();
        await pause(40); // let the page render the progress before the next timing
        const t0 = performance.now();
        if (serial > 0) await workers[0].call((api) => api.burn(serial));
        const share = Math.round(parallel / n);
        const took = await Promise.all(workers.slice(0, n).map((w) => w.call((api) => api.burn(share))));
        times.get(n)!.push(performance.now() - t0);
        if (share > 0) stretches.get(n)!.push(took.reduce((a, b) => a + b, 0) / n / (share / ipm));
        opts.onProgress?.(++done, reps * counts.length);
      }
    }
    return {iterationsPerMs: ipm, points: speedupPoints(counts, times, stretches, serialFraction)};
  } finally {
    for (const w of workers) stopper.release(w);
  }
}
