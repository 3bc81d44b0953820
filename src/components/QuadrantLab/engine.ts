// The engine every model of the quadrant lab shares. The lab pastes this file (without the
// `export` keywords) into the program it generates for each model; `tsc` checks it here.
import {lane, now, sleep} from 'lab';

/** One task: `steps` times, compute for `cpuMs` and then wait `ioMs` for (simulated) I/O. */
export interface Task {
  name: string;
  steps: number;
  cpuMs: number;
  ioMs: number;
}

export interface Job {
  tasks: Task[];
  /** 'sequential': one task after another. 'coroutines': all tasks interleaved on this worker. */
  mode: 'sequential' | 'coroutines';
  /** Core tokens: at most this many workers compute at the same moment. */
  cores: number;
  /** A computing worker gives its core to a waiting one after this long (a time slice). */
  sliceMs: number;
  /** Loop iterations per millisecond of CPU work, measured on this machine before the run. */
  iterationsPerMs: number;
  /** Shared integers every worker of the run sees: the start signal and the core tokens. */
  board: Int32Array;
  /** This worker's number (1, 2, …): who last used a core is recorded by it. */
  id: number;
  /** Wait for the start signal, so that workers started one by one all begin together. */
  startSignal: boolean;
  warmUpMs: number;
}

export interface Measured {
  lane: string;
  started: number;
  finished: number;
  cpuMs: number;
  coroutineSwitches: number;
  /** [task, start, end]: stretches of real computation, for the timeline. */
  cpu: [string, number, number][];
  /** [start, end]: stretches this worker waited for a free core. */
  waits: [number, number][];
  /** The loop's result, returned so the compiler cannot skip the work. */
  sink: number;
}

export async function runTasks(job: Job): Promise<Measured> {
  const {tasks, mode, cores, sliceMs, iterationsPerMs, board, id} = job;
  // Where things live on the board.
  const GO = 0; // 1 once the start signal is given
  const READY = 1; // workers waiting for the start signal
  const NEXT = 2; // the next ticket for a core
  const RELEASED = 3; // how many times a core was given back
  const HANDOFFS = 4; // thread switches: a core went from one worker to another
  const BUSY = 5; // BUSY + i: 1 while core i is held
  const OWNER = 5 + cores; // OWNER + i: the worker that used core i last (0: none)

  const me = lane();
  const cpu: [string, number, number][] = [];
  const waits: [number, number][] = [];
  let cpuMs = 0;
  let coroutineSwitches = 0;
  let lastRan = ''; // the task that computed last on this worker
  let runnable = 0; // tasks on this worker that are not waiting for I/O
  let core = -1; // the core this worker holds, or -1
  let lastCore = -1;
  let sink = 0;

  // Real CPU work: a fixed number of iterations, so a busy machine really takes longer.
  function burn(iterations: number): void {
    let x = sink;
    for (let i = 0; i < iterations; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
    sink = x;
  }

  // Core tokens: a fair counting semaphore. Ticket t may compute once t < cores + RELEASED.
  function takeCore(): void {
    const ticket = Atomics.add(board, NEXT, 1);
    const asked = now();
    let waited = false;
    for (;;) {
      const released = Atomics.load(board, RELEASED);
      if (ticket < cores + released) break;
      waited = true;
      Atomics.wait(board, RELEASED, released); // this thread sleeps until a core is given back
    }
    if (waited) waits.push([asked, now()]);
    // Take a free core, preferably the one this worker used last.
    core = -1;
    if (lastCore >= 0 && Atomics.compareExchange(board, BUSY + lastCore, 0, 1) === 0) core = lastCore;
    for (let i = 0; core < 0; i = (i + 1) % cores) {
      if (Atomics.compareExchange(board, BUSY + i, 0, 1) === 0) core = i;
    }
    lastCore = core;
    const before = Atomics.exchange(board, OWNER + core, id);
    if (before !== 0 && before !== id) Atomics.add(board, HANDOFFS, 1);
  }

  function giveCore(): void {
    if (core < 0) return;
    Atomics.store(board, BUSY + core, 0);
    core = -1;
    Atomics.add(board, RELEASED, 1);
    Atomics.notify(board, RELEASED); // wake every waiter: only the next ticket goes on
  }

  const othersWaiting = () => Atomics.load(board, NEXT) > cores + Atomics.load(board, RELEASED);

  // A coroutine gives way with a message to itself: a task, so timers (I/O) can run too.
  const channel = new MessageChannel();
  const resumeQueue: (() => void)[] = [];
  channel.port1.onmessage = () => resumeQueue.shift()?.();
  const giveWay = () =>
    new Promise<void>((resume) => {
      resumeQueue.push(resume);
      channel.port2.postMessage(0);
    });

  function record(name: string, start: number, end: number): void {
    cpuMs += end - start;
    const last = cpu[cpu.length - 1];
    if (last && last[0] === name && start - last[2] < 0.05) last[2] = end;
    else if (cpu.length < 1500) cpu.push([name, start, end]);
  }

  async function compute(name: string, ms: number): Promise<void> {
    let left = Math.round(ms * iterationsPerMs);
    const slice = Math.max(1, Math.round(sliceMs * iterationsPerMs));
    while (left > 0) {
      if (core < 0) takeCore();
      if (mode === 'coroutines' && lastRan !== '' && lastRan !== name) coroutineSwitches++;
      lastRan = name;
      const n = Math.min(left, slice);
      const start = now();
      burn(n);
      record(name, start, now());
      left -= n;
      if (left === 0) break;
      // The slice is over. Coroutines take turns by themselves (cooperatively)...
      if (mode === 'coroutines' && runnable > 1) await giveWay();
      // ...and the "operating system" hands the core to a waiting worker (preemption).
      if (othersWaiting()) {
        giveCore();
        takeCore();
      }
    }
  }

  // The caller has counted `task` as runnable already.
  async function runTask(task: Task): Promise<void> {
    for (let step = 0; step < task.steps; step++) {
      if (task.cpuMs > 0) await compute(task.name, task.cpuMs);
      if (task.ioMs > 0) {
        runnable--;
        if (runnable === 0) giveCore(); // nothing else to run here: the core is free meanwhile
        await sleep(task.ioMs, task.name);
        runnable++;
      }
    }
    runnable--;
    if (lastRan === task.name) lastRan = '';
  }

  burn(Math.round(job.warmUpMs * iterationsPerMs)); // warm up: let the JIT compile burn()
  if (job.startSignal) {
    Atomics.add(board, READY, 1);
    Atomics.notify(board, READY);
    Atomics.wait(board, GO, 0);
  }
  const started = now();
  if (mode === 'sequential') {
    for (const task of tasks) {
      runnable++;
      await runTask(task);
    }
  } else {
    runnable += tasks.length; // every coroutine is ready to run from the start
    await Promise.all(tasks.map(runTask));
  }
  const finished = now();
  if (core >= 0) Atomics.store(board, OWNER + core, 0); // done: whoever comes next is no switch
  giveCore();
  channel.port1.close();
  return {lane: me, started, finished, cpuMs, coroutineSwitches, cpu, waits, sink};
}
