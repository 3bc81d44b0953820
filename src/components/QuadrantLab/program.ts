/**
 * Writes the TypeScript program the lab runs for each model, and reads back what the run
 * measured. No React here: the component and the unit tests both use it.
 */
import engineSource from './engine.ts?raw';
import type {RunReport, Span} from '@site/sandbox/contract/report';
import type {LabSettings} from './settings';

export const MODELS = ['process', 'threads', 'coroutines', 'hybrid'] as const;
export type ModelId = (typeof MODELS)[number];

/** Workers of each model: the threads model has `threads`, the hybrid one per core token. */
export function workersOf(model: ModelId, s: LabSettings): number {
  if (model === 'threads') return Math.min(s.threads, s.tasks);
  if (model === 'hybrid') return Math.min(s.cores, s.tasks);
  return 1;
}

/** The engine as it goes into a program: no `import`/`export` (the program has its own). */
export function engineBody(): string {
  return engineSource
    .replace(/^\/\/ The engine every model[^\n]*\n(\/\/[^\n]*\n)*/, '')
    .replace(/^import [^\n]*\n/m, '')
    .replace(/^export /gm, '')
    .trim();
}

const WARM_UP_MS = 30;

const MAINS: Record<ModelId, {title: string; about: string[]; body: string[]}> = {
  process: {
    title: 'one process, tasks one after another',
    about: ['One worker runs the tasks one after another. While a task waits for I/O, the whole', 'process waits.'],
    body: [
      "const result = await runTasks({...common, tasks: TASKS, mode: 'sequential', id: 1, startSignal: false});",
      'report([result], result.started, 0);',
    ],
  },
  threads: {
    title: 'threads',
    about: [
      'THREADS workers; worker i runs tasks i, i + THREADS, ... one after another and blocks',
      'while a task waits for I/O. Only CORES of them can compute at the same moment.',
    ],
    body: [
      'await startTogether(',
      "  share(TASKS, THREADS).map((tasks, i) => ({...common, tasks, mode: 'sequential' as const, id: i + 1, startSignal: true})),",
      ');',
    ],
  },
  coroutines: {
    title: 'coroutines on one thread',
    about: [
      'One worker runs every task at once, as async functions (coroutines). A task that waits',
      'for I/O, or has used up its time slice, lets another one run.',
    ],
    body: [
      "const result = await runTasks({...common, tasks: TASKS, mode: 'coroutines', id: 1, startSignal: false});",
      'report([result], result.started, 0);',
    ],
  },
  hybrid: {
    title: 'threads × coroutines',
    about: ['One worker per core (CORES of them); each runs its share of the tasks as coroutines.'],
    body: [
      'await startTogether(',
      "  share(TASKS, CORES).map((tasks, i) => ({...common, tasks, mode: 'coroutines' as const, id: i + 1, startSignal: true})),",
      ');',
    ],
  },
};

const START_TOGETHER = `/** Deals the tasks out to n workers like cards: worker i gets tasks i, i + n, ... */
function share(tasks: Task[], n: number): Task[][] {
  const groups: Task[][] = Array.from({length: Math.min(n, tasks.length)}, () => []);
  tasks.forEach((task, i) => groups[i % groups.length].push(task));
  return groups;
}

/** Starts one worker per job, waits until all are ready, then gives the start signal. */
async function startTogether(jobs: Job[]): Promise<void> {
  const begun = now();
  const workers = jobs.map((job) => spawn(runTasks, job));
  let failure: unknown = null;
  const all = Promise.all(workers.map((w) => w.result));
  all.catch((err: unknown) => (failure = err));
  while (Atomics.load(board, 1) < workers.length) {
    if (failure) throw failure;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const t0 = now();
  Atomics.store(board, 0, 1); // the start signal
  Atomics.notify(board, 0);
  report(await all, t0, t0 - begun);
}`;

const REPORT = `/** Prints what was measured: for you, then (lines starting with @) for the lab's chart and timeline. */
function report(results: Measured[], t0: number, startUpMs: number): void {
  const t1 = Math.max(...results.map((r) => r.finished));
  const wall = t1 - t0;
  const cpuMs = results.reduce((sum, r) => sum + r.cpuMs, 0);
  const threadSwitches = Atomics.load(board, 4);
  const coroutineSwitches = results.reduce((sum, r) => sum + r.coroutineSwitches, 0);
  console.log(\`wall time: \${wall.toFixed(1)} ms\`);
  console.log(\`CPU busy: \${((100 * cpuMs) / (wall * CORES)).toFixed(1)}% of \${CORES} core(s)\`);
  console.log(\`switches: \${threadSwitches} between threads, \${coroutineSwitches} between coroutines\`);
  if (startUpMs > 0) console.log(\`starting \${results.length} worker(s) took \${startUpMs.toFixed(0)} ms (not counted)\`);
  const ms = (t: number) => Math.round(t * 1000) / 1000;
  console.log(\`@result \${JSON.stringify({t0, t1, wall, cpuMs, threadSwitches, coroutineSwitches, startUpMs, workers: results.length})}\`);
  const spans = results.flatMap((r) => [
    ...r.cpu.map(([task, start, end]) => [r.lane, 'cpu', task, ms(start), ms(end)]),
    ...r.waits.map(([start, end]) => [r.lane, 'wait', '', ms(start), ms(end)]),
  ]);
  // An output line holds at most 2000 characters: send the spans 30 at a time.
  for (let i = 0; i < spans.length; i += 30) console.log(\`@spans \${JSON.stringify(spans.slice(i, i + 30))}\`);
}`;

