/**
 * The fixed computation behind `work(ms)`. A run's work is counted in iterations of one
 * small integer kernel, not in elapsed time: a worker that has to share its core with
 * another takes longer for the same work, which is what the timeline must show. The rate
 * (iterations per millisecond on an idle core) is measured once per runner.
 */

/**
 * One unit of work: sorting 4,096 fixed pseudo-random integers, about 20 µs here. The sort is
 * the engine's native code, so it runs at full speed in a fresh worker at once; a loop of
 * JavaScript would run several times slower until the JIT has optimised it, which in a fresh
 * worker on a busy machine took hundreds of milliseconds.
 */
const SIZE = 4_096;
const template = new Int32Array(SIZE);
for (let i = 0, x = 0x2545f491; i < SIZE; i++) {
  x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + i) | 0;
  template[i] = x;
}
const scratch = new Int32Array(SIZE);
// Taken now, before reader code runs: a program that replaces them cannot make work() free.
const set = Int32Array.prototype.set;
const sort = Int32Array.prototype.sort;
const clock = performance.now.bind(performance);

/** Units between two looks at the clock while working. */
const CHUNK = 1;

/** A gap this much longer than a chunk needs means the worker was off its core meanwhile. */
const MIN_GAP_MS = 0.5;

let sink = 0;

function kernel(units: number, seed: number): number {
  for (let i = 0; i < units; i++) {
    set.call(scratch, template);
    sort.call(scratch);
  }
  return (seed + scratch[seed & (SIZE - 1)]) | 0;
}

/**
 * Units per ms on an idle core: the best of several short samples, each timed on the core
 * only (a unit that took far longer than the fastest was interrupted: it counts as the
 * fastest), so neither a busy moment nor the OS taking the core away biases it much.
 */
export function calibrate(samples = 9, sampleMs = 2): number {
  // Warm up first: caches, and the engine's first calls into the sort are slower.
  const warmUntil = clock() + 6;
  while (clock() < warmUntil) sink ^= kernel(CHUNK, sink);
  let best = 0;
  for (let s = 0; s < samples; s++) {
    let units = 0;
    let onCore = 0;
    let fastest = Infinity;
    // One look at the clock per unit, exactly as compute() does: the clock itself costs time
    // (a slow clock source on some machines), and work(ms) must include that cost too.
    let last = clock();
    const giveUp = last + sampleMs * 15;
    while (onCore < sampleMs && last < giveUp) {
      sink ^= kernel(CHUNK, sink);
      const t = clock();
      const dt = t - last;
      last = t;
      units += CHUNK;
      fastest = Math.min(fastest, dt);
      onCore += dt > fastest + MIN_GAP_MS ? fastest : dt;
    }
    if (onCore > 0) best = Math.max(best, units / onCore);
  }
  return best;
}

export interface WorkDone {
  /** When the computation started and ended (clock()). */
  start: number;
  end: number;
  /** Stretches during which the worker made no progress: it was waiting for a core. */
  gaps: Array<[number, number]>;
  /** Units of work done: all that were asked for, whatever the clock said meanwhile. */
  units: number;
}

/** Does `iterations` units of work, noting every stretch the worker spent off its core. */
export function compute(iterations: number, rate: number, now: () => number = clock): WorkDone {
  const chunkMs = CHUNK / rate;
  const gaps: Array<[number, number]> = [];
  const start = now();
  let last = start;
  let units = 0;
  for (let left = iterations; left > 0; left -= CHUNK) {
    const n = Math.min(CHUNK, left);
    sink ^= kernel(n, sink);
    units += n;
    const t = now();
    if (t - last > chunkMs + MIN_GAP_MS) {
      const from = last + chunkMs;
      const previous = gaps[gaps.length - 1];
      // Two gaps closer than a chunk apart are one wait for the core.
      if (previous && from - previous[1] < chunkMs * 2) previous[1] = t;
      else gaps.push([from, t]);
    }
    last = t;
  }
  return {start, end: last, gaps, units};
}

/** Keeps at most `max` gaps by merging the two closest neighbours until they fit. */
export function capGaps(gaps: Array<[number, number]>, max: number): Array<[number, number]> {
  const out = gaps.map(([a, b]) => [a, b] as [number, number]);
  while (out.length > max) {
    let best = 0;
    for (let i = 1; i < out.length - 1; i++) {
      if (out[i + 1][0] - out[i][1] < out[best + 1][0] - out[best][1]) best = i;
    }
    out.splice(best, 2, [out[best][0], out[best + 1][1]]);
  }
  return out;
}
