// A pipeline: a few independent parts that talk only over
// channels and never touch each other's variables. The producer
// sends numbers into jobs; a few squarers each take numbers from
// jobs, square them and send the results into results (fan-out);
// main collects the results and sums them (fan-in).
import {
  spawn, channel, send, receive, close, work, now, cores,
} from 'lab';

const N = 8; // 8 numbers in all
const SQUARERS = 2; // how many squarers: try 1 or 4

function produce(jobs: Int32Array, n: number) {
  for (let x = 1; x <= n; x++) {
    work(10, `make ${x}`);
    send(jobs, x); // waits while the channel is full
  }
  close(jobs); // no more numbers will come
}

function square(jobs: Int32Array, results: Int32Array) {
  let count = 0;
  // receive waits while the channel is empty; once it is
  // closed and drained it returns undefined.
  for (let x = receive(jobs); x !== undefined; x = receive(jobs)) {
    work(60, `square ${x}`);
    send(results, x * x);
    count++;
  }
  return count;
}

console.log(`logical cores your browser reports: ${cores}`);
const jobs = channel(2); // each channel holds up to 2 numbers
const results = channel(2);
const start = now();
spawn(produce, jobs, N);
const squarers = [];
for (let i = 0; i < SQUARERS; i++) {
  squarers.push(spawn(square, jobs, results));
}
let sum = 0;
for (let i = 0; i < N; i++) sum += receive(results) ?? 0;
const took = now() - start;
console.log(`sum of squares: ${sum}`);
const counts = await Promise.all(squarers.map((w) => w.result));
console.log(`numbers each squarer did: ${counts.join(', ')}`);
console.log(`computation ${10 * N + 60 * N} ms in all; ` +
  `the pipeline took ${Math.round(took)} ms ` +
  '(starting workers included)');
