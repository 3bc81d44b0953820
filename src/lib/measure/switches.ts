/**
 * The cost of one switch: in-worker switches (generator, await, MessageChannel) and switches
 * between two bench workers (postMessage, Atomics), the harness's own cost subtracted.
 */
import {transfer} from 'comlink';
import {createBenchWorker, type Stopper} from './client';
import type {BatchMeasurement} from './loops';
import type {LocalKind, Timing} from './protocol';
import {subtract, summarize, type Summary} from './stats';

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

/** A row of the table from one kind's batches, less `loopNs` (the harness's loop) per operation. */
export function switchRow(kind: SwitchKind, m: BatchMeasurement, loopNs: number): SwitchRow {
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
      add(switchRow(kind, await a.call((api) => api.local(kind, timing)), loopNs));
    }
    stopper.check();
    const {port1, port2} = new MessageChannel();
    await b.call((api) => api.echo(transfer(port2, [port2])));
    add(switchRow('postMessage', await a.call((api) => api.roundTrips(transfer(port1, [port1]), timing)), loopNs));
    if (isolated && typeof SharedArrayBuffer !== 'undefined') {
      stopper.check();
      const buffer = new SharedArrayBuffer(4);
      const serving = b.call((api) => api.atomicsServe(buffer));
      // Stop rejects both calls: the ping's rejection is the one that ends the run.
      serving.catch(() => {});
      add(switchRow('atomics', await a.call((api) => api.atomicsPing(buffer, timing)), loopNs));
      await serving;
    }
    return {harness, rows};
  } finally {
    stopper.release(a);
    stopper.release(b);
  }
}
