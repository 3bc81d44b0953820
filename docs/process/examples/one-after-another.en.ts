// Two tasks, each: CPU work → I/O → CPU work.
// This CPU cannot switch: it waits for A's I/O to finish before B may start.
import {work, sleep, now} from 'lab';

// now() counts from the Run click, on the same clock as the timeline below.
const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

async function task(name: string) {
  console.log(`${at()} ${name}: CPU starts`);
  work(100, name); // computation: ~100 ms on an idle core
  console.log(`${at()} ${name}: CPU ends, waiting for I/O`);
  await sleep(300, name); // simulated I/O, 300 ms
  console.log(`${at()} ${name}: I/O done, CPU starts`);
  work(100, name);
  console.log(`${at()} ${name}: done`);
}

const start = now();
await task('A'); // A runs to the end, its I/O wait included...
await task('B'); // ...and only then does B start
console.log(`total: ${Math.round(now() - start)} ms`);
