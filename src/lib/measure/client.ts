/**
 * The page side of the measurements: starts bench workers (bench.worker.ts, called through
 * comlink), runs each experiment and turns raw samples into medians and spreads.
 * Framework-free (no React); it needs a browser.
 */
import {releaseProxy, transfer, wrap, type Remote} from 'comlink';
import {amdahl, karpFlatt, speedup} from './amdahl';
import type {BatchMeasurement} from './loops';
import type {BenchApi, LocalKind, Timing} from './protocol';
import {median, subtract, summarize, type Summary} from './stats';

/**
 * A bench worker. Calls go through `call`, so that a worker that fails rejects the calls it
 * has not answered, and `terminate()` rejects those still waiting (comlink alone would leave
 * them pending for ever).
 */
export class BenchWorker {
  /** Resolves when the worker says it is listening; rejects if it fails first. */
  readonly ready: Promise<void>;
  private readonly api: Remote<BenchApi>;
  private readonly pending = new Set<(e: Error) => void>();
  private dead = false;

  constructor(readonly worker: Worker) {
    this.api = wrap<BenchApi>(worker);
    this.ready = new Promise<void>((resolve, reject) => {
      const onReady = (event: MessageEvent) => {
        if (!(event.data as {ready?: boolean} | null)?.ready) return; // comlink's answers
        worker.removeEventListener('message', onReady);
        resolve();
      };
      worker.addEventListener('message', onReady);
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        const err = new Error(`bench worker failed: ${event.message}`);
        reject(err);
        this.fail(err);
      });
    });
  }

  /**
   * Calls the worker: `w.call((api) => api.burn(n))`. Buffers and ports to move rather than
   * copy are wrapped in comlink's `transfer(value, [value])`.
   */
  call<T>(f: (api: Remote<BenchApi>) => Promise<T>): Promise<T> {
    if (this.dead) return Promise.reject(new Error('stopped'));
    return new Promise<T>((resolve, reject) => {
      this.pending.add(reject);
      f(this.api)
        .then(resolve, reject)
        .finally(() => this.pending.delete(reject));
    });
  }

  private fail(err: Error): void {
    for (const reject of this.pending) reject(err);
    this.pending.clear();
  }

  /** Kills the worker at once; calls still waiting reject. */
  terminate(): void {
    if (this.dead) return;
    this.dead = true;
    this.worker.terminate();
    // Comlink keeps the proxy in a FinalizationRegistry until it is released.
    this.api[releaseProxy]();
    this.fail(new Error('stopped'));
  }
}

export function createBenchWorker(name: string): BenchWorker {
  return new BenchWorker(new Worker(new URL('./bench.worker.ts', import.meta.url), {name}));
}

/** Lets a run be stopped from outside: every worker it started is terminated. */
export class Stopper {
  stopped = false;
  private readonly workers = new Set<BenchWorker>();

  track<T extends BenchWorker>(w: T): T {
    if (this.stopped) w.terminate();
    this.workers.add(w);
    return w;
  }

  release(w: BenchWorker): void {
    w.terminate();
    this.workers.delete(w);
  }

  stop(): void {
    this.stopped = true;
    for (const w of this.workers) w.terminate();
    this.workers.clear();
  }

