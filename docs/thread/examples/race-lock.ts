// The race fixed with a lock: only the worker holding it may touch
// the counter.
import {spawn, sharedInts, mutex, lock, unlock, now} from 'lab';

const TIMES = 200_000; // additions per worker
const WORKERS = 2;

const counter = sharedInts(1);
const m = mutex(); // one shared int: 0 = free, 1 = taken

function adder(count: Int32Array, m: Int32Array, times: number) {
  for (let i = 0; i < times; i++) {
    lock(m); // waits (Atomics.wait) while the other worker holds it
    count[0] = count[0] + 1; // plain read-add-write, one worker at a time
    unlock(m); // Atomics.notify wakes a worker waiting for the lock
  }
}

const start = now();
const workers = Array.from({length: WORKERS}, () =>
  spawn(adder, counter, m, TIMES));
await Promise.all(workers.map((w) => w.result));

const expected = WORKERS * TIMES;
console.log(`counter = ${counter[0]}, expected ${expected}, ` +
  `lost updates: ${expected - counter[0]}`);
console.log(`took ${Math.round(now() - start)} ms, worker start-up included`);
