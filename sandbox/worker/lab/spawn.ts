import {absoluteNow} from '../../shared/clock';
import {locate} from '../compile/source-location';
import type {CodeLocation, ReportedError, RunOutcome} from '../../contract/protocol';
import {span} from './emitter';
import {state} from './state';
import {say} from '../../shared/messages';

export interface WorkerHandle<T> {
  readonly name: string;
  readonly result: Promise<T>;
  kill(): void;
}

/** An error that came back from another worker, rebuilt so `instanceof Error` holds. */
export function reviveError(error: ReportedError, lane: string): Error {
  const err = new Error(error.message);
  err.name = error.name;
  (err as Error & {lane?: string; location?: CodeLocation}).lane = lane;
  (err as Error & {location?: CodeLocation}).location = error.location;
  return err;
}

/**
 * Method shorthand (`name() {}`) is not an expression on its own; everything else a
 * function's source can be (function, arrow, async, class) already is.
 */
export function functionExpression(source: string): string {
  const trimmed = source.trimStart();
  if (/^(async\s+)?(function\b|class\b|\(|[\w$]+\s*=>)/.test(trimmed)) return source;
  if (/^async\s+[\w$]+\s*=>/.test(trimmed)) return source;
  return trimmed.startsWith('async ') ? `async function ${trimmed.slice(6)}` : `function ${trimmed}`;
}

let waiting = 0;
let waitStart = 0;

function beginWait(): void {
  if (waiting++ === 0) waitStart = absoluteNow();
}

function endWait(): void {
  if (--waiting === 0) span('wait', waitStart, absoluteNow(), say('resultWaitLabel'));
}

/**
 * A promise that draws the time someone awaits it as a wait span on this lane. It must be a
 * subclass: `await` on a plain native promise never calls an overridden `then`.
 */
class DrawnResult<T> extends Promise<T> {
  static get [Symbol.species]() {
    return Promise;
  }

  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    beginWait();
    return super.then(
      (value) => {
        endWait();
        return onFulfilled ? onFulfilled(value) : (value as unknown as R1);
      },
      (reason: unknown) => {
        endWait();
        if (onRejected) return onRejected(reason);
        throw reason;
      },
    );
  }
}

// Printed as what the reader sees it as: `console.log(handle.result)` shows a Promise.
Object.defineProperty(DrawnResult, 'name', {value: 'Promise'});

function drawnWhileAwaited<T>(promise: Promise<T>): Promise<T> {
  // A failure nobody handles becomes an unhandled rejection of the parent, as it would in
  // Node: the run fails and says why, instead of the error vanishing.
  return new DrawnResult<T>((resolve, reject) => {
    promise.then(resolve, reject);
  });
}

export function spawn<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): WorkerHandle<Awaited<R>> {
  if (typeof fn !== 'function') throw new TypeError(say('spawnNeedsFunction'));
  const source = functionExpression(Function.prototype.toString.call(fn));
  if (/\{\s*\[native code\]\s*\}$/.test(source)) {
    throw new TypeError(say('spawnNeedsOwnFunction'));
  }
  const host = state.host;
  if (!host) throw new Error(say('spawnOutsideRun'));
  state.spawned++;
  const lane = state.lane === 'main' ? `w${state.spawned}` : `${state.lane}.${state.spawned}`;
  const offset = state.moduleText.indexOf(Function.prototype.toString.call(fn));
  const at = offset >= 0 ? locate(state.moduleText, offset) : undefined;
  state.liveChildren++;
  const outcome: Promise<RunOutcome> = Promise.resolve(
    host.spawn(lane, {source, args, bindings: state.bindings, at}),
  ).catch((err: unknown) => ({ok: false, error: describeSendFailure(err)}) as RunOutcome);
  const settled = outcome.finally(() => {
    state.liveChildren--;
    state.onMaybeIdle();
  });
  const result = settled.then((o) => {
    if (o.ok) return o.value as Awaited<R>;
    throw reviveError(o.error, lane);
  });
  return {
    name: lane,
    result: drawnWhileAwaited(result),
    kill: () => void host.kill(lane),
  };
}

function describeSendFailure(err: unknown): ReportedError {
  const e = err as {name?: string; message?: string};
  if (e?.name === 'DataCloneError') {
    return {
      name: 'DataCloneError',
      message: say('argumentNotCopyable'),
      phase: 'spawn',
    };
  }
  return {name: e?.name ?? 'Error', message: String(e?.message ?? err), phase: 'spawn'};
}
