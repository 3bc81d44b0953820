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
  /** Spans past the span cap that reached the runner: counted, not kept (a worker stops sending at the cap too). */
  droppedSpans?: number;
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
  /** Characters the runner cut off the end of `text` (the page shows that it was cut). */
  cut?: number;
}

export interface Span {
  lane: string;
  kind: SpanKind;
  start: number;
  end: number;
  label?: string;
  /** See SpanEvent: the ms the span needed alone, and when it was ready but not running. */
  work?: number;
  waits?: Array<[number, number]>;
  /** Characters the runner cut off the end of `label`. */
  labelCut?: number;
}

export interface Lane {
  name: string;
  /** What ran there: "page", "main", or the spawned function's name. */
  title: string;
  /** Characters the runner cut off the end of `title`. */
  titleCut?: number;
  start: number;
  end?: number;
  state: 'running' | 'done' | 'failed' | 'killed';
}

export interface RunError extends ReportedError {
  lane: string;
  /** Characters the runner cut off the end of `message`. */
  messageCut?: number;
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

/**
 * How long a span's code was ready but not running: for a CPU span, the time beyond what its
 * computation needs on an idle core; for an I/O span, from when its timer was due until its
 * busy worker got to it. Zero when the worker drew no waits (nothing beyond noise).
 */
export function readyMs(span: Span): number {
  if (!span.waits?.length) return 0;
  if (span.kind === 'cpu' && span.work !== undefined) return Math.max(0, span.end - span.start - span.work);
  return span.waits.reduce((sum, [a, b]) => sum + (b - a), 0);
}
