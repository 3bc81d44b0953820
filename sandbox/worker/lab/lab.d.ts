/**
 * `lab`: the library every example may import. It runs inside the example's Web Worker.
 * Every call here is real (real timers, real CPU work, real workers) and draws itself on
 * the example's timeline. This declaration is the stable, documented contract: teachers and
 * tests write code against it, and the editor shows it as types.
 */
declare module 'lab' {
  /**
   * Simulated blocking I/O: waits about `ms` milliseconds without using the CPU.
   * The worker is free to run other code meanwhile. Drawn as an I/O span.
   */
  export function sleep(ms: number, label?: string): Promise<void>;

  /**
   * A fixed amount of real computation: as much as this device does in about `ms`
   * milliseconds on an idle core (measured once per runner). The worker can do nothing else
   * meanwhile. Drawn as a CPU span (named `label` if given); when more workers compute than
   * there are free cores it takes longer, and the span shows the extra as waiting for a core.
   * Returns what it measured: how long it took, how much of that was beyond the work itself
   * (waiting for a core), and how many times the worker was seen paused off its core.
   */
  export function work(ms: number, label?: string): WorkReport;

  /** What one `work()` call measured, in ms. */
  export interface WorkReport {
    /** From start to end of the computation. */
    readonly took: number;
    /** `took` less the work's own `ms`: time spent ready, waiting for a core (≈ 0 on an idle core). */
    readonly waited: number;
    /** How many times the worker stopped making progress for over half a millisecond. */
    readonly pauses: number;
  }

  /**
   * Draws a span named `label` around your own code: runs `fn` at once and returns what it
   * returns. If `fn` returns a promise, the span lasts until it settles. Use it to see a
   * plain loop, an `Atomics.wait` or a whole phase of your program on the timeline.
   */
  export function span<T>(label: string, fn: () => T): T;

  /** A worker started by `spawn`. */
  export interface WorkerHandle<T> {
    /** The lane name this worker has on the timeline, e.g. "w1". */
    readonly name: string;
    /** Settles with `fn`'s return value, or rejects with its error (or when killed). */
    readonly result: Promise<T>;
    /** Terminates that worker at once; `result` rejects. */
    kill(): void;
  }

  /**
   * Starts a new real Web Worker running `fn(...args)`. Like a separate process, `fn` sees
   * only its arguments (copied; a SharedArrayBuffer is shared) and `lab`, never the
   * variables around it. Awaiting `result` is drawn as a wait span.
   */
  export function spawn<A extends unknown[], R>(
    fn: (...args: A) => R | Promise<R>,
    ...args: A
  ): WorkerHandle<Awaited<R>>;

  /** Milliseconds since Run was clicked, on a clock shared by every worker of the run. */
  export function now(): number;

  /** The timeline lane of the code calling it: "main" or "w1", "w2", ... */
  export function lane(): string;

  /** Logical cores the browser reports (`navigator.hardwareConcurrency`). */
  export const cores: number;

  /** True when this page may use SharedArrayBuffer (it is cross-origin isolated). */
  export const canShareMemory: boolean;

  /**
   * `length` 32-bit integers in shared memory (a SharedArrayBuffer), all 0. Pass the array
   * to `spawn` and every worker sees the same memory. Throws a clear error when the page is
   * not cross-origin isolated.
   */
  export function sharedInts(length: number): Int32Array;

  /** A mutual-exclusion lock in shared memory, built on Atomics.wait/notify. */
  export type Mutex = Int32Array;

  /** Makes an unlocked mutex. Pass it to `spawn` to share it. */
  export function mutex(): Mutex;

  /** Blocks this worker until it holds the mutex (drawn as a wait span if it had to wait). */
  export function lock(m: Mutex): void;

  /** Releases the mutex and wakes one waiting worker. */
  export function unlock(m: Mutex): void;

  /** Runs `fn` while holding the mutex, and releases it even if `fn` throws. */
  export function withLock<T>(m: Mutex, fn: () => T): T;

  /**
   * A channel: a queue of whole numbers (32-bit integers) in shared memory that workers use to
   * talk to each other. Pass it to `spawn` to share it. Make one with `channel(capacity)`.
   */
  export type Channel = Int32Array;

  /** Makes an open channel that holds up to `capacity` numbers (1 to 1024, default 1). */
  export function channel(capacity?: number): Channel;

  /**
   * Puts `value` into the channel; blocks this worker while the channel is full (drawn as a
   * wait span). Throws if the channel is closed.
   */
  export function send(ch: Channel, value: number): void;

  /**
   * Takes the oldest number out of the channel; blocks this worker while it is empty (drawn as
   * a wait span). Returns `undefined` once the channel is closed and empty: nothing more will come.
   */
  export function receive(ch: Channel): number | undefined;

  /** Closes the channel: what is in it can still be received, nothing more can be sent. */
  export function close(ch: Channel): void;
}
