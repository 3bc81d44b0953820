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
   * Real CPU work for about `ms` milliseconds: the worker spins and can do nothing else.
   * Drawn as a CPU span (named `label` if given, e.g. the task or coroutine doing it).
   */
  export function work(ms: number, label?: string): void;

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
}
