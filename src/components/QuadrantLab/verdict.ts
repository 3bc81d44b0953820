/**
 * Which model the rule of thumb predicts for a quadrant, and how the measurement compares.
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

/**
 * 'busy': the gap that would decide cannot come from the models (it implies an implausible cost
 * per switch, or two runs of the same work on one worker differ by more than 2×): the machine
 * was busy, and the run neither confirms nor refutes the rule.
 */
export type Outcome = 'agrees' | 'tie' | 'disagrees' | 'busy';

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
  /** What the gap between two models that differ only in switching implies per switch. */
  switchCost: SwitchCost | null;
  /** Two models that did the same work on one worker, yet differ by more than SAME_WORK_RATIO. */
  sameWork: SameWork | null;
  /**
   * The predicted model and its rival needed CPU times more than SAME_WORK_RATIO apart for the
   * same fixed computing: other programs took the CPU during one run (or the workers of one did
   * not really get the cores their tokens stood for).
   */
  cpuStretch: SameWork | null;
}

/**
 * Above this, a gap blamed on switching is implausible: the measure page puts a thread wake-up
 * (Atomics) at a few µs to a few tens of µs, and a coroutine's turn through the event loop
 * (MessageChannel) at 10–20 µs.
 */
export const PLAUSIBLE_SWITCH_US = 100;

/** Two runs of the same work on one worker may differ by this much before the page says so. */
export const SAME_WORK_RATIO = 2;

export interface SwitchCost {
  slower: ModelId;
  faster: ModelId;
  gapMs: number;
  /** Switches (between threads and between coroutines) each model made. */
  slowerSwitches: number;
  fasterSwitches: number;
  /**
   * gap ÷ the slower model's switches, µs: what each of its switches would have to cost if the
   * whole gap came from them and the faster model's switches were free (the two models may switch
   * in different ways, so no finer split is sound). Infinity when the slower one never switched.
   */
  perSwitchUs: number;
  plausible: boolean;
  /** The two walls are within noise of each other. */
  tied: boolean;
}

export interface SameWork {
  slower: ModelId;
  faster: ModelId;
  /** slower wall ÷ faster wall. */
  ratio: number;
}

/** Switches a model made: between threads (core handovers) and between coroutines. */
export type Switches = Partial<Record<ModelId, number>>;

/**
 * Whether `a` and `b` do the same work with the same cores, so that only switching can set them
 * apart. Without I/O: on one core every model is the same computation on one core; on several,
 * the two one-worker models are, and so are threads and threads × coroutines when both have a
 * worker for every core and the tasks share out evenly. With I/O the models overlap the waits
 * differently, except that on one core threads × coroutines is the coroutines model.
 */
export function onlySwitchingDiffers(a: ModelId, b: ModelId, s: LabSettings): boolean {
  if (a === b) return false;
  const pair = new Set([a, b]);
  const is = (x: ModelId, y: ModelId) => pair.has(x) && pair.has(y);
  if (s.cores === 1 && is('coroutines', 'hybrid')) return true;
  if (s.io > 0 || s.cpu <= 0) return false;
  if (s.cores === 1) return true;
  if (is('process', 'coroutines')) return true;
  return is('threads', 'hybrid') && s.threads >= s.cores && s.tasks >= s.cores && s.tasks % s.cores === 0;
}

/** Pairs that run the same work on one worker each: the same program, or the same loop. */
function sameWorkOnOneWorker(a: ModelId, b: ModelId, s: LabSettings): boolean {
  const pair = new Set([a, b]);
  const is = (x: ModelId, y: ModelId) => pair.has(x) && pair.has(y);
  if (s.cores === 1 && is('coroutines', 'hybrid')) return true;
  if (s.io > 0) return false;
  return is('process', 'coroutines') || (s.cores === 1 && is('process', 'hybrid'));
}

