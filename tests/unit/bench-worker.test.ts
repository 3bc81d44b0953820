import {afterEach, describe, expect, it} from 'vitest';
import {expose} from 'comlink';
import {BenchWorker, Stopper} from '../../src/lib/measure/client';
import type {BenchApi} from '../../src/lib/measure/protocol';

// The page's handle on a bench worker, over a MessageChannel standing in for the Worker: the
// ready handshake, calls through comlink, and what happens to calls still waiting when the
// worker fails or is terminated.

class FakeWorker {
  terminated = false;
  private readonly errors = new EventTarget();
  constructor(private readonly port: MessagePort) {}
  postMessage(data: unknown, transfer: Transferable[] = []): void {
    if (!this.terminated) this.port.postMessage(data, transfer as never);
  }
  addEventListener(type: string, listener: EventListener): void {
    if (type === 'error') this.errors.addEventListener(type, listener);
    else this.port.addEventListener(type, listener);
  }
  removeEventListener(type: string, listener: EventListener): void {
    if (type === 'error') this.errors.removeEventListener(type, listener);
    else this.port.removeEventListener(type, listener);
  }
  start(): void {
    this.port.start();
  }
  terminate(): void {
    this.terminated = true;
  }
  /** What a worker's uncaught error looks like to the page. */
  fail(message: string): void {
    this.errors.dispatchEvent(Object.assign(new Event('error', {cancelable: true}), {message}));
  }
}

const never = () => new Promise<never>(() => {});
const fakeApi = {calibrate: () => 42, burn: never, receive: () => Promise.reject(new Error('no payload'))} as unknown as BenchApi;

const open: MessagePort[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

function start(): {fake: FakeWorker; bench: BenchWorker} {
  const {port1, port2} = new MessageChannel();
  open.push(port1, port2);
  expose(fakeApi, port2 as never);
  port2.postMessage({ready: true});
  const fake = new FakeWorker(port1);
  port1.start();
  return {fake, bench: new BenchWorker(fake as unknown as Worker)};
}

describe('BenchWorker', () => {
  it('is ready once the worker says so, and answers calls through comlink', async () => {
    const {bench} = start();
    await bench.ready;
    expect(await bench.call((api) => api.calibrate())).toBe(42);
  });

  it('passes an error thrown in the worker on, message and all', async () => {
    const {bench} = start();
    await bench.ready;
    await expect(bench.call((api) => api.receive(null))).rejects.toThrow('no payload');
  });

  it('rejects calls still waiting, and later ones, with "stopped" once terminated', async () => {
    const {fake, bench} = start();
    await bench.ready;
    const waiting = bench.call((api) => api.burn(1));
    bench.terminate();
    expect(fake.terminated).toBe(true);
    await expect(waiting).rejects.toThrow('stopped');
    await expect(bench.call((api) => api.calibrate())).rejects.toThrow('stopped');
  });

  it('rejects calls still waiting when the worker fails, saying why', async () => {
    const {fake, bench} = start();
    await bench.ready;
    const waiting = bench.call((api) => api.burn(1));
    fake.fail('boom');
    await expect(waiting).rejects.toThrow('bench worker failed: boom');
  });

  it('rejects `ready` with "stopped" when terminated before the worker said it was ready', async () => {
    const {bench} = start();
    bench.terminate();
    await expect(bench.ready).rejects.toThrow('stopped');
  });

  it('is terminated by the Stopper that tracks it, even when tracked after the stop', async () => {
    const stopper = new Stopper();
    const first = start();
    await first.bench.ready;
    stopper.track(first.bench);
    stopper.stop();
    expect(first.fake.terminated).toBe(true);
    expect(() => stopper.check()).toThrow('stopped');
    const late = start();
    stopper.track(late.bench);
    expect(late.fake.terminated).toBe(true);
    await expect(late.bench.ready).rejects.toThrow('stopped');
  });
});
