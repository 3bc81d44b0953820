// A common wrong answer: it starts several workers, but waits for each
// one to finish before it starts the next.
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
let done = 0;
for (let k = 0; k < n; k++) {
  const w = spawn(crunch, k * per, Math.min(CHUNKS, (k + 1) * per));
  done += await w.result; // wait for this one before starting the next
}
console.log(`${done} chunks done in ${Math.round(now() - start)} ms`);
