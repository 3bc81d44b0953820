// One worker per core, each with its share; start them all first, then
// wait for all their results together.
import {spawn, work, now, cores} from 'lab';

const CHUNKS = 8;
console.log(`logical cores your browser reports: ${cores}`);

// Runs in one worker: does chunks `from` up to `to` - 1 and returns
// how many it did.
function crunch(from: number, to: number) {
  for (let i = from; i < to; i++) {
    work(100, `chunk ${i + 1}`);
  }
  return to - from;
}

const start = now();
const n = Math.min(cores, CHUNKS); // how many workers
const per = Math.ceil(CHUNKS / n); // chunks per worker
const workers = Array.from({length: n}, (_, k) =>
  spawn(crunch, k * per, Math.min(CHUNKS, (k + 1) * per)));
// started all of them: now wait for all
const counts = await Promise.all(workers.map((w) => w.result));
const done = counts.reduce((a, b) => a + b, 0);
console.log(`${done} chunks done in ${Math.round(now() - start)} ms`);
