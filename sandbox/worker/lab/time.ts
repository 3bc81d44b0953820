import {absoluteNow} from '../../shared/clock';
import {MAX_WAITS_PER_SPAN} from '../../contract/limits';
import {calibrate, capGaps, compute} from './compute';
import {flush, span} from './emitter';
import {state} from './state';
import {say} from '../../shared/messages';

/** A stretch counts as waiting (ready, not running) only past both of these. */
export const READY_MIN_MS = 10;
export const READY_MIN_RATIO = 1.3;

function checkMs(name: string, ms: unknown): number {
  const n = Number(ms);
  if (!Number.isFinite(n) || n < 0) {
    throw new RangeError(say('needsMilliseconds', {name, got: String(ms)}));
  }
  return n;
}

/** True when a span that needed `needed` ms but took `took` waited long enough to show. */
export function waitedVisibly(needed: number, took: number): boolean {
  return took - needed > READY_MIN_MS && took > needed * READY_MIN_RATIO;
}

/** Simulated blocking I/O: the worker is free meanwhile. */
export async function sleep(ms: number, label?: string): Promise<void> {
  const duration = checkMs('sleep', ms);
  const start = absoluteNow();
  // The global setTimeout is the counted one, so the run waits for this sleep to end.
  await new Promise<void>((resolve) => setTimeout(resolve, duration));
  const end = absoluteNow();
  // The I/O was over when the timer was due; after that the code was ready to go on but its
  // worker was busy (a timer cannot fire while the worker computes).
  const due = start + duration;
  const waits: Array<[number, number]> = waitedVisibly(duration, end - start) ? [[due, end]] : [];
  span('io', start, end, label, {work: duration, waits});
}

/** Iterations per ms of this device's idle core: from the runner, or measured here once. */
function workRate(): number {
  if (!(state.workRate > 0)) state.workRate = calibrate();
  return state.workRate;
}

/**
 * A fixed amount of real computation: as much as this device does in about `ms` on an idle
 * core. Sharing a core with other busy workers makes it take longer, and the stretches this
 * worker waited for its core are drawn on the span.
 */
export function work(ms: number, label?: string): WorkReport {
  const duration = checkMs('work', ms);
  void flush(); // show what was printed before the worker goes busy
  const rate = workRate();
  const offset = performance.timeOrigin;
  const done = compute(Math.round(duration * rate), rate);
  const start = offset + done.start;
  const end = offset + done.end;
  const waits = waitedVisibly(duration, end - start)
    ? capGaps(done.gaps, MAX_WAITS_PER_SPAN).map(([a, b]): [number, number] => [offset + a, offset + b])
    : [];
  span('cpu', start, end, label, {work: duration, waits});
  return {took: end - start, waited: Math.max(0, end - start - duration), pauses: done.gaps.length};
}

export interface WorkReport {
  took: number;
  waited: number;
  pauses: number;
}

/**
 * Draws a named span around the reader's own code: `fn` runs at once; if it returns a
 * promise, the span lasts until that settles. Returns what `fn` returns.
 */
export function labelSpan<T>(label: string, fn: () => T): T {
  if (typeof fn !== 'function') throw new TypeError(say('spanNeedsFunction'));
  const start = absoluteNow();
  const close = () => span('task', start, absoluteNow(), String(label));
  let result: T;
  try {
    result = fn();
  } catch (err) {
    close();
    throw err;
  }
  if (result && typeof (result as {then?: unknown}).then === 'function') {
    return Promise.resolve(result).finally(close) as T;
  }
  close();
  return result;
}

export function now(): number {
  return absoluteNow() - state.runStart;
}

export function lane(): string {
  return state.lane;
}
