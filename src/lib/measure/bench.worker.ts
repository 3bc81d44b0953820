/// <reference lib="webworker" />
/**
 * A bench worker for the measure page: it runs the loops of loops.ts for the page, which calls
 * it through comlink (client.ts). It says `{ready: true}` once it is listening.
 */
import {expose, transfer} from 'comlink';
import {calibrateBurn, burn} from './burn';
import {
  atomicsPingBatch,
  atomicsServe,
  atomicsStop,
  awaitBatch,
  channelBatch,
  clockCostNs,
  clockStepUs,
  echo,
  generatorBatch,
  loopBatch,
  measureBatches,
  roundTripBatch,
} from './loops';
import type {BenchApi} from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const clock = () => performance.now();
const LOCAL = {generator: generatorBatch, await: awaitBatch, channel: channelBatch};

/** The first byte plus the last of a buffer (so the data is really read), else 0. */
function touch(p: unknown): number {
  if (p instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && p instanceof SharedArrayBuffer)) {
    const bytes = new Uint8Array(p);
    return bytes.length > 0 ? bytes[0] + bytes[bytes.length - 1] : 0;
  }
  return 0;
}

const api: BenchApi = {
  local: (kind, {samples, targetMs}) => measureBatches(LOCAL[kind], {clock, samples, targetMs}),
  async overhead({samples, targetMs}) {
    const loop = await measureBatches(loopBatch, {clock, samples, targetMs});
    return {
      loopNs: loop.samplesNs,
      clockNs: clockCostNs(clock),
      clockStepUs: clockStepUs(clock),
      isolated: self.crossOriginIsolated === true,
    };
  },
  echo,
  roundTrips: (port, {samples, targetMs}) => measureBatches(roundTripBatch(port), {clock, samples, targetMs}),
  atomicsServe: (buffer) => atomicsServe(new Int32Array(buffer)),
  async atomicsPing(buffer, {samples, targetMs}) {
    const cell = new Int32Array(buffer);
    try {
      return await measureBatches(atomicsPingBatch(cell), {clock, samples, targetMs, warmUp: 1});
    } finally {
      atomicsStop(cell);
    }
  },
  calibrate: () => calibrateBurn(clock),
  burn(iterations) {
    const t0 = clock();
    burn(iterations, 1);
    return clock() - t0;
  },
  receive: touch,
  giveBack(buffer) {
    touch(buffer);
    return transfer(buffer, [buffer]);
  },
};

expose(api);
self.postMessage({ready: true});
