// Each worker has its own heap, like a process has its own address space.
import {spawn} from 'lab';

type WithScore = typeof globalThis & {score?: number};

// A global variable in the main worker's heap.
(globalThis as WithScore).score = 100;
console.log(`main: score = ${(globalThis as WithScore).score}`);

// Runs in a NEW worker. It sees only its arguments (and lab).
// Data comes in as arguments and goes out as the return value: messages.
function child(value: number) {
  const g = globalThis as WithScore; // types vanish at run time: this is fine
  const before = g.score; // the main's global does not exist here
  g.score = value; // changes the child's own global only
  return {before: String(before), after: g.score};
}

const reply = await spawn(child, 1).result;
console.log(`child: score before = ${reply.before}`);
console.log(`child: score after = ${reply.after}`);
console.log(`main: score = ${(globalThis as WithScore).score}`); // still 100

// The child cannot see the main's local variables either.
// DELIBERATE mistake, caught below: `secret` lives only in the main worker.
const secret = 42;
try {
  console.log(await spawn(() => secret).result);
} catch (e) {
  console.log(`error: ${(e as Error).message}`);
}
