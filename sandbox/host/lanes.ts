/**
 * A run's lanes, one worker each: what the run session keeps of a live one, how a ready worker
 * is wired to its lane, and the rules for naming, spawning and killing lanes.
 */
import {expose, transfer} from 'comlink';
import {checkedError} from './checked';
import {MAX_LIVE_WORKERS} from '../contract/limits';
import {disposeWorker, type ReadyWorker} from './pool';
import type {HostApi, RunOutcome, SpawnRequest} from '../contract/protocol';
import {say} from '../shared/messages';

export interface LiveWorker {
  ready: ReadyWorker | null;
  /** The page's end of the channel this worker calls HostApi on. */
  hostPort: MessagePort | null;
  /** Settles the lane's outcome from outside (kill, crash, stop). */
  settle: (outcome: RunOutcome) => void;
}

/**
 * Wires a ready worker to its lane: a crash settles the lane, the worker calls `host` on a
 * channel of its own, and `run`'s outcome (checked) settles the lane.
 */
export function connectLane(
  ready: ReadyWorker,
  entry: LiveWorker,
  host: HostApi,
  run: (w: ReadyWorker, host: MessagePort) => Promise<RunOutcome>,
): void {
  const {settle} = entry;
  ready.worker.addEventListener('error', (event) => {
    event.preventDefault();
    settle({ok: false, error: checkedError({name: 'WorkerError', message: say('workerCrashed', {why: event.message ?? ''}), phase: 'runtime'})});
  });
  // A channel of our own (not comlink's proxy()), so it can be closed when the lane ends:
  // a port left open keeps this whole run reachable.
  const channel = new MessageChannel();
  expose(host, channel.port1);
  entry.hostPort = channel.port1;
  run(ready, transfer(channel.port2, [channel.port2])).then(
    (outcome) => settle(checkedOutcome(outcome)),
    (err: unknown) => settle({ok: false, error: checkedError({name: 'Error', message: (err as Error)?.message ?? String(err), phase: 'runtime'})}),
  );
}

export function release(entry: LiveWorker): void {
  if (entry.ready) disposeWorker(entry.ready);
  entry.ready = null;
  entry.hostPort?.close();
}

/**
 * Why `parent` may not start a worker named `lane` for `request`, or null if it may: the name
 * must be a child's name no lane of the run has had (`taken`), the request must carry source,
 * and the run must be under its worker cap.
 */
export function spawnRefusal(
  parent: string,
  lane: string,
  request: SpawnRequest,
  taken: (name: string) => boolean,
  liveWorkers: number,
): RunOutcome | null {
  if (typeof lane !== 'string' || !isChildName(lane, parent) || taken(lane)) {
    const name = typeof lane === 'string' ? lane.slice(0, 40) : typeof lane;
    return {ok: false, error: {name: 'Error', message: say('spawnBadName', {parent, name}), phase: 'spawn'}};
  }
  if (typeof request?.source !== 'string') {
    return {ok: false, error: {name: 'TypeError', message: say('spawnNotAFunction'), phase: 'spawn'}};
  }
  if (liveWorkers >= MAX_LIVE_WORKERS) {
    return {
      ok: false,
      error: {
        name: 'TooManyWorkers',
        message: say('tooManyWorkers', {max: MAX_LIVE_WORKERS}),
        phase: 'spawn',
      },
    };
  }
  return null;
}

/** The live lanes `caller` kills by killing `lane`: it and its descendants, if `lane` is a descendant of `caller`; else none. */
export function lanesToKill(caller: string, lane: string, live: Iterable<string>): string[] {
  if (typeof lane !== 'string' || !isDescendant(lane, caller)) return [];
  return [...live].filter((name) => name === lane || name.startsWith(`${lane}.`));
}

/** The outcome a worker reported, with its error checked and bounded; a value passes through (it goes to the parent worker, not the page). */
function checkedOutcome(outcome: unknown): RunOutcome {
  const o = (typeof outcome === 'object' && outcome !== null ? outcome : {}) as Partial<RunOutcome> & {value?: unknown; error?: unknown};
  if (o.ok === true) return {ok: true, value: o.value};
  return {ok: false, error: checkedError(o.error)};
}

/** Lane names come from the parent: "w3" for a child of main, "w3.1" for a child of w3. */
function isChildName(lane: string, parent: string): boolean {
  const number = parent === 'main' ? lane.slice(1) : lane.slice(parent.length + 1);
  const prefix = parent === 'main' ? 'w' : `${parent}.`;
  return lane.startsWith(prefix) && /^[1-9]\d{0,5}$/.test(number);
}

function isDescendant(lane: string, of: string): boolean {
  return of === 'main' ? /^w[1-9]/.test(lane) : lane.startsWith(`${of}.`);
}

/** The name a spawned function was declared with, for its lane's title. */
export function functionName(source: string): string | undefined {
  const m = /^\s*(?:async\s+)?function\s*\*?\s*([\w$]+)/.exec(source);
  return m?.[1];
}
