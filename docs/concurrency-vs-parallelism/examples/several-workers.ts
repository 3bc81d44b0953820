// The same two tasks, each on a worker of its own: given two free cores,
// both run at the same instant.
import {spawn, work, now, cores} from 'lab';

console.log(`your browser reports ${cores} logical cores`);

function task(name: string) {
  const first = now();
  for (let step = 1; step <= 4; step++) {
    work(100, name);
  }
  return {first, last: now()};
}

const start = now();
const [a, b] = await Promise.all([
  spawn(task, 'A').result,
  spawn(task, 'B').result,
]);
const computing = Math.max(a.last, b.last) - Math.min(a.first, b.first);
console.log(`computing: ${Math.round(computing)} ms ` +
  'for 800 ms of computation');
console.log(`total: ${Math.round(now() - start)} ms, ` +
  'starting the two workers included');
