// The same two threads without the global lock, as in free-threaded
// Python (the 3.13t and 3.14t builds).
import {spawn, work, sleep, now, cores, sharedInts} from 'lab';

// Both threads wait at a starting line in shared memory until both are up.
const gate = sharedInts(1);

async function pythonThread(name: string, gate: Int32Array) {
  Atomics.add(gate, 0, 1);
  while (Atomics.load(gate, 0) < 2) {} // wait at the starting line
  const first = now();
  let waited = 0;
  for (let step = 1; step <= 3; step++) {
    waited += work(100, name).waited; // Python code: no global lock to wait for
    await sleep(20, 'I/O');
  }
  return {first, last: now(), waited};
}

const [a, b] = await Promise.all([
  spawn(pythonThread, 'T1', gate).result,
  spawn(pythonThread, 'T2', gate).result,
]);
const elapsed = Math.max(a.last, b.last) - Math.min(a.first, b.first);
console.log(`two threads, 600 ms of computation: ${Math.round(elapsed)} ms`);
console.log(`logical cores: ${cores}; ` +
  'waiting for a core: ' +
  `${Math.round(a.waited + b.waited)} ms`);
