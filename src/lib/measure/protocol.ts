/** What a bench worker offers the measure page (exposed through comlink). Types only. */
import type {BatchMeasurement} from './loops';

export type LocalKind = 'generator' | 'await' | 'channel';

/** How many batches to time, and how long each should last. */
export interface Timing {
  samples: number;
  targetMs: number;
}

export interface BenchApi {
  /** Time one of the in-worker switches. */
  local(kind: LocalKind, timing: Timing): Promise<BatchMeasurement>;
  /** The harness's own cost: the loop alone, a clock reading, the clock's step. */
  overhead(timing: Timing): Promise<OverheadFigures>;
  /** Keep `port` (to the partner worker) and echo everything that arrives on it. */
  echo(port: MessagePort): void;
  /** Time round trips over `port` to an echoing partner. */
  roundTrips(port: MessagePort, timing: Timing): Promise<BatchMeasurement>;
  /** Answer Atomics pings on `buffer` until told to stop (blocks this worker meanwhile). */
  atomicsServe(buffer: SharedArrayBuffer): number;
  /** Time Atomics ping-pongs with the serving partner, then stop it. */
  atomicsPing(buffer: SharedArrayBuffer, timing: Timing): Promise<BatchMeasurement>;
  /** Loop iterations per ms here. */
  calibrate(): number;
  /** Real CPU work; answers with the ms it took. */
  burn(iterations: number): number;
  /** Touch the payload (first and last byte of a buffer) and answer at once. */
  receive(payload: unknown): number;
  /** Touch a transferred buffer and transfer it back. */
  giveBack(buffer: ArrayBuffer): ArrayBuffer;
}

export interface OverheadFigures {
  /** Ns per iteration of the bare harness loop. */
  loopNs: number[];
  clockNs: number;
  /** The smallest step of performance.now() seen, µs. */
  clockStepUs: number;
  isolated: boolean;
}
