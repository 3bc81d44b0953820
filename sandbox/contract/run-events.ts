/**
 * What happens to a run, as the runner frame tells the page: the one vocabulary between the
 * two. Both build the same report from the same events with `reduce` (shared/reduce.ts): the frame
 * for itself, the page from the batches the frame forwards. Types only.
 */
import type {Lane, OutputLine, RunError, RunStatus, Span} from './report';

export type FinalStatus = Exclude<RunStatus, 'starting' | 'running'>;

export type RunEvent =
  /** The run started (at `startedAt`, absolute ms: timeOrigin + now()). */
  | {type: 'start'; startedAt: number}
  | {type: 'line'; line: OutputLine}
  | {type: 'span'; span: Span}
  | {type: 'lane-start'; lane: Lane}
  | {type: 'lane-end'; name: string; end: number; state: Lane['state']}
  /** Lines or spans past the run's caps: counted, not kept. */
  | {type: 'dropped'; lines?: number; spans?: number}
  /** The run ended; every lane still open ends with it. */
  | {type: 'end'; status: FinalStatus; duration: number; error?: RunError};
