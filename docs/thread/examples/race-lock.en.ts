// The race fixed with a lock: only the worker holding it may touch
// the counter.
import {spawn, sharedInts, mutex, lock, unlock, now} from 'lab';

const TIMES = 200_000; // additions per worker
const WORKERS = 2;

// counter at 0, a "ready" count at 1 for the starting line
const shared = sharedInts(2);
const m = mutex(); // one shared int: 0 = free, 1 = taken

function adder(mem: Int32Array, m: Int32Array, times: number, n: number) {
  // Start together: wait until every worker has arrived.
  Atomics.add(mem, 1, 1);
  while (Atomics.load(mem, 1) < n) {}
  for (let i = 0; i < times; i++) {
    lock(m); // waits (Atomics.wait) while the other worker holds it
    mem[0] = mem[0] + 1; // plain read-add-write, one worker at a time
    unlock(m); // Atomics.notify wakes a worker waiting for the lock
  }
}

const start = now();
const workers = Array.from({length: WORKERS}, () =>
  spawn(adder, shared, m, TIMES, WORKERS));
await Promise.all(workers.map((w) => w.result));

const expected = WORKERS * TIMES;
console.log(`counter = ${shared[0]}, expected ${expected}, ` +
  `lost updates: ${expected - shared[0]}`);
console.log(`took ${Math.round(now() - start)} ms, worker start-up included`);
