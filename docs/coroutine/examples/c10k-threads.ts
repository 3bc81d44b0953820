// Thread per connection: each connection gets a worker of its own,
// at most 8 workers at a time.
import {spawn, sleep, now} from 'lab';

const CONNECTIONS = 16; // not 10,000: a tab cannot hold that many workers
const MAX_WORKERS = 8; // the cap: a connection waits for a free worker

// Runs in a new worker, one per connection. `askedAt`: when it was spawned.
async function connection(id: number, askedAt: number) {
  const startup = now() - askedAt; // from spawn() to here: worker start-up
  const wait = 100 + ((id * 37) % 200); // the request takes 100 to 299 ms
  await sleep(wait, `conn ${id}`);
  await sleep(20, 'reply'); // send the reply
  return startup;
}

const start = now();
const startups: number[] = [];
let next = 0;
// MAX_WORKERS accept loops: each starts a worker for the next connection
// and waits until it is done.
async function acceptLoop() {
  while (next < CONNECTIONS) {
    const id = next++;
    startups.push(await spawn(connection, id, now()).result);
  }
}
await Promise.all(Array.from({length: MAX_WORKERS}, acceptLoop));
const total = now() - start;
const average = startups.reduce((a, b) => a + b, 0) / startups.length;
const perConnection = total / CONNECTIONS;

console.log(`start-up per worker: ${average.toFixed(1)} ms`);
console.log(`served ${CONNECTIONS} connections in ${Math.round(total)} ms, ` +
  `${MAX_WORKERS} workers at a time`);
console.log(`time per connection: ${perConnection.toFixed(3)} ms`);
const estimate = Math.round((perConnection * 10_000) / 1000);
console.log(`10,000 connections at this rate: about ${estimate} s`);
