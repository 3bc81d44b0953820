// The same two workers, but each addition is one indivisible step.
import {spawn, sharedInts, span} from 'lab';

const TIMES = 3_000_000;
const WORKERS = 2;
const ROUNDS = 5;

const shared = sharedInts(2 * ROUNDS);

function adder(mem: Int32Array, times: number, n: number, rounds: number) {
  for (let r = 0; r < rounds; r++) {
    const counter = 2 * r;
    const ready = 2 * r + 1;
    Atomics.add(mem, ready, 1);
    while (Atomics.load(mem, ready) < n) {}
    span(`round ${r + 1}`, () => {
      for (let i = 0; i < times; i++) {
        Atomics.add(mem, counter, 1); // read, add, write: one atomic step
      }
    });
  }
}

const workers = Array.from({length: WORKERS}, () =>
  spawn(adder, shared, TIMES, WORKERS, ROUNDS));
await Promise.all(workers.map((w) => w.result));

const expected = WORKERS * TIMES;
let lost = 0;
for (let r = 0; r < ROUNDS; r++) {
  const counter = shared[2 * r];
  lost += expected - counter;
  console.log(`round ${r + 1}: counter = ${counter}, expected ${expected}, ` +
    `lost updates: ${expected - counter}`);
}
console.log(`lost in all ${ROUNDS} rounds: ${lost}`);
