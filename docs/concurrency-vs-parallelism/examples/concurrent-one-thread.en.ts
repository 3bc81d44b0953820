// A concurrent design on ONE thread: start every task, then wait for
// all of them.
import {work, sleep, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

async function task(name: string) {
  work(50, name); // prepare a request
  await sleep(200, name); // I/O: while this task waits, others run
  work(50, name); // handle the reply
  console.log(`${at()} ${name} done`);
}

const start = now();
await Promise.all([task('A'), task('B'), task('C')]);
console.log(`total: ${Math.round(now() - start)} ms on one thread`);
