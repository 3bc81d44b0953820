// The same two tasks, each on a worker of its own: given two free cores,
// both run at the same instant.
import {spawn, work, now, cores, sharedInts} from 'lab';

console.log(`your browser reports ${cores} logical cores`);

// A starting line in shared memory: each worker waits there until both
// are up, so worker start-up cannot hide the overlap.
const gate = sharedInts(1);

function task(name: string, gate: Int32Array) {
  Atomics.add(gate, 0, 1);
  while (Atomics.load(gate, 0) < 2) {} // wait at the starting line
  const first = now();
  for (let step = 1; step <= 4; step++) {
    work(100, name);
  }
  return {first, last: now()};
}

const start = now();
const [a, b] = await Promise.all([
  spawn(task, 'A', gate).result,
  spawn(task, 'B', gate).result,
]);
const computing = Math.max(a.last, b.last) - Math.min(a.first, b.first);
console.log(`computing: ${Math.round(computing)} ms ` +
  'for 800 ms of computation');
console.log(`total: ${Math.round(now() - start)} ms, ` +
  'starting the two workers included');
