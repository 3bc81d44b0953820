// The same two tasks, but while A waits for I/O the CPU switches to B, and back.
import {work, sleep, now} from 'lab';

// now() counts from the Run click, on the same clock as the timeline below.
const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

async function task(name: string) {
  console.log(`${at()} ${name}: CPU starts`);
  work(100, name); // computation: ~100 ms on an idle core
  console.log(`${at()} ${name}: CPU ends, waiting for I/O`);
  await sleep(300, name); // simulated I/O: the CPU is free for the other task
  console.log(`${at()} ${name}: I/O done, CPU starts`);
  work(100, name);
  console.log(`${at()} ${name}: done`);
}

const start = now();
// Start both; each `await` inside a task hands the CPU to the other one.
await Promise.all([task('A'), task('B')]);
console.log(`total: ${Math.round(now() - start)} ms`);
