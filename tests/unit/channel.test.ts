import {Worker} from 'node:worker_threads';
import {beforeAll, describe, expect, it} from 'vitest';

// The channel's rules (sandbox/worker/lab/channel.ts); how it blocks between real workers is shown
// in the browser (tests/e2e/concurrency-vs-parallelism.spec.ts, the pipeline):
// first in, first out; closed and drained means undefined; bad input gets a clear message.
beforeAll(() => {
  (globalThis as {crossOriginIsolated?: boolean}).crossOriginIsolated = true;
});
const lab = () => import('../../sandbox/worker/lab/channel');

describe('channel', () => {
  it('hands numbers over first in, first out, around the ring', async () => {
    const {channel, send, receive} = await lab();
    const ch = channel(3);
    const got: (number | undefined)[] = [];
    for (let round = 0; round < 4; round++) {
      send(ch, round * 10 + 1);
      send(ch, round * 10 + 2);
      got.push(receive(ch), receive(ch));
    }
    expect(got).toEqual([1, 2, 11, 12, 21, 22, 31, 32]);
  });

  it('after close, gives what is left, then undefined, and refuses more', async () => {
    const {channel, send, receive, close} = await lab();
    const ch = channel(2);
    send(ch, 7);
    close(ch);
    expect(receive(ch)).toBe(7);
    expect(receive(ch)).toBeUndefined();
    expect(receive(ch)).toBeUndefined();
    expect(() => send(ch, 8)).toThrow(/closed/);
  });

  it('says what is wrong with bad input', async () => {
    const {channel, send, receive} = await lab();
    expect(() => channel(0)).toThrow(/1 to 1024, got 0/);
    expect(() => channel(2.5)).toThrow(/whole number/);
    expect(() => send(channel(), 1.5)).toThrow(/whole numbers \(32-bit integers\), got 1.5/);
    expect(() => send(channel(), 2 ** 31)).toThrow(/32-bit/);
    expect(() => receive(new Int32Array(new SharedArrayBuffer(32)))).toThrow(/channel made by channel\(\)/);
    expect(() => receive([] as unknown as Int32Array)).toThrow(/channel made by channel\(\)/);
  });

  it('wakes a worker waiting on it when a value is sent', async () => {
    const {channel, send, receive} = await lab();
    const ch = channel(1);
    // A blocked receive() sleeps on the change counter (index 2); send() must wake it, or the
    // worker sleeps the whole 5 s and says 'timed-out'.
    const worker = new Worker(
      `const {parentPort, workerData: ch} = require('node:worker_threads');
       parentPort.postMessage('ready');
       parentPort.postMessage(Atomics.wait(ch, 2, 0, 5000));`,
      {eval: true, workerData: ch},
    );
    const said: string[] = [];
    const woke = new Promise<string>((resolve) =>
      worker.on('message', (m: string) => {
        said.push(m);
        if (m !== 'ready') resolve(m);
      }),
    );
    while (!said.includes('ready')) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    send(ch, 5);
    expect(await woke).not.toBe('timed-out');
    expect(receive(ch)).toBe(5);
    await worker.terminate();
  });
});
