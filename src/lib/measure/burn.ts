/**
 * Real CPU work: a fixed number of loop iterations (the same loop as the quadrant lab's engine),
 * so a busy or shared core really takes longer. Framework-free.
 */
import type {Clock} from './loops';

/** The last result, kept so the loop cannot be optimised away. */
export let burnSink = 0;

export function burn(iterations: number, seed = 0): number {
  let x = seed | 0;
  for (let i = 0; i < iterations; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
  return x;
}

/** Loop iterations per ms on this thread: warm up, then the fastest of seven ~15 ms batches. */
export function calibrateBurn(clock: Clock, batchMs = 15): number {
  let seed = 0;
  const warmUntil = clock() + 50;
  while (clock() < warmUntil) seed = burn(10_000, seed);
  let batch = 10_000;
  for (;;) {
    const t0 = clock();
    seed = burn(batch, seed);
    if (clock() - t0 >= batchMs) break;
    batch *= 2;
  }
  const rates: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = clock();
    seed = burn(batch, seed);
    rates.push(batch / (clock() - t0));
  }
  rates.sort((a, b) => a - b);
  burnSink = seed;
  return rates[6];
}
