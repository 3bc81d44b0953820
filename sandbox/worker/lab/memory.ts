import {absoluteNow} from '../../shared/clock';
import {span} from './emitter';
import {say} from '../../shared/messages';

/** Waits shorter than this are not drawn: they would be invisible and flood the timeline. */
const MIN_DRAWN_WAIT_MS = 0.1;

export const canShareMemory: boolean =
  typeof SharedArrayBuffer !== 'undefined' && (globalThis as {crossOriginIsolated?: boolean}).crossOriginIsolated === true;

export function sharedInts(length: number): Int32Array {
  if (!canShareMemory) {
    throw new Error(say('noSharedMemory'));
  }
  const n = Number(length);
  if (!Number.isInteger(n) || n < 0 || n > 1 << 24) {
    throw new RangeError(say('sharedIntsLength', {max: 1 << 24, got: String(length)}));
  }
  return new Int32Array(new SharedArrayBuffer(n * Int32Array.BYTES_PER_ELEMENT));
}

export function mutex(): Int32Array {
  return sharedInts(1);
}

function checkMutex(m: unknown): asserts m is Int32Array {
  if (!(m instanceof Int32Array) || !(m.buffer instanceof SharedArrayBuffer)) {
    throw new TypeError(say('needsMutex'));
  }
}

const UNLOCKED = 0;
const LOCKED = 1;

export function lock(m: Int32Array): void {
  checkMutex(m);
  if (Atomics.compareExchange(m, 0, UNLOCKED, LOCKED) === UNLOCKED) return;
  const start = absoluteNow();
  while (Atomics.compareExchange(m, 0, UNLOCKED, LOCKED) !== UNLOCKED) {
    Atomics.wait(m, 0, LOCKED);
  }
  const end = absoluteNow();
  if (end - start >= MIN_DRAWN_WAIT_MS) span('wait', start, end, say('lockWaitLabel'));
}

export function unlock(m: Int32Array): void {
  checkMutex(m);
  Atomics.store(m, 0, UNLOCKED);
  Atomics.notify(m, 0, 1);
}

export function withLock<T>(m: Int32Array, fn: () => T): T {
  lock(m);
  try {
    return fn();
  } finally {
    unlock(m);
  }
}
