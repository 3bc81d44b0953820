// A sequential design (finish one task, then start the next), deployed
// on three workers.
import {spawn, work, sleep, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// The same task as before. Each one gets a worker of its own.
async function task(name: string) {
  work(50, name);
  await sleep(200, name);
  work(50, name);
}

const start = now();
for (const name of ['A', 'B', 'C']) {
  await spawn(task, name).result; // the design: one task at a time
  console.log(`${at()} ${name} done`);
}
console.log(`total: ${Math.round(now() - start)} ms on three workers`);
