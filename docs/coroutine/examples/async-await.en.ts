// The same three tasks as async functions: each `await` is a point where
// a task pauses.
import {work, sleep, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

async function task(name: string, steps: number) {
  for (let step = 1; step <= steps; step++) {
    work(50, name);
    console.log(`${at()} ${name} finished step ${step}, waits for I/O`);
    await sleep(100, name); // paused until the I/O is done; others run
  }
}

// No scheduler of our own: the event loop resumes each task when its
// I/O has finished.
const start = now();
await Promise.all([task('A', 3), task('B', 3), task('C', 2)]);
console.log(`total: ${Math.round(now() - start)} ms on one worker`);