/** The whole program for one model, as the reader can read it (and as it runs). */
export function programFor(model: ModelId, s: LabSettings, iterationsPerMs: number | null): string {
  const m = MAINS[model];
  const spawns = model === 'threads' || model === 'hybrid';
  const taskLine = `const TASKS: Task[] = Array.from({length: ${s.tasks}}, (_, i) => ({name: \`t\${i + 1}\`, steps: ${s.steps}, cpuMs: ${s.cpu}, ioMs: ${s.io}}));`;
  return [
    `// Model: ${m.title}. Written by the quadrant lab from your settings.`,
    ...m.about.map((l) => `// ${l}`),
    `import {lane, now, sleep, ${spawns ? 'spawn, ' : ''}sharedInts} from 'lab';`,
    '',
    `const CORES = ${s.cores}; // core tokens: at most ${s.cores} worker(s) compute at the same moment`,
    `const SLICE_MS = ${s.slice}; // time slice: a computing worker gives its core to a waiting one after this long`,
    iterationsPerMs === null
      ? 'const ITERATIONS_PER_MS = 0; // loop iterations per ms of CPU work: measured when you click Run'
      : `const ITERATIONS_PER_MS = ${Math.round(iterationsPerMs)}; // loop iterations per ms of CPU work, measured just before`,
    ...(model === 'threads' ? [`const THREADS = ${s.threads};`] : []),
    taskLine,
    'const board = sharedInts(5 + 2 * CORES); // the start signal and the core tokens, in shared memory',
    `const common = {cores: CORES, sliceMs: SLICE_MS, iterationsPerMs: ITERATIONS_PER_MS, board, warmUpMs: ${WARM_UP_MS}};`,
    '',
    `// The model: ${m.title}.`,
    ...m.body,
    '',
    ...(spawns ? [START_TOGETHER, ''] : []),
    REPORT,
    '',
    '// The engine every model shares. spawn() hands runTasks to new workers, so it uses only',
    '// its argument and lab.',
    engineBody(),
    '',
  ].join('\n');
}

export interface ModelResult {
  model: ModelId;
  /** Ms from the start signal until the last task finished. */
  wall: number;
  cpuMs: number;
  /** CPU work done ÷ (wall time × core tokens), 0…1. */
  busy: number;
  threadSwitches: number;
  coroutineSwitches: number;
  /** Ms spent starting workers before the start signal (not in `wall`). */
  startUpMs: number;
  workers: number;
  /** Lines the program printed for the reader (the @-lines are left out). */
  lines: string[];
  /** What to draw: this run's lanes and spans, the clock starting at the start signal. */
  timeline: RunReport;
}

interface ResultLine {
  t0: number;
  t1: number;
  wall: number;
  cpuMs: number;
  threadSwitches: number;
  coroutineSwitches: number;
  startUpMs: number;
  workers: number;
}

export class ProgramError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProgramError';
  }
}

/** main first, then w1, w2, … in number order. */
function laneOrder(name: string): number {
  const m = /^w(\d+)$/.exec(name);
  return name === 'main' ? 0 : m ? Number(m[1]) : 1e6;
}

/** Reads the calibration run's figure (iterations per ms). */
export function parseCalibration(report: RunReport): number {
  const line = report.lines.find((l) => l.text.startsWith('@calibration '));
  const value = line ? Number((JSON.parse(line.text.slice(13)) as {iterationsPerMs: number}).iterationsPerMs) : NaN;
  if (!(value > 0) || !Number.isFinite(value)) throw new ProgramError('the calibration printed no figure');
  return value;
}

/** Reads a model's run: its figures, and a timeline that starts at the start signal. */
export function parseModelRun(model: ModelId, report: RunReport, cores: number): ModelResult {
  const resultLine = report.lines.find((l) => l.text.startsWith('@result '));
  if (!resultLine) throw new ProgramError('the program printed no result');
  const r = JSON.parse(resultLine.text.slice(8)) as ResultLine;
  const extra: Span[] = [];
  for (const l of report.lines) {
    if (!l.text.startsWith('@spans ')) continue;
    for (const [lane, kind, label, start, end] of JSON.parse(l.text.slice(7)) as [string, 'cpu' | 'wait', string, number, number][]) {
      extra.push({lane, kind, start, end, label: kind === 'wait' ? undefined : label});
    }
  }
  const shift = (t: number) => Math.max(0, t - r.t0);
  const spans = [...report.spans.filter((s) => s.lane !== 'page'), ...extra]
    .filter((s) => s.end > r.t0)
    .map((s) => ({...s, start: shift(s.start), end: shift(s.end)}))
    .sort((a, b) => a.start - b.start);
  const timeline: RunReport = {
    ...report,
    duration: r.wall,
    lines: [],
    droppedLines: 0,
    spans,
    lanes: report.lanes
      .filter((l) => l.name !== 'page')
      .map((l) => ({...l, start: shift(l.start), end: l.end === undefined ? undefined : Math.min(shift(l.end), r.wall)}))
      .sort((a, b) => laneOrder(a.name) - laneOrder(b.name)),
  };
  return {
    model,
    wall: r.wall,
    cpuMs: r.cpuMs,
    busy: r.wall > 0 ? r.cpuMs / (r.wall * cores) : 0,
    threadSwitches: r.threadSwitches,
    coroutineSwitches: r.coroutineSwitches,
    startUpMs: r.startUpMs,
    workers: r.workers,
    lines: report.lines.filter((l) => !l.text.startsWith('@')).map((l) => l.text),
    timeline,
  };
}
