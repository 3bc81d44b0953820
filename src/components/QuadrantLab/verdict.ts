/**
 * Which model the source notes predict for a quadrant, and how the measurement compares.
 * The page words the outcome; this file only decides it. No React here.
 */
import type {ModelId} from './program';
import {cpuShare, type LabSettings} from './settings';

export interface Quadrant {
  multiCore: boolean;
  /** Tasks spend at least half their time computing. */
  cpuBound: boolean;
}

export function quadrantOf(s: LabSettings): Quadrant {
  return {multiCore: s.cores > 1, cpuBound: cpuShare(s) >= 0.5};
}

/** The source's four claims (Q1–Q4). */
export function predictedWinner(q: Quadrant): ModelId {
  if (q.multiCore) return q.cpuBound ? 'threads' : 'hybrid';
  return q.cpuBound ? 'process' : 'coroutines';
}

/**
 * Two wall times closer than this are a tie: one run of each model on a shared, noisy machine
 * cannot tell them apart. 10 % or 15 ms, whichever is larger.
 */
export const NOISE = {relative: 0.1, absoluteMs: 15};

export function tied(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(NOISE.relative * Math.min(a, b), NOISE.absoluteMs);
}

export type Outcome = 'agrees' | 'tie' | 'disagrees';

/** Why the measurement came out as it did, for the page to explain. */
export type Reason =
  | 'clear' // the prediction won clearly
  | 'same-core' // process and coroutines: one worker either way, coroutine switches are cheap
  | 'all-cores' // threads and threads × coroutines both keep every core busy
  | 'hybrid-is-coroutines' // one core: threads × coroutines is one thread of coroutines
  | 'switches-small' // one core, CPU-bound: threads pay for switches, but few and cheap here
  | 'one-core-enough' // I/O-bound: the CPU work fits on one core while tasks wait
  | 'enough-threads' // a thread for every task: blocking I/O did not make tasks queue
  | 'thread-per-core' // CPU-bound, many cores: one worker per core beat more threads than cores
  | 'cores-busy' // many cores did not help: the machine did not give the workers its cores
  | 'noise' // a model that cannot be faster was, by a little: run-to-run noise
  | 'close' // a tie with no more specific reason: the expected gap is below the noise here
  | 'other';

export interface Verdict {
  predicted: ModelId;
  /** The fastest model measured. */
  winner: ModelId;
  outcome: Outcome;
  /** Models within noise of the winner (the winner included). */
  leaders: ModelId[];
  /** predicted wall ÷ winner wall (1 when the prediction won). */
  ratio: number;
  reason: Reason;
}

export function judge(walls: Partial<Record<ModelId, number>>, s: LabSettings): Verdict | null {
  const entries = (Object.entries(walls) as [ModelId, number][]).filter(([, w]) => Number.isFinite(w) && w > 0);
  const q = quadrantOf(s);
  const predicted = predictedWinner(q);
  const mine = walls[predicted];
  if (entries.length < 2 || mine === undefined) return null;
  entries.sort((a, b) => a[1] - b[1]);
  const [winner, best] = entries[0];
  const leaders = entries.filter(([, w]) => tied(w, best)).map(([m]) => m);
  const ratio = mine / best;
  let outcome: Outcome;
  if (winner === predicted && leaders.length === 1) outcome = 'agrees';
  else if (leaders.includes(predicted)) outcome = 'tie';
  else outcome = 'disagrees';
  const other = outcome === 'disagrees' ? winner : leaders.find((m) => m !== predicted);
  let reason: Reason = other === undefined ? 'clear' : reasonFor(predicted, other, q, s);
  if (reason === 'other' && outcome === 'tie') reason = 'close';
  return {predicted, winner, outcome, leaders, ratio, reason};
}

/** Why `other` matched or beat `predicted` in quadrant `q`. */
export function reasonFor(predicted: ModelId, other: ModelId, q: Quadrant, s: LabSettings): Reason {
  const pair = new Set([predicted, other]);
  const is = (a: ModelId, b: ModelId) => pair.has(a) && pair.has(b);
  if (!q.multiCore && is('coroutines', 'hybrid')) return 'hybrid-is-coroutines';
  if (is('process', 'coroutines')) return 'same-core';
  if (!q.multiCore && q.cpuBound) {
    if (other === 'hybrid') return 'same-core';
    if (other === 'threads') return pair.has('process') ? 'switches-small' : 'noise';
  }
  if (q.multiCore && q.cpuBound) {
    if (is('threads', 'hybrid')) return other === 'hybrid' && s.threads > s.cores ? 'thread-per-core' : 'all-cores';
    if (other === 'process' || other === 'coroutines') return 'cores-busy';
  }
  if (!q.cpuBound) {
    if (other === 'threads' && s.threads >= s.tasks) return 'enough-threads';
    if (other === 'coroutines' && predicted === 'hybrid') return 'one-core-enough';
    if (other === 'hybrid' && predicted === 'coroutines') return 'hybrid-is-coroutines';
  }
  return 'other';
}
