// Three "processes" that only need the CPU wait in the ready queue: A and B
// need 5 time slices each, C only 1. One slice is about 20 ms of real
// computation.
// The scheduler is first come, first served: the process at the head of
// the queue runs until it is done, and only then does the next get the CPU,
// so C, which needs a single slice, waits for all of A and B.
// Exercise: turn the scheduler into a round-robin scheduler.
import {work, now} from 'lab';

const SLICE = 20; // one time slice, in ms
const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// A "process" that needs slices time slices in all.
// runSlice() runs it on the CPU for one slice and returns whether it
// still has more to do.
function makeProcess(name: string, slices: number) {
  let used = 0;
  return {
    name,
    runSlice(): boolean {
      used++;
      work(SLICE, `${name} slice ${used}`);
      if (used < slices) return true;
      console.log(`${at()} ${name} done after ${slices} slices`);
      return false;
    },
  };
}

// The ready queue: the one in front gets the CPU first.
const ready = [makeProcess('A', 5), makeProcess('B', 5), makeProcess('C', 1)];

// The scheduler: first come, first served.
while (ready.length > 0) {
  const p = ready[0];
  const more = p.runSlice();
  if (!more) ready.shift(); // it leaves the ready queue only once it is done
}
console.log(`${at()} the ready queue is empty`);
