/**
 * The page's end of the bench workers (bench.worker.ts, called through comlink), the Stopper
 * that lets a run be stopped from outside, and `pause`. The experiments themselves are in
 * switches.ts, speedup.ts, startup.ts and buffers.ts. Framework-free (no React); it needs a
 * browser.
 */
import {releaseProxy, wrap, type Remote} from 'comlink';
import type {BenchApi} from './protocol';

/**
 * A bench worker. Calls go through `call`, so that a worker that fails rejects the calls it
 * has not answered, and `terminate()` rejects those still waiting (comlink alone would leave
 * them pending for ever).
 */
export class BenchWorker {
  /** Resolves when the worker says it is listening; rejects if it fails or is terminated first. */
  readonly ready: Promise<void>;
  private readonly api: Remote<BenchApi>;
  private notReady: (e: Error) => void = () => {};
  private readonly pending = new Set<(e: Error) => void>();
  private dead = false;

  constructor(readonly worker: Worker) {
    this.api = wrap<BenchApi>(worker);
    this.ready = new Promise<void>((resolve, reject) => {
      this.notReady = reject;
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

  /** Kills the worker at once; calls still waiting (and `ready`, if it has not settled) reject. */
  terminate(): void {
    if (this.dead) return;
    this.dead = true;
    this.worker.terminate();
    // Comlink keeps the proxy in a FinalizationRegistry until it is released.
    this.api[releaseProxy]();
    const stopped = new Error('stopped');
    this.notReady(stopped);
    this.fail(stopped);
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
