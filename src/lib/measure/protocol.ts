/** Messages between the measure page and its bench workers. Types only. */
import type {BatchMeasurement} from './loops';

export type LocalKind = 'generator' | 'await' | 'channel';

export type BenchRequest =
  /** Time one of the in-worker switches. */
  | {cmd: 'local'; kind: LocalKind; samples: number; targetMs: number}
  /** The harness's own cost: the loop alone, a clock reading, the clock's step. */
  | {cmd: 'overhead'; samples: number; targetMs: number}
  /** Keep `port` (to the partner worker) and echo everything that arrives on it. */
  | {cmd: 'echo'; port: MessagePort}
  /** Time round trips over `port` to an echoing partner. */
  | {cmd: 'roundtrips'; port: MessagePort; samples: number; targetMs: number}
  /** Answer Atomics pings on `buffer` until told to stop (blocks this worker meanwhile). */
  | {cmd: 'atomics-serve'; buffer: SharedArrayBuffer}
  /** Time Atomics ping-pongs with the serving partner, then stop it. */
  | {cmd: 'atomics-ping'; buffer: SharedArrayBuffer; samples: number; targetMs: number}
  /** Loop iterations per ms here. */
  | {cmd: 'calibrate'}
  /** Real CPU work; answers with the ms it took. */
  | {cmd: 'burn'; iterations: number}
  /** Touch the payload and answer at once (giving a transferred buffer back if asked). */
  | {cmd: 'receive'; payload: unknown; giveBack?: boolean};

export interface OverheadFigures {
  /** Ns per iteration of the bare harness loop. */
  loopNs: number[];
  clockNs: number;
  /** The smallest step of performance.now() seen, µs. */
  clockStepUs: number;
  isolated: boolean;
}
