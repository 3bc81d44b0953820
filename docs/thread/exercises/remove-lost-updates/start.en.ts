// Two workers each add 1 to the same counter in shared memory,
// 3,000,000 times, yet the total often falls short of 6,000,000.
// Exercise: change adder so that no update is lost.
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
      mem[0] = mem[0] + 1; // read, add 1, write: three steps
    }
  });
}

const workers = Array.from({length: WORKERS}, () =>
  spawn(adder, shared, TIMES, WORKERS));
await Promise.all(workers.map((w) => w.result));

const expected = WORKERS * TIMES;
console.log(`counter = ${shared[0]}, expected ${expected}, ` +
  `${expected - shared[0]} updates lost`);
