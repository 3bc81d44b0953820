import fs from 'node:fs';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {transform} from 'sucrase';
import {describe, expect, it} from 'vitest';
import {
  atomicsPingBatch,
  atomicsStop,
  awaitBatch,
  channelBatch,
  clockCostNs,
  clockStepUs,
  findBatchSize,
  generatorBatch,
  loopBatch,
  measureBatches,
} from '../../src/lib/measure/loops';
import {burn, calibrateBurn} from '../../src/lib/measure/burn';

const clock = () => performance.now();

describe('the switch loops (in Node, the same code the page runs)', () => {
  it('size a batch to the target and time it', async () => {
    const n = await findBatchSize(generatorBatch, clock, 5);
    expect(n).toBeGreaterThan(1000);
    const m = await measureBatches(generatorBatch, {clock, samples: 5, targetMs: 5});
    expect(m.samplesNs).toHaveLength(5);
    for (const ns of m.samplesNs) expect(ns).toBeGreaterThan(0);
  });
  it('a generator switch costs more than the bare loop, an await more than a generator step', async () => {
    const loop = await measureBatches(loopBatch, {clock, samples: 5, targetMs: 5});
    const gen = await measureBatches(generatorBatch, {clock, samples: 5, targetMs: 5});
    const aw = await measureBatches(awaitBatch, {clock, samples: 5, targetMs: 5});
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
    expect(med(gen.samplesNs)).toBeGreaterThan(med(loop.samplesNs));
    expect(med(aw.samplesNs)).toBeGreaterThan(med(loop.samplesNs));
  });
  it('MessageChannel ping-pong finishes and takes time', async () => {
    const m = await measureBatches(channelBatch, {clock, samples: 3, targetMs: 5});
    expect(Math.min(...m.samplesNs)).toBeGreaterThan(0);
  });
  it('the clock: a reading costs something and moves in small steps', () => {
    expect(clockCostNs(clock, 10_000)).toBeGreaterThan(0);
    const step = clockStepUs(clock);
    expect(step).toBeGreaterThan(0);
    expect(step).toBeLessThan(1000);
  });
  it('Atomics ping-pong with a real second thread', async () => {
    const src = fs.readFileSync(path.resolve(__dirname, '../../src/lib/measure/loops.ts'), 'utf8');
    const cjs = transform(src, {transforms: ['typescript', 'imports']}).code;
    const buffer = new SharedArrayBuffer(4);
    const worker = new Worker(
      `const exports = {}; const module = {exports};\n${cjs}\nconst {workerData, parentPort} = require('node:worker_threads');\nparentPort.postMessage(exports.atomicsServe(new Int32Array(workerData)));`,
      {eval: true, workerData: buffer},
    );
    const answered = new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const cell = new Int32Array(buffer);
    const m = await measureBatches(atomicsPingBatch(cell), {clock, samples: 3, targetMs: 5, warmUp: 1});
    atomicsStop(cell);
    expect(await answered).toBeGreaterThan(3 * m.batch);
    expect(Math.min(...m.samplesNs)).toBeGreaterThan(0);
    await worker.terminate();
  });
  it('burn: a calibrated number of iterations', () => {
    expect(burn(10, 1)).not.toBe(burn(11, 1));
    const perMs = calibrateBurn(clock, 3);
    expect(perMs).toBeGreaterThan(1000);
  });
});
