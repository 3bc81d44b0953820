// A model of Python's GIL: a thread may run Python code only while it
// holds one global lock.
import {spawn, mutex, withLock, work, sleep, now} from 'lab';

const gil = mutex(); // ONE lock for the whole interpreter

async function pythonThread(gil: Int32Array, name: string) {
  const first = now();
  for (let step = 1; step <= 3; step++) {
    withLock(gil, () => work(100, name)); // Python code: needs the GIL
    await sleep(20, 'I/O'); // blocking I/O: the GIL is released meanwhile
  }
  return {first, last: now()};
}

const [a, b] = await Promise.all([
  spawn(pythonThread, gil, 'T1').result,
  spawn(pythonThread, gil, 'T2').result,
]);
const elapsed = Math.max(a.last, b.last) - Math.min(a.first, b.first);
console.log(`two threads, 600 ms of computation: ${Math.round(elapsed)} ms`);
