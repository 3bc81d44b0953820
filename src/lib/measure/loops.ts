/**
 * The loops whose cost the measure page reports, written once so the page (in a worker) and
 * Node (the bench script's cross-check) time exactly the same code. No imports, no DOM: a clock
 * is passed in. Each loop runs a batch of n operations, because one switch (well under a
 * microsecond) is far below the browser timer's resolution (5 µs when isolated, 100 µs not).
 */

/** Milliseconds, e.g. `() => performance.now()`. */
export type Clock = () => number;

/** Runs n operations. */
export type Batch = (n: number) => void | Promise<void>;

let sink = 0;
/** Keeps results alive so the compiler cannot drop the loops. */
export function sinkValue(): number {
  return sink;
}

function* counter(): Generator<number, never, unknown> {
  let i = 0;
  for (;;) yield i++;
}

/** n × `next()` on a generator: each resumes it and it yields back (two switches). */
export function generatorBatch(n: number): void {
  const g = counter();
  let s = 0;
  for (let i = 0; i < n; i++) s += g.next().value;
  sink ^= s;
}

function step(i: number): {value: number; done: boolean} {
  return {value: i, done: false};
}

/** The harness alone: the same loop calling a plain function. Subtracted from the others. */
export function loopBatch(n: number): void {
  let s = 0;
  for (let i = 0; i < n; i++) s += step(i).value;
  sink ^= s;
}

/**
 * n × `await`: two async functions take turns, each `await null` suspends one and the
 * microtask queue resumes the other (one switch per await).
 */
export async function awaitBatch(n: number): Promise<void> {
  const half = Math.max(1, n >> 1);
  let s = 0;
  const turn = async () => {
    for (let i = 0; i < half; i++) {
      await null;
      s++;
    }
  };
  await Promise.all([turn(), turn()]);
  sink ^= s;
}

/** n messages between the two ports of one MessageChannel: each one is a new task. */
export function channelBatch(n: number): Promise<void> {
  return new Promise((resolve) => {
    const {port1, port2} = new MessageChannel();
    let left = Math.max(2, n);
    port2.onmessage = () => port2.postMessage(0);
    port1.onmessage = () => {
      left -= 2;
      if (left > 0) port1.postMessage(0);
      else {
        port1.close();
        port2.close();
        resolve();
      }
    };
    port1.postMessage(0);
  });
}

/** n round trips over a port to a worker that echoes every message back. */
export function roundTripBatch(port: MessagePort): Batch {
  return (n) =>
    new Promise<void>((resolve) => {
      let left = Math.max(1, n);
      port.onmessage = () => {
        if (--left > 0) port.postMessage(0);
        else resolve();
      };
      port.postMessage(0);
    });
}

/** The echo side of `roundTripBatch`. */
export function echo(port: MessagePort): void {
  port.onmessage = (e: MessageEvent) => port.postMessage(e.data);
}

/**
 * n round trips through shared memory: write an odd number and wake the partner
 * (Atomics.notify), then sleep (Atomics.wait) until it answers with the next even number.
 * Each round trip wakes a sleeping thread twice.
 */
export function atomicsPingBatch(cell: Int32Array): Batch {
  let v = 1;
  return (n) => {
    for (let i = 0; i < n; i++) {
      Atomics.store(cell, 0, v);
      Atomics.notify(cell, 0);
      while (Atomics.load(cell, 0) === v) Atomics.wait(cell, 0, v);
      v += 2;
    }
  };
}

/** The partner of `atomicsPingBatch`: answers every odd number until it reads -1. Blocks. */
export function atomicsServe(cell: Int32Array): number {
  let answered = 0;
  for (;;) {
    const v = Atomics.load(cell, 0);
    if (v === -1) return answered;
    if (v % 2 === 1) {
      Atomics.store(cell, 0, v + 1);
      Atomics.notify(cell, 0);
      answered++;
    } else {
      Atomics.wait(cell, 0, v);
    }
  }
}

export function atomicsStop(cell: Int32Array): void {
  Atomics.store(cell, 0, -1);
  Atomics.notify(cell, 0);
}

/** Ms one batch of n takes. */
export async function timeBatch(run: Batch, n: number, clock: Clock): Promise<number> {
  const t0 = clock();
  await run(n);
  return clock() - t0;
}

/** The smallest n (roughly) whose batch takes at least `targetMs`. */
export async function findBatchSize(run: Batch, clock: Clock, targetMs: number, maxN = 1 << 26): Promise<number> {
  let n = 16;
  for (;;) {
    const ms = await timeBatch(run, n, clock);
    if (ms >= targetMs || n >= maxN) return n;
    n = ms > targetMs / 50 ? Math.min(maxN, Math.ceil((n * targetMs * 1.2) / ms)) : Math.min(maxN, n * 8);
  }
}

export interface BatchMeasurement {
  /** Operations per batch. */
  batch: number;
  /** One figure per batch: ns per operation. */
  samplesNs: number[];
}

/** Sizes a batch to `targetMs`, warms up, then times `samples` batches. */
export async function measureBatches(
  run: Batch,
  {clock, samples, targetMs, warmUp = 2}: {clock: Clock; samples: number; targetMs: number; warmUp?: number},
): Promise<BatchMeasurement> {
  const batch = await findBatchSize(run, clock, targetMs);
  for (let i = 0; i < warmUp; i++) await run(batch);
  const samplesNs: number[] = [];
  for (let i = 0; i < samples; i++) samplesNs.push(((await timeBatch(run, batch, clock)) * 1e6) / batch);
  return {batch, samplesNs};
}

/** Ns one clock reading costs (the harness reads it twice per batch). */
export function clockCostNs(clock: Clock, n = 100_000): number {
  const t0 = clock();
  let s = 0;
  for (let i = 0; i < n; i++) s += clock();
  const ms = clock() - t0;
  sink ^= s & 1;
  return (ms * 1e6) / n;
}

/** The smallest step the clock moves by, in µs: the timer resolution seen here. */
export function clockStepUs(clock: Clock, steps = 200): number {
  let smallest = Infinity;
  let last = clock();
  let seen = 0;
  const give = last + 200; // never spin longer than 200 ms
  while (seen < steps) {
    const t = clock();
    if (t !== last) {
      smallest = Math.min(smallest, t - last);
      last = t;
      seen++;
    }
    if (t > give) break;
  }
  return smallest * 1000;
}
