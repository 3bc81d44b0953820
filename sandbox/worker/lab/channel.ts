import {absoluteNow} from '../../shared/clock';
import {span} from './emitter';
import {say} from '../../shared/messages';

/**
 * A channel between workers in shared memory: a bounded queue of 32-bit integers whose
 * `send` blocks while it is full and `receive` while it is empty, both with Atomics.wait.
 * Layout: a header, then the ring of items. Every change happens under the channel's own
 * spin lock and bumps `CHANGES`; a blocked side reads `CHANGES` under the lock and sleeps on
 * that value, so a change made after it looked always wakes it (no lost wake-up).
 */
const MAGIC = 0x43_48_41_4e; // "CHAN": tells a channel from any other shared array
const AT_MAGIC = 0;
const AT_LOCK = 1;
const AT_CHANGES = 2;
const AT_COUNT = 3;
const AT_HEAD = 4;
const AT_CLOSED = 5;
const AT_CAPACITY = 6;
const HEADER = 7;

export const MAX_CHANNEL_CAPACITY = 1024;
const MIN_DRAWN_WAIT_MS = 0.1;

export type Channel = Int32Array;

export function channel(capacity: number = 1): Channel {
  if (typeof SharedArrayBuffer === 'undefined' || (globalThis as {crossOriginIsolated?: boolean}).crossOriginIsolated !== true) {
    throw new Error(say('noSharedMemory'));
  }
  const n = Number(capacity);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHANNEL_CAPACITY) {
    throw new RangeError(say('channelCapacity', {max: MAX_CHANNEL_CAPACITY, got: String(capacity)}));
  }
  const ch = new Int32Array(new SharedArrayBuffer((HEADER + n) * Int32Array.BYTES_PER_ELEMENT));
  ch[AT_MAGIC] = MAGIC;
  ch[AT_CAPACITY] = n;
  return ch;
}

function checkChannel(ch: unknown): asserts ch is Channel {
  if (
    !(ch instanceof Int32Array) ||
    !(ch.buffer instanceof SharedArrayBuffer) ||
    ch.length < HEADER + 1 ||
    Atomics.load(ch, AT_MAGIC) !== MAGIC ||
    ch.length !== HEADER + Atomics.load(ch, AT_CAPACITY)
  ) {
    throw new TypeError(say('needsChannel'));
  }
}

function hold(ch: Channel): void {
  while (Atomics.compareExchange(ch, AT_LOCK, 0, 1) !== 0) Atomics.wait(ch, AT_LOCK, 1, 1);
}

function release(ch: Channel): void {
  Atomics.store(ch, AT_LOCK, 0);
  Atomics.notify(ch, AT_LOCK, 1);
}

/** Bumps CHANGES and wakes everyone blocked on this channel. Call while holding the lock. */
function changed(ch: Channel): void {
  Atomics.add(ch, AT_CHANGES, 1);
}

/** Runs `attempt` under the lock until it returns a result, sleeping on CHANGES in between. */
function blocking<T>(ch: Channel, label: () => string, attempt: () => {done: true; value: T} | {done: false}): T {
  let start: number | undefined;
  for (;;) {
    hold(ch);
    let outcome: ReturnType<typeof attempt>;
    try {
      outcome = attempt();
    } catch (e) {
      release(ch);
      throw e;
    }
    const seen = Atomics.load(ch, AT_CHANGES);
    release(ch);
    if (outcome.done) {
      Atomics.notify(ch, AT_CHANGES);
      if (start !== undefined) {
        const end = absoluteNow();
        if (end - start >= MIN_DRAWN_WAIT_MS) span('wait', start, end, label());
      }
      return outcome.value;
    }
    start ??= absoluteNow();
    Atomics.wait(ch, AT_CHANGES, seen);
  }
}

export function send(ch: Channel, value: number): void {
  checkChannel(ch);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31) {
    throw new TypeError(say('channelValue', {got: String(value).slice(0, 40)}));
  }
  blocking(ch, () => say('sendWaitLabel'), () => {
    if (ch[AT_CLOSED]) throw new Error(say('channelClosed'));
    const cap = ch[AT_CAPACITY];
    if (ch[AT_COUNT] === cap) return {done: false};
    ch[HEADER + ((ch[AT_HEAD] + ch[AT_COUNT]) % cap)] = value;
    ch[AT_COUNT]++;
    changed(ch);
    return {done: true, value: undefined};
  });
}

export function receive(ch: Channel): number | undefined {
  checkChannel(ch);
  return blocking(ch, () => say('receiveWaitLabel'), () => {
    if (ch[AT_COUNT] === 0) return ch[AT_CLOSED] ? {done: true, value: undefined} : {done: false};
    const value = ch[HEADER + ch[AT_HEAD]];
    ch[AT_HEAD] = (ch[AT_HEAD] + 1) % ch[AT_CAPACITY];
    ch[AT_COUNT]--;
    changed(ch);
    return {done: true, value};
  });
}

export function close(ch: Channel): void {
  checkChannel(ch);
  hold(ch);
  ch[AT_CLOSED] = 1;
  changed(ch);
  release(ch);
  Atomics.notify(ch, AT_CHANGES);
}
