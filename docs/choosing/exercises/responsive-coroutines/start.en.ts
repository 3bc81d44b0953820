// Three I/O coroutines on main wait for I/O every 50 ms until the
// computation is over. But the computation runs on main as well:
// until it ends, not one of the coroutines' timers can fire.
// Exercise: move the computation to another worker; keep the I/O
// coroutines on main.
import {sleep, work, now, spawn} from 'lab';

// The computation: `chunks` chunks of 100 ms each. Returns how many
// it did.
function crunch(chunks: number) {
  for (let i = 1; i <= chunks; i++) {
    work(100, `chunk ${i}`);
  }
  return chunks;
}

let computing = true;

// An I/O coroutine: while the computation goes on, it waits for I/O
// again every 50 ms.
async function client(name: string) {
  let rounds = 0;
  let worst = 0;
  do {
    const due = now() + 50; // when the timer should fire
    await sleep(50, `${name} waits for I/O`);
    worst = Math.max(worst, now() - due);
    rounds++;
  } while (computing);
  console.log(`${name}: ${rounds} waits for I/O, ` +
    `timers up to ${Math.round(worst)} ms late`);
}

const clients = [client('A'), client('B'), client('C')];
const done = crunch(4); // the computation holds main
computing = false;
await Promise.all(clients);
console.log(`${done} chunks computed`);
