// Coroutines from generators: each `yield` hands control back to a tiny
// scheduler.
import {work, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// Calling a generator function creates a coroutine that has not started.
function* task(name: string, steps: number): Generator<void, void, void> {
  for (let step = 1; step <= steps; step++) {
    work(50, name); // a slice of real work
    console.log(`${at()} ${name} finished step ${step} and yields`);
    yield; // pause here; `name` and `step` are kept until the next resume
  }
}

// Round robin: resume the coroutine at the front until it yields, then
// put it at the back of the queue.
const ready = [task('A', 3), task('B', 3), task('C', 2)];
let resumes = 0;
while (ready.length > 0) {
  const coroutine = ready.shift()!;
  const {done} = coroutine.next(); // resume it where it paused
  resumes++;
  if (!done) ready.push(coroutine);
}
console.log(`${resumes} resumes on one worker, none through the OS`);