  check(): void {
    if (this.stopped) throw new Error('stopped');
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// The cost of one switch

export type SwitchKind = LocalKind | 'postMessage' | 'atomics';
export const SWITCH_KINDS: SwitchKind[] = ['generator', 'await', 'channel', 'postMessage', 'atomics'];

/** How many switches one timed operation makes (a round trip is two). */
export const SWITCHES_PER_OP: Record<SwitchKind, number> = {generator: 2, await: 1, channel: 1, postMessage: 2, atomics: 2};

export interface SwitchRow {
  kind: SwitchKind;
  /** Ns per switch: (ns per operation − the harness's ns per loop) ÷ switches per operation. */
  perSwitchNs: Summary;
  perOpNs: Summary;
  batch: number;
}

export interface Harness {
  loopNs: Summary;
  clockNs: number;
  clockStepUs: number;
  isolated: boolean;
  /** The batch length aimed at, ms. */
  targetMs: number;
}

/**
 * Batches must be long against the timer's step: 5 µs when isolated, 100 µs otherwise. A
 * 10 ms batch (20 ms without isolation) keeps the timer's error under 0.5 %.
 */
export function batchTargetMs(isolated: boolean): number {
  return isolated ? 10 : 20;
}

function row(kind: SwitchKind, m: BatchMeasurement, loopNs: number): SwitchRow {
  const perOp = subtract(m.samplesNs, loopNs);
  return {
    kind,
    perOpNs: summarize(perOp),
    perSwitchNs: summarize(perOp.map((v) => v / SWITCHES_PER_OP[kind])),
    batch: m.batch,
  };
}

export async function measureSwitches(opts: {
  samples: number;
  isolated: boolean;
  stopper: Stopper;
  onHarness?: (h: Harness) => void;
  onRow?: (r: SwitchRow) => void;
}): Promise<{harness: Harness; rows: SwitchRow[]}> {
  const {samples, isolated, stopper} = opts;
  const targetMs = batchTargetMs(isolated);
  const timing: Timing = {samples, targetMs};
  const a = stopper.track(createBenchWorker('bench-a'));
  const b = stopper.track(createBenchWorker('bench-b'));
  try {
    await Promise.all([a.ready, b.ready]);
    const o = await a.call((api) => api.overhead(timing));
    const harness: Harness = {loopNs: summarize(o.loopNs), clockNs: o.clockNs, clockStepUs: o.clockStepUs, isolated: o.isolated, targetMs};
    opts.onHarness?.(harness);
    const loopNs = harness.loopNs.median;
    const rows: SwitchRow[] = [];
    const add = (r: SwitchRow) => {
      rows.push(r);
      opts.onRow?.(r);
    };
    for (const kind of ['generator', 'await', 'channel'] as LocalKind[]) {
      stopper.check();
      add(row(kind, await a.call((api) => api.local(kind, timing)), loopNs));
    }
    stopper.check();
    const {port1, port2} = new MessageChannel();
    await b.call((api) => api.echo(transfer(port2, [port2])));
    add(row('postMessage', await a.call((api) => api.roundTrips(transfer(port1, [port1]), timing)), loopNs));
    if (isolated && typeof SharedArrayBuffer !== 'undefined') {
      stopper.check();
      const buffer = new SharedArrayBuffer(4);
      const serving = b.call((api) => api.atomicsServe(buffer));
      add(row('atomics', await a.call((api) => api.atomicsPing(buffer, timing)), loopNs));
      await serving;
    }
    return {harness, rows};
  } finally {
    stopper.release(a);
    stopper.release(b);
  }
}

// ---------------------------------------------------------------------------------------------
// Speed-up vs workers, against Amdahl's law

export interface SpeedupPoint {
  workers: number;
  /** Wall time of each repetition, ms. */
  times: number[];
  time: Summary;
  /**
   * How much longer each worker's share of the parallel part took than the calibration says it
   * should (median over repetitions of the mean over workers): 1 when every worker had a core
   * to itself, about n ÷ cores when n workers shared the cores.
   */
  stretch: number;
  speedup: number;
  amdahl: number;
  karpFlatt: number;
}

export interface SpeedupResult {
  iterationsPerMs: number;
  points: SpeedupPoint[];
}

/**
 * A job of `totalMs` of CPU work (calibrated here), of which `serialFraction` runs on one
 * worker first and the rest is split evenly over n workers. Each n is timed `reps` times,
 * alternating the order of n between repetitions so slow drift does not favour one end.
 */
export async function measureSpeedup(opts: {
  counts: number[];
  totalMs: number;
  serialFraction: number;
  reps: number;
  stopper: Stopper;
  onProgress?: (done: number, total: number) => void;
}): Promise<SpeedupResult> {
  const {counts, totalMs, serialFraction, reps, stopper} = opts;
  const most = Math.max(...counts);
  const workers = Array.from({length: most}, (_, i) => stopper.track(createBenchWorker(`speedup-${i + 1}`)));
  try {
    await Promise.all(workers.map((w) => w.ready));
    const ipm = await workers[0].call((api) => api.calibrate());
    // Warm every worker's JIT up, one at a time (the calibration warmed the first).
    for (const w of workers.slice(1)) await w.call((api) => api.burn(Math.round(ipm * 40)));
    const serial = Math.round(ipm * totalMs * serialFraction);
    const parallel = Math.round(ipm * totalMs * (1 - serialFraction));
    const times = new Map<number, number[]>(counts.map((n) => [n, []]));
    const stretches = new Map<number, number[]>(counts.map((n) => [n, []]));
    let done = 0;
    for (let r = 0; r < reps; r++) {
      const order = r % 2 === 0 ? counts : [...counts].reverse();
      for (const n of order) {
        stopper.check();
        await pause(40); // let the page render the progress before the next timing
        const t0 = performance.now();
        if (serial > 0) await workers[0].call((api) => api.burn(serial));
        const share = Math.round(parallel / n);
        const took = await Promise.all(workers.slice(0, n).map((w) => w.call((api) => api.burn(share))));
        times.get(n)!.push(performance.now() - t0);
        if (share > 0) stretches.get(n)!.push(took.reduce((a, b) => a + b, 0) / n / (share / ipm));
        opts.onProgress?.(++done, reps * counts.length);
      }
    }
    const one = median(times.get(1) ?? times.get(counts[0])!);
    const points = counts.map((n) => {
      const t = times.get(n)!;
      const s = speedup(one, median(t));
      return {workers: n, times: t, time: summarize(t), stretch: median(stretches.get(n)!), speedup: s, amdahl: amdahl(serialFraction, n), karpFlatt: karpFlatt(s, n)};
    });
    return {iterationsPerMs: ipm, points};
  } finally {
    for (const w of workers) stopper.release(w);
  }
}

// ---------------------------------------------------------------------------------------------
// Worker start-up, and copying vs transferring vs sharing a buffer

/** Ms from `start()` until the worker it starts has answered, `samples` times, one at a time. */
export async function measureStartup(start: () => Promise<{terminate(): void}>, samples: number, stopper: Stopper): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    stopper.check();
    const t0 = performance.now();
    const w = await start();
    times.push(performance.now() - t0);
    w.terminate();
    await pause(30);
  }
  return times;
}

