// Two tasks of pure computation on ONE worker: they take turns, never
// running at the same instant.
import {work, now} from 'lab';

async function task(name: string) {
  for (let step = 1; step <= 4; step++) {
    work(100, name); // 100 ms of CPU
    await null; // give the other task a turn
  }
}

const start = now();
await Promise.all([task('A'), task('B')]);
console.log(`total: ${Math.round(now() - start)} ms ` +
  'for 800 ms of computation');
