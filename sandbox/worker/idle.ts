/// <reference lib="webworker" />
/**
 * When a worker's run is over: its module has run and nothing it scheduled is pending. The
 * reader's timers, and every other way a worker can schedule work, are counted; when the count
 * reaches zero (and no spawned child is alive) the run ends well.
 */
import {state} from './lab/state';
import {finish} from './outcome';

declare const self: DedicatedWorkerGlobalScope;

let moduleDone = false;

/** The reader's module (or spawned function) has run to its end: the run ends once nothing is pending. */
export function markModuleDone(): void {
  moduleDone = true;
  checkIdle();
}

// Timers the reader sets are counted: the run is over when none is left.
const pendingTimers = new Set<unknown>();
const nativeSetTimeout = self.setTimeout.bind(self);
const nativeClearTimeout = self.clearTimeout.bind(self);
const nativeSetInterval = self.setInterval.bind(self);
const nativeClearInterval = self.clearInterval.bind(self);

const isIdle = () => moduleDone && pendingTimers.size === 0 && state.liveChildren === 0;

/** Ends the run once nothing is left to wait for. Two task hops: the browser reports an
 * unhandled rejection in a task of its own, and that must fail the run, not come too late. */
function checkIdle(): void {
  nativeSetTimeout(() => {
    if (isIdle()) nativeSetTimeout(() => isIdle() && finish({ok: true}), 0);
  }, 0);
}
state.onMaybeIdle = checkIdle;

export function installTimers(): void {
  const g = self as unknown as Record<string, unknown>;
  g.setTimeout = (fn: unknown, ms?: number, ...args: unknown[]) => {
    const id: number = nativeSetTimeout(() => {
      pendingTimers.delete(id);
      try {
        if (typeof fn === 'function') fn(...args);
      } finally {
        checkIdle();
      }
    }, ms);
    pendingTimers.add(id);
    return id;
  };
  g.clearTimeout = (id: number) => {
    pendingTimers.delete(id);
    nativeClearTimeout(id);
    checkIdle();
  };
  g.setInterval = (fn: unknown, ms?: number, ...args: unknown[]) => {
    const id = nativeSetInterval(() => {
      if (typeof fn === 'function') fn(...args);
    }, ms);
    pendingTimers.add(id);
    return id;
  };
  g.clearInterval = (id: number) => {
    pendingTimers.delete(id);
    nativeClearInterval(id);
    checkIdle();
  };
  installScheduling();
}

/**
 * The other ways a worker can schedule work, counted like timers: a run is not over while one
 * is pending, so nothing they print is lost to a run declared done too early.
 */
function installScheduling(): void {
  const g = self as unknown as Record<string, unknown>;
  const track = <T>(promise: T): T => {
    if (!(promise instanceof Promise)) return promise;
    const token = {};
    pendingTimers.add(token);
    const done = () => {
      pendingTimers.delete(token);
      checkIdle();
    };
    promise.then(done, done);
    return promise;
  };
  const scheduler = g.scheduler as {postTask?: (...a: unknown[]) => Promise<unknown>; yield?: () => Promise<void>} | undefined;
  if (scheduler && typeof scheduler.postTask === 'function') {
    const postTask = scheduler.postTask.bind(scheduler);
    scheduler.postTask = (...args: unknown[]) => track(postTask(...args));
  }
  if (scheduler && typeof scheduler.yield === 'function') {
    const yieldNow = scheduler.yield.bind(scheduler);
    scheduler.yield = () => track(yieldNow());
  }
  if (typeof g.requestAnimationFrame === 'function' && typeof g.cancelAnimationFrame === 'function') {
    const request = (g.requestAnimationFrame as (cb: FrameRequestCallback) => number).bind(self);
    const cancel = (g.cancelAnimationFrame as (id: number) => void).bind(self);
    const frames = new Map<number, object>();
    g.requestAnimationFrame = (fn: unknown) => {
      const token = {};
      const id = request((t) => {
        frames.delete(id);
        pendingTimers.delete(token);
        try {
          if (typeof fn === 'function') fn(t);
        } finally {
          checkIdle();
        }
      });
      frames.set(id, token);
      pendingTimers.add(token);
      return id;
    };
    g.cancelAnimationFrame = (id: number) => {
      pendingTimers.delete(frames.get(id));
      frames.delete(id);
      cancel(id);
      checkIdle();
    };
  }
  const atomics = Atomics as unknown as {waitAsync?: (...a: unknown[]) => {async: boolean; value: unknown}};
  if (typeof atomics.waitAsync === 'function') {
    const waitAsync = atomics.waitAsync.bind(Atomics);
    atomics.waitAsync = (...args: unknown[]) => {
      const result = waitAsync(...args);
      if (result.async) track(result.value);
      return result;
    };
  }
  // A request nobody awaits still prints its answer: the run waits for it, as for a timer.
  if (typeof g.fetch === 'function') {
    const fetchNow = (g.fetch as typeof fetch).bind(self);
    g.fetch = (...args: Parameters<typeof fetch>) => track(fetchNow(...args));
  }
}
