// Thread per connection: every connection gets a worker of its own, all
// at once. The requests arrive together, and each needs a little CPU.
import {spawn, sleep, work, now, cores, sharedInts} from 'lab';

const CONNECTIONS = 24; // not 10,000: a tab cannot hold that many workers
const HANDLE_MS = 20; // CPU to handle one request, on an idle core

// Runs in a new worker, one per connection. `askedAt`: when it was spawned.
async function connection(id: number, askedAt: number, gate: Int32Array,
  n: number, handleMs: number) {
  const startup = now() - askedAt; // from spawn() to here: worker start-up
  Atomics.add(gate, 0, 1); // at the starting line: wake the others
  Atomics.notify(gate, 0);
  for (let v; (v = Atomics.load(gate, 0)) < n;) Atomics.wait(gate, 0, v);
  await sleep(50 + (id % 4) * 10, `conn ${id}`); // the request arrives
  const arrived = now();
  const handled = work(handleMs, 'handle'); // ready: it needs a core now
  await sleep(10, 'reply'); // send the reply
  return {startup, response: now() - arrived, waited: handled.waited,
    pauses: handled.pauses};
}

const gate = sharedInts(1);
const start = now();
const results = await Promise.all(Array.from({length: CONNECTIONS},
  (_, id) => spawn(connection, id, now(), gate, CONNECTIONS, HANDLE_MS).result));
const total = now() - start;
const mean = (f: (r: (typeof results)[number]) => number) =>
  results.reduce((sum, r) => sum + f(r), 0) / results.length;

console.log(`${CONNECTIONS} connections, ${CONNECTIONS} workers, ` +
  `logical cores: ${cores}`);
console.log(`start-up per worker: ${mean((r) => r.startup).toFixed(1)} ms`);
console.log(`CPU per request: ${HANDLE_MS} ms on an idle core`);
console.log(`ready, waiting for a core: ${mean((r) => r.waited).toFixed(1)} ms ` +
  'per request');
console.log(`response time: ${mean((r) => r.response).toFixed(1)} ms per request`);
console.log(`a worker was paused off its core ${results.reduce(
  (sum, r) => sum + r.pauses, 0)} times`);
console.log(`served ${CONNECTIONS} connections in ${Math.round(total)} ms`);
console.log(`time per connection: ${(total / CONNECTIONS).toFixed(3)} ms`);
