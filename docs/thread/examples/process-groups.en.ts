// A model: each "process" is a worker that runs two "threads" (two more
// workers) sharing the process's memory.
import {spawn, sharedInts, work, sleep} from 'lab';

// Runs in its own worker: one "process". It is told where its bug is.
async function runProcess(name: string, crashAtStep: number) {
  // One "thread": works in steps, counting them in shared memory.
  async function thread(mem: Int32Array, index: number, crashAt: number) {
    // Start together: nap until both threads of this process run.
    Atomics.add(mem, 2, 1);
    while (Atomics.load(mem, 2) < 2) Atomics.wait(mem, 2, 1, 5);
    for (let step = 1; step <= 10; step++) {
      work(20, `step ${step}`);
      Atomics.add(mem, index, 1);
      if (step === crashAt) {
        throw new Error(`a bug in thread ${index + 1} at step ${step}`);
      }
      await sleep(60, 'I/O');
    }
    return 'done';
  }

  // The process's memory: [0] and [1] steps done, [2] threads started.
  const mem = sharedInts(3);
  const threads = [
    spawn(thread, mem, 0, 0),
    spawn(thread, mem, 1, crashAtStep),
  ];
  try {
    await Promise.all(threads.map((t) => t.result));
  } catch (err) {
    // What an OS does when a thread crashes: it ends the whole process,
    // every thread in it.
    for (const t of threads) t.kill();
    const why = (err as Error).message;
    throw new Error(`${name} crashed (${why}); ` +
      `its threads had done ${mem[0]} and ${mem[1]} steps`);
  }
  return `${name} finished: its threads did ${mem[0]} + ${mem[1]} steps`;
}

const a = spawn(runProcess, 'process A', 6); // A's thread 2: bug at step 6
const b = spawn(runProcess, 'process B', 0); // B has no bug
for (const end of await Promise.allSettled([a.result, b.result])) {
  if (end.status === 'fulfilled') console.log(end.value);
  else console.log(`error: ${(end.reason as Error).message}`);
}
