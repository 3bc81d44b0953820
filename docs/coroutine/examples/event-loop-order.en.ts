// In what order do these lines come out? Synchronous code, a 0 ms timer,
// a microtask and two coroutines that await. Predict, then run.
import {lane} from 'lab';

console.log('sync: start');

// A task: the event loop runs it only after the current code and every
// microtask are done. The promise keeps the run going until it has fired.
const timer = new Promise<void>((resolve) => {
  setTimeout(() => {
    console.log('timer: setTimeout 0');
    resolve();
  }, 0);
});

// A microtask: it runs as soon as the current code is done, before any task.
queueMicrotask(() => console.log('microtask: queueMicrotask'));

// A coroutine: `await` pauses it, and it resumes in a microtask.
async function coroutine(name: string) {
  console.log(`${name}: before await`);
  await null;
  console.log(`${name}: after await`);
}
const a = coroutine('A');
const b = coroutine('B');

console.log('sync: end');
await Promise.all([a, b, timer]);

// Everything above ran in a Web Worker, not in the page: lane() names it.
console.log(`all done, in the worker ${lane()}, not in the page`);
