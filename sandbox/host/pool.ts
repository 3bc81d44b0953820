import {releaseProxy, wrap, type Remote} from 'comlink';
import type {WorkerApi} from '../contract/protocol';
import {reportWorkRate, shouldCalibrate} from './calibration';

/** A worker that has loaded the runtime and answered on its private port. */
export interface ReadyWorker {
  worker: Worker;
  api: Remote<WorkerApi>;
  /** The page's end of the API channel: closed when the worker is done with. */
  port: MessagePort;
}

/**
 * Ends a worker for good. Releasing the comlink proxy matters: comlink keeps every proxy's
 * port in a FinalizationRegistry, and a call still pending on that port (a stopped run's
 * `runModule`) holds the proxy itself, so without this the whole run stays in memory.
 */
export function disposeWorker(ready: ReadyWorker): void {
  ready.worker.terminate();
  ready.api[releaseProxy]();
  ready.port.close();
}

/** How a worker is made; tests and the page both use `createRuntimeWorker`. */
export type WorkerFactory = (name: string) => Worker;

export const createRuntimeWorker: WorkerFactory = (name) =>
  new Worker(new URL('../worker/main.ts', import.meta.url), {name});

/**
 * Starts a worker and resolves when its runtime is ready, or rejects if it fails to load.
 * `warm` has it load and exercise the compiler first (for workers that will run a module).
 */
export function startWorker(factory: WorkerFactory, name: string, warm = false): Promise<ReadyWorker> {
  const worker = factory(name);
  const channel = new MessageChannel();
  return new Promise<ReadyWorker>((resolve, reject) => {
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      reject(new Error(`The runtime worker failed to start${event.message ? `: ${event.message}` : ''}`));
    };
    worker.addEventListener('error', onError, {once: true});
    const calibrate = warm && shouldCalibrate();
    channel.port1.onmessage = (event) => {
      if (!event.data?.ready) return;
      if (calibrate) reportWorkRate(event.data.workRate);
      channel.port1.onmessage = null;
      worker.removeEventListener('error', onError);
      resolve({worker, api: wrap<WorkerApi>(channel.port1), port: channel.port1});
    };
    worker.postMessage({port: channel.port2, warm, calibrate}, [channel.port2]);
  });
}

/**
 * Keeps one fresh worker started ahead of time, so a click on Run does not wait for a worker
 * to boot (or for the compiler to warm up). A worker is used for one run only and then
 * terminated.
 */
export class WorkerPool {
  private spare: Promise<ReadyWorker> | null = null;
  /** The spare once it has answered: handed out synchronously, inside the click. */
  private ready: ReadyWorker | null = null;

  constructor(private readonly factory: WorkerFactory = createRuntimeWorker) {}

  /**
   * Starts the spare worker if there is none. With `code`, the spare also compiles it ahead,
   * so running that code (an unedited example) skips the compile.
   */
  prewarm(code?: string): void {
    if (!this.spare) {
      const spare = startWorker(this.factory, 'main', true);
      this.spare = spare;
      spare.then(
        (w) => {
          if (this.spare === spare) this.ready = w;
        },
        () => {
          if (this.spare === spare) this.spare = null;
        },
      );
    }
    if (code !== undefined) void this.spare.then((w) => w.api.prepare(code)).catch(() => {});
  }

  /**
   * A fresh worker for a run: the spare (synchronously if it is ready). The next spare is
   * started by the caller once the run is over, so it never competes with a run for a core.
   */
  take(): ReadyWorker | Promise<ReadyWorker> {
    const taken = this.ready ?? this.spare ?? startWorker(this.factory, 'main', true);
    this.spare = null;
    this.ready = null;
    return taken;
  }

  dispose(): void {
    void this.spare?.then(disposeWorker, () => {});
    this.spare = null;
    this.ready = null;
  }
}
