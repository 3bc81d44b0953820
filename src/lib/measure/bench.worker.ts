/// <reference lib="webworker" />
/**
 * A bench worker for the measure page: it runs the loops of loops.ts and answers the page.
 * One request at a time; every reply carries the request's id.
 */
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
import type {BenchRequest, OverheadFigures} from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const clock = () => performance.now();
const LOCAL = {generator: generatorBatch, await: awaitBatch, channel: channelBatch};

async function handle(req: BenchRequest): Promise<{value: unknown; transfer?: Transferable[]}> {
  switch (req.cmd) {
    case 'local':
      return {value: await measureBatches(LOCAL[req.kind], {clock, samples: req.samples, targetMs: req.targetMs})};
    case 'overhead': {
      const loop = await measureBatches(loopBatch, {clock, samples: req.samples, targetMs: req.targetMs});
      const value: OverheadFigures = {
        loopNs: loop.samplesNs,
        clockNs: clockCostNs(clock),
        clockStepUs: clockStepUs(clock),
        isolated: self.crossOriginIsolated === true,
      };
      return {value};
    }
    case 'echo':
      echo(req.port);
      return {value: true};
    case 'roundtrips':
      return {value: await measureBatches(roundTripBatch(req.port), {clock, samples: req.samples, targetMs: req.targetMs})};
    case 'atomics-serve':
      return {value: atomicsServe(new Int32Array(req.buffer))};
    case 'atomics-ping': {
      const cell = new Int32Array(req.buffer);
      try {
        return {value: await measureBatches(atomicsPingBatch(cell), {clock, samples: req.samples, targetMs: req.targetMs, warmUp: 1})};
      } finally {
        atomicsStop(cell);
      }
    }
    case 'calibrate':
      return {value: calibrateBurn(clock)};
    case 'burn': {
      const t0 = clock();
      burn(req.iterations, 1);
      return {value: clock() - t0};
    }
    case 'receive': {
      const p = req.payload;
      let seen = 0;
      if (p instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && p instanceof SharedArrayBuffer)) {
        const bytes = new Uint8Array(p);
        seen = bytes.length > 0 ? bytes[0] + bytes[bytes.length - 1] : 0;
      }
      if (req.giveBack && p instanceof ArrayBuffer) return {value: p, transfer: [p]};
      return {value: seen};
    }
  }
}

self.onmessage = async (event: MessageEvent<{id: number; req: BenchRequest}>) => {
  const {id, req} = event.data;
  try {
    const {value, transfer} = await handle(req);
    self.postMessage({id, ok: true, value}, transfer ?? []);
  } catch (err) {
    self.postMessage({id, ok: false, error: String((err as Error)?.message ?? err)});
  }
};
self.postMessage({ready: true});
