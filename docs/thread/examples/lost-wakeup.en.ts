// A bounded queue in shared memory between two workers, with
// condition variables built on Atomics.wait/notify. This version
// has a bug: a wake-up gets lost.
import {
  spawn, sharedInts, mutex, lock, unlock, span, work, now,
} from 'lab';

const ITEMS = 6; // the producer makes 6 items
const CAP = 2; // the queue holds at most 2
const TIMEOUT = 500; // the consumer sleeps at most this long (ms)

interface Shared {
  queue: Int32Array; // [0] items in it, [1] the first, [2..] items
  m: Int32Array; // the lock that guards the queue
  notEmpty: Int32Array; // condition variables: counters that move
  notFull: Int32Array; //   on every signal (add 1, then notify)
  unlucky: Int32Array; // fixes the unlucky timing, see consumer
}
const s: Shared = {
  queue: sharedInts(2 + CAP),
  m: mutex(),
  notEmpty: sharedInts(1),
  notFull: sharedInts(1),
  unlucky: sharedInts(1),
};

function producer(s: Shared, items: number, cap: number) {
  // Start once the consumer stands at its unlucky moment.
  Atomics.wait(s.unlucky, 0, 0);
  for (let item = 1; item <= items; item++) {
    work(2, `make ${item}`);
    lock(s.m);
    while (s.queue[0] === cap) { // full: wait for "not full"
      const seen = Atomics.load(s.notFull, 0);
      unlock(s.m);
      span('wait: not full', () =>
        Atomics.wait(s.notFull, 0, seen));
      lock(s.m);
    }
    s.queue[2 + (s.queue[1] + s.queue[0]) % cap] = item;
    s.queue[0]++;
    unlock(s.m);
    Atomics.add(s.notEmpty, 0, 1); // signal "not empty"
    Atomics.notify(s.notEmpty, 0);
  }
}

function consumer(
  s: Shared, items: number, cap: number, timeout: number,
) {
  const got: number[] = [];
  const sleeps: string[] = [];
  let lost = 0; // sleeps that ended only by the timeout
  let first = true;
  while (got.length < items) {
    lock(s.m);
    while (s.queue[0] === 0) { // empty: wait for "not empty"
      unlock(s.m);
      if (first) {
        // The unlucky moment, made to happen on every run: the
        // consumer has seen "empty" and let go of the lock, but is
        // not asleep yet. It stays here until the producer has
        // filled the queue and sent its notifies, to nobody.
        first = false;
        Atomics.store(s.unlucky, 0, 1);
        Atomics.notify(s.unlucky, 0);
        span('checked, not asleep yet', () => {
          while (Atomics.load(s.notEmpty, 0) < cap) {}
        });
      }
      const seen = Atomics.load(s.notEmpty, 0); // BUG: too late
      const from = now();
      const woke = span('wait: not empty', () =>
        Atomics.wait(s.notEmpty, 0, seen, timeout));
      const ms = Math.round(now() - from);
      if (woke === 'timed-out') lost++;
      lock(s.m);
      const how = `Atomics.wait returned "${woke}" after ${ms} ms`;
      sleeps.push(`${how}; items waiting: ${s.queue[0]}`);
    }
    const item = s.queue[2 + s.queue[1]];
    s.queue[1] = (s.queue[1] + 1) % cap;
    s.queue[0]--;
    unlock(s.m);
    Atomics.add(s.notFull, 0, 1); // signal "not full"
    Atomics.notify(s.notFull, 0);
    got.push(item);
    work(30, `use ${item}`);
  }
  return {got, sleeps, lost};
}

const p = spawn(producer, s, ITEMS, CAP);
const c = spawn(consumer, s, ITEMS, CAP, TIMEOUT);
await p.result; // join: wait until the producer has finished
// Join the consumer too, and take what it returned.
const {got, sleeps, lost} = await c.result;
console.log(`the consumer got: ${got.join(' ')}`);
sleeps.forEach((line, i) => console.log(`sleep ${i + 1}: ${line}`));
console.log(`lost wake-ups: ${lost}`);
