import type {LogLevel, ReportedError, SpanKind} from './protocol';

/** Everything a run has shown so far; the page renders this and nothing else. */
export interface RunReport {
  status: RunStatus;
  /** Absolute ms of the click on Run; every `t`, `start` and `end` below counts from it. */
  startedAt: number;
  /** Ms from start to the end of the run, once it has ended. */
  duration?: number;
  lines: OutputLine[];
  /** Lines the run printed past the output cap: counted, not kept. */
  droppedLines: number;
  spans: Span[];
  lanes: Lane[];
  /** Why the run failed, was stopped or timed out; absent while running or when it ended well. */
  error?: RunError;
}

export type RunStatus = 'starting' | 'running' | 'done' | 'failed' | 'stopped' | 'timeout';

export interface OutputLine {
  lane: string;
  level: LogLevel | 'system';
  t: number;
  text: string;
}

export interface Span {
  lane: string;
  kind: SpanKind;
  start: number;
  end: number;
  label?: string;
}

export interface Lane {
  name: string;
  /** What ran there: "page", "main", or the spawned function's name. */
  title: string;
  start: number;
  end?: number;
  state: 'running' | 'done' | 'failed' | 'killed';
}

export interface RunError extends ReportedError {
  lane: string;
}

export function emptyReport(startedAt: number): RunReport {
  return {status: 'starting', startedAt, lines: [], droppedLines: 0, spans: [], lanes: [], error: undefined};
}

export function isFinished(status: RunStatus): boolean {
  return status !== 'starting' && status !== 'running';
}

/** Ends every lane still running when the run ends: the page lane as done, the rest as `how`. */
export function closeLanes(lanes: Lane[], end: number, how: Lane['state']): void {
  for (const lane of lanes) {
    if (lane.end === undefined) {
      lane.end = end;
      lane.state = lane.name === 'page' ? 'done' : how;
    }
  }
}
