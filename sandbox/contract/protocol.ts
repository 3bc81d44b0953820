/**
 * The wire format between the run session (in the runner frame) and its workers. Types only;
 * behaviour lives in host/runner.ts (frame side) and worker/main.ts (worker side).
 */
import type {Language} from './language';

export type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/**
 * Kinds of timeline span: `cpu` from work(), `io` from sleep(), `wait` from lock()/awaiting a
 * result, `task` from span(label, fn) around the reader's own code, `setup` the runtime's own
 * start-up. The run session drops any other kind. A new kind is added here, emitted by a lab
 * function (worker/lab/), and named and coloured in the Timeline (the compiler asks for its
 * name there).
 */
export const SPAN_KINDS = ['cpu', 'io', 'wait', 'task', 'setup'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** One console line, as the worker formatted it. `t` is absolute: timeOrigin + now(). */
export interface LogEvent {
  type: 'log';
  lane: string;
  level: LogLevel;
  t: number;
  text: string;
}

/** One finished span on a lane. `start`/`end` are absolute ms (timeOrigin + now()). */
export interface SpanEvent {
  type: 'span';
  lane: string;
  kind: SpanKind;
  start: number;
  end: number;
  label?: string;
  /** cpu: ms of computation the span needed on an idle core; io: the ms slept. */
  work?: number;
  /**
   * Stretches inside the span when its code was ready but not running (absolute ms): a cpu
   * span waiting for a core, an io span whose timer was due while its worker was busy.
   */
  waits?: Array<[number, number]>;
}

/** How many log lines a worker dropped because the run hit its output cap. */
export interface DroppedEvent {
  type: 'dropped';
  lane: string;
  count: number;
}

export type WorkerEvent = LogEvent | SpanEvent | DroppedEvent;

/** Where in the reader's code something went wrong (1-based). */
export interface CodeLocation {
  line: number;
  column?: number;
}

/** An error as it crosses from worker to page: always plain data. */
export interface ReportedError {
  name: string;
  message: string;
  location?: CodeLocation;
  /** What kind of failure this was, so the page can word it. */
  phase: 'compile' | 'runtime' | 'unhandled' | 'spawn';
}

/** Settings the page sends with a run. */
export interface RunSettings {
  /** Absolute ms (timeOrigin + now()) when Run was clicked: `now()` counts from here. */
  runStart: number;
  /** Lane name of the worker receiving this: "main", "w1", ... */
  lane: string;
  /** Max output lines the worker may send (the rest are counted). */
  maxLines: number;
  /** Iterations per ms of `work()`'s kernel on an idle core, measured once per runner. */
  workRate?: number;
  /** The language of the runtime's own messages: the page's. */
  language?: Language;
}

/** What a spawned worker is asked to run. */
export interface SpawnRequest {
  /** The function's source text, already compiled to JavaScript. */
  source: string;
  args: unknown[];
  /** Local names the function may use for lab exports: local name → export name ("*" = namespace). */
  bindings: Record<string, string>;
  /** Where the function starts in the reader's code, so error lines point there. */
  at?: CodeLocation;
}

/** The page's side, called by workers (exposed to each worker through comlink). */
export interface HostApi {
  emit(events: WorkerEvent[]): void;
  /** Starts worker `lane` running the request; settles when it finishes, fails or is killed. */
  spawn(lane: string, request: SpawnRequest): Promise<RunOutcome>;
  /** Terminates worker `lane` (and the workers it spawned). */
  kill(lane: string): void;
}

/** The worker's side, called by the page (exposed on a private MessagePort through comlink). */
export interface WorkerApi {
  /**
   * Compiles and runs a module; settles when its top-level code and every timer it set finish.
   * `host` is a port on which the page exposes HostApi.
   */
  runModule(code: string, settings: RunSettings, host: MessagePort): Promise<RunOutcome>;
  /** Compiles `code` ahead of a likely run of exactly that code. */
  prepare(code: string): Promise<void>;
  /** Runs a spawned function; settles with its return value. */
  runSpawned(request: SpawnRequest, settings: RunSettings, host: MessagePort): Promise<RunOutcome>;
}

export type RunOutcome =
  | {ok: true; value?: unknown}
  | {ok: false; error: ReportedError};
