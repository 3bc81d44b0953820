// The same two tasks, each on a worker of its own. With two free cores
// both compute at the same instant; with one, they can only take turns.
import {spawn, work, now, cores, sharedInts} from 'lab';

console.log(`logical cores your browser reports: ${cores}`);

// A starting line in shared memory: each worker waits there until both
// are up, so worker start-up cannot hide the overlap.
const gate = sharedInts(1);

function task(name: string, gate: Int32Array) {
  Atomics.add(gate, 0, 1);
  while (Atomics.load(gate, 0) < 2) {} // wait at the starting line
  const first = now();
  let waited = 0;
  for (let step = 1; step <= 4; step++) {
    waited += work(100, name).waited; // 100 ms of computation on an idle core
  }
  return {first, last: now(), waited};
}

const start = now();
const [a, b] = await Promise.all([
  spawn(task, 'A', gate).result,
  spawn(task, 'B', gate).result,
]);
const computing = Math.max(a.last, b.last) - Math.min(a.first, b.first);
console.log(`computing: ${Math.round(computing)} ms ` +
  'for 800 ms of computation');
console.log(`speed-up over one worker: ${(800 / computing).toFixed(2)}×`);
console.log(`waiting for a core: ${Math.round(a.waited + b.waited)} ms`);
console.log(`total: ${Math.round(now() - start)} ms, ` +
  'starting the two workers included');
