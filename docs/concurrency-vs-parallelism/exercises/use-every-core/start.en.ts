// A job of pure computation: 8 chunks of about 100 ms of CPU each.
// Right now it uses one worker, which does the 8 chunks one after another.
// Exercise: share the chunks among several workers and use every core.
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
const done = await spawn(crunch, 0, CHUNKS).result;
console.log(`${done} chunks done in ${Math.round(now() - start)} ms`);
