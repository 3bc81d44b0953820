// Each addition is one atomic operation: read, add and write cannot be split.
import {spawn, sharedInts, span} from 'lab';

const TIMES = 3_000_000; // additions per worker
const WORKERS = 2;

// Two shared integers: the counter at 0, the "arrived" count at 1.
const shared = sharedInts(2);

function adder(mem: Int32Array, times: number, n: number) {
  // Start together: wait until every worker has arrived.
  Atomics.add(mem, 1, 1);
  while (Atomics.load(mem, 1) < n) {}
  span('adding', () => {
    for (let i = 0; i < times; i++) {
      Atomics.add(mem, 0, 1); // read, add, write: one atomic step
    }
  });
}

const workers = Array.from({length: WORKERS}, () =>
  spawn(adder, shared, TIMES, WORKERS));
await Promise.all(workers.map((w) => w.result));

const expected = WORKERS * TIMES;
console.log(`counter = ${shared[0]}, expected ${expected}, ` +
  `${expected - shared[0]} updates lost`);
