// 10,000 simulated connections, one coroutine (an async function) each,
// all on ONE worker.
import {now} from 'lab';

const CONNECTIONS = 10_000;

// The network, simulated with timers: a waiting connection uses no CPU.
const network = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

// A little real CPU work per request: a checksum of the reply.
function checksum(id: number): number {
  let h = id;
  for (let i = 0; i < 200; i++) h = (Math.imul(h, 31) + i) | 0;
  return h;
}

let open = 0;
let mostOpen = 0;

async function connection(id: number): Promise<number> {
  open++;
  mostOpen = Math.max(mostOpen, open);
  await network(100 + (id % 200)); // wait for the request: 100 to 299 ms
  const reply = checksum(id); // handle it
  await network(20); // send the reply
  open--;
  return reply;
}

const start = now();
const all: Promise<number>[] = [];
for (let id = 0; id < CONNECTIONS; id++) all.push(connection(id));
const startup = now() - start; // creating all the coroutines
await Promise.all(all);
const total = now() - start;

const perCoroutine = (startup / CONNECTIONS) * 1000;
console.log(`start-up per coroutine: ${perCoroutine.toFixed(2)} µs`);
console.log(`connections open at the same time: ${mostOpen}`);
console.log(`served ${CONNECTIONS} connections in ${Math.round(total)} ms`);
console.log(`time per connection: ${(total / CONNECTIONS).toFixed(3)} ms`);
