/** Worker start-up: how long from `new Worker(...)` until the worker answers. */
import {pause, type Stopper} from './client';

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
