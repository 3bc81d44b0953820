// One application, two kinds of load: three I/O coroutines and one
// CPU-heavy task, all on main, one thread. The coroutines note how
// late each of their timers fired.
import {sleep, work, now} from 'lab';

// An I/O coroutine: 10 waits for I/O, 50 ms each.
async function ioTask(name: string) {
  let worst = 0;
  for (let i = 1; i <= 10; i++) {
    const due = now() + 50; // when the timer should fire
    await sleep(50, `${name} waits for I/O`);
    worst = Math.max(worst, now() - due);
  }
  console.log(`${name}: timers up to ${Math.round(worst)} ms late`);
}

// The CPU-heavy task: 400 ms of computation.
function cpuTask() {
  work(400, 'compute');
  return 400;
}

const start = now();
const io = [ioTask('A'), ioTask('B'), ioTask('C')];
cpuTask(); // main is busy computing: a due timer cannot resume anyone
await Promise.all(io);
console.log(`total: ${Math.round(now() - start)} ms`);
