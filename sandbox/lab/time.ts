import {absoluteNow} from '../clock';
import {flush, span} from './emitter';
import {state} from './state';

function checkMs(name: string, ms: unknown): number {
  const n = Number(ms);
  if (!Number.isFinite(n) || n < 0) {
    throw new RangeError(`${name}(ms) needs a number of milliseconds ≥ 0, got ${String(ms)}`);
  }
  return n;
}

/** Simulated blocking I/O: the worker is free meanwhile. */
export async function sleep(ms: number, label?: string): Promise<void> {
  const duration = checkMs('sleep', ms);
  const start = absoluteNow();
  // The global setTimeout is the counted one, so the run waits for this sleep to end.
  await new Promise<void>((resolve) => setTimeout(resolve, duration));
  span('io', start, absoluteNow(), label);
}

/** Real CPU work: spins on the clock, so this worker can do nothing else meanwhile. */
export function work(ms: number, label?: string): void {
  const duration = checkMs('work', ms);
  void flush(); // show what was printed before the worker goes busy
  const start = absoluteNow();
  const until = performance.now() + duration;
  while (performance.now() < until) {
    // spin: this is the CPU work
  }
  span('cpu', start, absoluteNow(), label);
}

export function now(): number {
  return absoluteNow() - state.runStart;
}

export function lane(): string {
  return state.lane;
}