/** Starts the smallest possible worker and resolves at its first message. */
export function startHelloWorker(): Promise<Worker> {
  const worker = new Worker(new URL('./hello.worker.ts', import.meta.url), {name: 'hello'});
  return new Promise((resolve, reject) => {
    worker.onmessage = () => resolve(worker);
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`the worker failed to start: ${event.message}`));
    };
  });
}

export type BufferMode = 'empty' | 'copy' | 'transfer' | 'share';
export const BUFFER_MODES: BufferMode[] = ['empty', 'copy', 'transfer', 'share'];

export interface BufferRow {
  mode: BufferMode;
  bytes: number;
  /** Round trip: the page sends, the worker touches the data and answers. */
  roundTrip: Summary;
  /** What the payload adds: this median minus the empty message's median (may be ≈ 0 or below). */
  extraMs: number;
}

/**
 * Sends a buffer of `bytes` to a worker, which touches its first and last byte and answers:
 * copied (structured clone), transferred (and given back in the answer), or shared
 * (SharedArrayBuffer, needs cross-origin isolation). An empty message is the baseline. The
 * modes take turns within each round, so slow drift on a busy machine hits all of them alike.
 */
export async function measureBuffers(opts: {bytes: number; samples: number; isolated: boolean; stopper: Stopper}): Promise<BufferRow[]> {
  const {bytes, samples, stopper} = opts;
  const w = stopper.track(createBenchWorker('buffers'));
  try {
    await w.ready;
    const copied = new ArrayBuffer(bytes);
    new Uint8Array(copied).fill(7);
    let moving = new ArrayBuffer(bytes);
    new Uint8Array(moving).fill(7);
    const shared = opts.isolated && typeof SharedArrayBuffer !== 'undefined' ? new SharedArrayBuffer(bytes) : null;
    if (shared) new Uint8Array(shared).fill(7);
    const send: [BufferMode, () => Promise<unknown>][] = [
      ['empty', () => w.call((api) => api.receive(null))],
      [
        'transfer',
        async () => {
          moving = await w.call((api) => api.giveBack(transfer(moving, [moving])));
        },
      ],
    ];
    if (shared) send.push(['share', () => w.call((api) => api.receive(shared))]);
    // Each copy leaves a large garbage buffer behind in the worker: copy last in each round,
    // then pause, so the garbage collector's work lands between timings rather than in them.
    send.push(['copy', () => w.call((api) => api.receive(copied))]);
    const times = new Map<BufferMode, number[]>(send.map(([m]) => [m, []]));
    for (let round = 0; round <= samples; round++) {
      for (const [mode, go] of send) {
        stopper.check();
        const t0 = performance.now();
        await go();
        if (round > 0) times.get(mode)!.push(performance.now() - t0); // round 0 warms up
      }
      await pause(40);
    }
    const base = median(times.get('empty')!);
    return BUFFER_MODES.filter((m) => times.has(m)).map((mode) => {
      const t = times.get(mode)!;
      return {mode, bytes: mode === 'empty' ? 0 : bytes, roundTrip: summarize(t), extraMs: median(t) - base};
    });
  } finally {
    stopper.release(w);
  }
}
