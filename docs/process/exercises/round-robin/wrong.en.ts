// A common wrong answer: it takes the process at the head of the queue and
// lets it run one time slice, but forgets to put an unfinished process back
// into the ready queue.
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

// The scheduler: round robin?
while (ready.length > 0) {
  const p = ready.shift()!; // take the process at the head
  p.runSlice(); // it runs for one slice, and then it has left the queue
}
console.log(`${at()} the ready queue is empty`);