/** What the gap between `a` and `b` implies per switch at least (null without figures or without a gap). */
export function switchCost(a: ModelId, b: ModelId, walls: Partial<Record<ModelId, number>>, switches: Switches): SwitchCost | null {
  const wa = walls[a];
  const wb = walls[b];
  const sa = switches[a];
  const sb = switches[b];
  if (wa === undefined || wb === undefined || sa === undefined || sb === undefined || wa === wb) return null;
  const [slower, faster] = wa > wb ? [a, b] : [b, a];
  const gapMs = Math.abs(wa - wb);
  const slowerSwitches = switches[slower]!;
  const fasterSwitches = switches[faster]!;
  const perSwitchUs = slowerSwitches > 0 ? (1000 * gapMs) / slowerSwitches : Infinity;
  return {slower, faster, gapMs, slowerSwitches, fasterSwitches, perSwitchUs, plausible: perSwitchUs <= PLAUSIBLE_SWITCH_US, tied: tied(wa, wb)};
}

/** The widest gap between two models that did the same work on one worker, if above 2×. */
export function sameWorkGap(walls: Partial<Record<ModelId, number>>, s: LabSettings): SameWork | null {
  let worst: SameWork | null = null;
  const ids = (Object.keys(walls) as ModelId[]).filter((m) => (walls[m] ?? 0) > 0);
  for (const a of ids) {
    for (const b of ids) {
      if (a >= b || !sameWorkOnOneWorker(a, b, s)) continue;
      const [slower, faster] = walls[a]! > walls[b]! ? [a, b] : [b, a];
      const ratio = walls[slower]! / walls[faster]!;
      if (ratio > SAME_WORK_RATIO && (!worst || ratio > worst.ratio)) worst = {slower, faster, ratio};
    }
  }
  return worst;
}

/**
 * Judges one run of the models. `switches` (each model's thread plus coroutine switches) lets
 * the verdict check a gap blamed on switching against what a switch can cost.
 */
export function judge(
  walls: Partial<Record<ModelId, number>>,
  s: LabSettings,
  switches: Switches = {},
  cpuMs: Partial<Record<ModelId, number>> = {},
): Verdict | null {
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
  // The gap that decides: the predicted model against the one it beat, tied or lost to.
  const rival = other ?? entries.find(([m]) => m !== predicted)?.[0];
  const cost = rival !== undefined && onlySwitchingDiffers(predicted, rival, s) ? switchCost(predicted, rival, walls, switches) : null;
  // Two runs of the same program on one worker that differ beyond noise say so more plainly.
  const sameWork =
    sameWorkGap(walls, s) ??
    (cost && !cost.plausible && !cost.tied && sameWorkOnOneWorker(cost.slower, cost.faster, s)
      ? {slower: cost.slower, faster: cost.faster, ratio: walls[cost.slower]! / walls[cost.faster]!}
      : null);
  const cpuStretch = rival === undefined ? null : stretch(predicted, rival, cpuMs);
  // A gap that only switching could explain, but too large for switching (or the wrong way
  // round), says the machine was busy; so do two runs of the same work 2× apart. Then the run
  // does not confirm the rule, whatever order the models came in.
  if (sameWork || cpuStretch || (cost && !cost.plausible && !cost.tied)) outcome = 'busy';
  // Within noise, an implausible gap is no busy machine, but no evidence for the rule either.
  if (cost && !cost.plausible && reason === 'thread-per-core') reason = 'all-cores';
  return {predicted, winner, outcome, leaders, ratio, reason, switchCost: cost, sameWork, cpuStretch};
}

/** Every model does the same computing: CPU times more than 2× apart mean the runs did not get the same CPU. */
function stretch(a: ModelId, b: ModelId, cpuMs: Partial<Record<ModelId, number>>): SameWork | null {
  const ca = cpuMs[a];
  const cb = cpuMs[b];
  if (!(ca! > 0) || !(cb! > 0)) return null;
  const [slower, faster] = ca! > cb! ? [a, b] : [b, a];
  const ratio = cpuMs[slower]! / cpuMs[faster]!;
  return ratio > SAME_WORK_RATIO ? {slower, faster, ratio} : null;
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
