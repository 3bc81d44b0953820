// The same three tasks on ONE thread, written with blocking calls only:
// no event loop, no callbacks, no coroutines.
import {work, span, now, sharedInts} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;
const socket = sharedInts(1); // nobody writes here: every read waits 200 ms

// A blocking read, like read() on a socket: the thread sleeps until the
// data arrives and can run nothing else meanwhile.
function blockingRead(name: string) {
  span(`read ${name}`, () => Atomics.wait(socket, 0, 0, 200));
}

function task(name: string) {
  work(50, name); // prepare a request
  blockingRead(name); // the whole thread is stuck here
  work(50, name); // handle the reply
  console.log(`${at()} ${name} done`);
}

const start = now();
for (const name of ['A', 'B', 'C']) task(name);
console.log(`total: ${Math.round(now() - start)} ms on one thread`);
