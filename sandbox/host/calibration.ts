/**
 * How fast `work()`'s kernel runs on an idle core of this device, in iterations per ms:
 * measured once per runner (by its first worker, before any run) and handed to every worker
 * of every run, so `work(100)` is the same amount of computation in all of them.
 */
let rate: number | undefined;
let asked = false;
let observer: (rate: number) => void = () => {};

/** Tells `fn` the rate once it is measured (the runner frame shows it to benchmarks). */
export function onWorkRate(fn: (rate: number) => void): void {
  observer = fn;
  if (rate !== undefined) fn(rate);
}

/** The measured rate, once the first worker has reported it. */
export function workRate(): number | undefined {
  return rate;
}

/** True for the one worker that should measure (the first the runner starts). */
export function shouldCalibrate(): boolean {
  if (rate !== undefined || asked) return false;
  asked = true;
  return true;
}

export function reportWorkRate(measured: unknown): void {
  const n = Number(measured);
  if (Number.isFinite(n) && n > 0 && rate === undefined) {
    rate = n;
    observer(n);
  } else if (rate === undefined) asked = false; // that worker could not measure: ask the next
}
