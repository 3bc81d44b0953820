import {describe, expect, it} from 'vitest';
import {transform} from 'sucrase';
import {compile} from '../../sandbox/compile';
import type {RunReport} from '../../sandbox/report';
import {engineBody, MODELS, parseCalibration, parseModelRun, programFor, workersOf} from '../../src/components/QuadrantLab/program';
import type {Job, Measured} from '../../src/components/QuadrantLab/engine';
import {cpuShare, defaultSettings, hasSettings, parseSettings, PRESETS, sequentialMs, toSearch, withLoad, withValue} from '../../src/components/QuadrantLab/settings';
import {judge, predictedWinner, quadrantOf, tied} from '../../src/components/QuadrantLab/verdict';
import calibrateSource from '../../src/components/QuadrantLab/calibrate.ts?raw';
import engineSource from '../../src/components/QuadrantLab/engine.ts?raw';

describe('settings in the URL', () => {
  it('reads a teacher’s link and clamps what is out of range', () => {
    const s = parseSettings('?cores=2&load=io&tasks=500&slice=0.05', 8);
    expect(s).toMatchObject({cores: 2, load: 'io', tasks: 64, steps: PRESETS.io.steps, slice: 0.2});
  });
  it('cores=max means every core; more than the browser has is clamped', () => {
    expect(parseSettings('?cores=max', 6).cores).toBe(6);
    expect(parseSettings('?cores=12', 4).cores).toBe(4);
    expect(parseSettings('?cores=0', 4).cores).toBe(1);
  });
  it('ignores what it does not understand', () => {
    expect(parseSettings('?load=quantum&tasks=abc', 2)).toEqual(defaultSettings(2));
    expect(hasSettings('?utm=1')).toBe(false);
    expect(hasSettings('?cores=1')).toBe(true);
  });
  it('round-trips, writing only what differs from the preset', () => {
    const s = withValue(withLoad(defaultSettings(4), 'mix'), 'threads', 3);
    expect(toSearch(s)).toBe('?cores=2&load=mix&threads=3');
    expect(parseSettings(toSearch(s), 4)).toEqual(s);
  });
  it('knows the share of computing and the one-after-another time', () => {
    expect(cpuShare({cpu: 10, io: 30})).toBe(0.25);
    expect(cpuShare({cpu: 0, io: 0})).toBe(0);
    expect(sequentialMs(PRESETS.io)).toBe(24 * 3 * 33);
  });
});

describe('the source notes’ predictions and the verdict', () => {
  const s = (cores: number, load: 'cpu' | 'io') => ({...defaultSettings(8, load), cores});
  it('one prediction per quadrant (Q1–Q4)', () => {
    expect(predictedWinner(quadrantOf(s(4, 'cpu')))).toBe('threads');
    expect(predictedWinner(quadrantOf(s(4, 'io')))).toBe('hybrid');
    expect(predictedWinner(quadrantOf(s(1, 'cpu')))).toBe('process');
    expect(predictedWinner(quadrantOf(s(1, 'io')))).toBe('coroutines');
  });
  it('a tie is within 10 % or 15 ms', () => {
    expect(tied(100, 114)).toBe(true);
    expect(tied(1000, 1090)).toBe(true);
    expect(tied(1000, 1200)).toBe(false);
  });
  it('agrees when the predicted model wins clearly', () => {
    const v = judge({process: 800, threads: 410, coroutines: 805, hybrid: 600}, s(2, 'cpu'));
    expect(v).toMatchObject({outcome: 'agrees', winner: 'threads', reason: 'clear'});
  });
  it('calls a near miss a tie, and says why', () => {
    const v = judge({process: 800, threads: 410, coroutines: 805, hybrid: 400}, s(2, 'cpu'));
    expect(v).toMatchObject({outcome: 'tie', winner: 'hybrid', reason: 'thread-per-core'});
    const one = judge({process: 800, threads: 830, coroutines: 805, hybrid: 802}, s(1, 'cpu'));
    expect(one?.outcome).toBe('tie');
    expect(one?.leaders).toContain('process');
  });
  it('never fakes agreement: a clear loss is a disagreement with a reason', () => {
    const v = judge({process: 500, threads: 700, coroutines: 510, hybrid: 690}, s(2, 'cpu'));
    expect(v).toMatchObject({outcome: 'disagrees', winner: 'process', reason: 'cores-busy'});
    const io = judge({process: 2400, threads: 300, coroutines: 120, hybrid: 200}, s(2, 'io'));
    expect(io).toMatchObject({outcome: 'disagrees', winner: 'coroutines', reason: 'one-core-enough'});
  });
  it('needs the predicted model and one more to judge', () => {
    expect(judge({process: 100}, s(1, 'cpu'))).toBeNull();
    expect(judge({threads: 100, hybrid: 90}, s(1, 'cpu'))).toBeNull();
  });
});

describe('the programs the lab runs', () => {
  const settings = {...defaultSettings(4, 'mix'), cores: 2, tasks: 5, threads: 3};
  it('every model compiles with the sandbox and imports only lab', () => {
    for (const model of MODELS) {
      const code = programFor(model, settings, 123456.7);
      const {bindings} = compile(code, 'blob:lab');
      expect(Object.values(bindings)).toEqual(expect.arrayContaining(['now', 'sleep', 'lane', 'sharedInts']));
      expect('spawn' in bindings).toBe(model === 'threads' || model === 'hybrid');
      expect(code).toContain('const ITERATIONS_PER_MS = 123457;');
      expect(code).toContain('const CORES = 2;');
      expect(code).not.toMatch(/^export /m);
    }
    expect(compile(calibrateSource, 'blob:lab').bindings).toEqual({now: 'now'});
  });
  it('says how many workers each model uses', () => {
    expect(MODELS.map((m) => workersOf(m, settings))).toEqual([1, 3, 1, 2]);
  });
  it('before the calibration, the program says the figure comes later', () => {
    expect(programFor('process', settings, null)).toContain('measured when you click Run');
  });
  it('the calibration and the engine spin the same loop', () => {
    const loop = /x = \(Math\.imul\(x, 1103515245\) \+ 12345\) \| 0;/;
    expect(calibrateSource).toMatch(loop);
    expect(engineSource).toMatch(loop);
  });
});

/** The engine compiled as the sandbox does, run in Node against a tiny stand-in for lab. */
function loadEngine(clockStart = performance.now()) {
  const js = transform(engineBody(), {transforms: ['typescript'], disableESTransforms: true}).code;
  const now = () => performance.now() - clockStart;
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function('lane', 'now', 'sleep', `${js}\nreturn runTasks;`) as (...a: unknown[]) => (job: Job) => Promise<Measured>;
  return factory(() => 'main', now, sleep);
}

function job(mode: Job['mode'], tasks: Job['tasks'], cores = 1): Job {
  return {tasks, mode, cores, sliceMs: 2, iterationsPerMs: 20_000, board: new Int32Array(new SharedArrayBuffer(4 * (5 + 2 * cores))), id: 1, startSignal: false, warmUpMs: 1};
}

describe('the engine (in Node, one worker)', () => {
  const io = Array.from({length: 4}, (_, i) => ({name: `t${i + 1}`, steps: 2, cpuMs: 1, ioMs: 25}));
  it('one after another: every I/O wait in a row, no switches', async () => {
    const runTasks = loadEngine();
    const r = await runTasks(job('sequential', io));
    expect(r.finished - r.started).toBeGreaterThanOrEqual(4 * 2 * 25);
    expect(r.coroutineSwitches).toBe(0);
    expect(r.cpu.length).toBeGreaterThan(0);
    expect(new Set(r.cpu.map(([t]) => t))).toEqual(new Set(['t1', 't2', 't3', 't4']));
  });
  it('coroutines overlap the waits and count their switches', async () => {
    const runTasks = loadEngine();
    const r = await runTasks(job('coroutines', io));
    expect(r.finished - r.started).toBeLessThan(4 * 2 * 25);
    expect(r.coroutineSwitches).toBeGreaterThanOrEqual(4);
  });
  it('gives its core back at the end and records no wait when nobody competes', async () => {
    const runTasks = loadEngine();
    const j = job('coroutines', [{name: 'a', steps: 1, cpuMs: 6, ioMs: 0}, {name: 'b', steps: 1, cpuMs: 6, ioMs: 0}]);
    const r = await runTasks(j);
    expect(r.waits).toEqual([]);
    expect(r.coroutineSwitches).toBeGreaterThanOrEqual(2); // 2 ms slices: a and b take turns
    expect(Atomics.load(j.board, 2)).toBe(Atomics.load(j.board, 3)); // every ticket was given back
    expect(Atomics.load(j.board, 4)).toBe(0); // no thread switches with one worker
  });
});

describe('reading a run back', () => {
  const base: RunReport = {status: 'done', startedAt: 0, duration: 500, lines: [], droppedLines: 0, spans: [], lanes: []};
  it('finds the calibration figure', () => {
    expect(parseCalibration({...base, lines: [{lane: 'main', level: 'log', t: 1, text: '@calibration {"iterationsPerMs":1234.5}'}]})).toBe(1234.5);
    expect(() => parseCalibration(base)).toThrow(/no figure/);
  });
  it('turns the printed figures and spans into a result whose clock starts at the start signal', () => {
    const report: RunReport = {
      ...base,
      lines: [
        {lane: 'main', level: 'log', t: 300, text: 'wall time: 200.0 ms'},
        {lane: 'main', level: 'log', t: 300, text: '@result {"t0":100,"t1":300,"wall":200,"cpuMs":300,"threadSwitches":4,"coroutineSwitches":0,"startUpMs":80,"workers":2}'},
        {lane: 'main', level: 'log', t: 300, text: '@spans [["w1","cpu","t1",100,200],["w2","wait","",100,150]]'},
      ],
      spans: [
        {lane: 'page', kind: 'setup', start: 0, end: 20},
        {lane: 'w1', kind: 'io', start: 200, end: 250, label: 't1'},
        {lane: 'main', kind: 'wait', start: 30, end: 300, label: 'result'},
      ],
      lanes: [
        {name: 'page', title: 'page', start: 0, state: 'done'},
        {name: 'main', title: 'main', start: 0, end: 320, state: 'done'},
        {name: 'w1', title: 'runTasks', start: 20, end: 310, state: 'done'},
      ],
    };
    const r = parseModelRun('threads', report, 2);
    expect(r).toMatchObject({wall: 200, cpuMs: 300, busy: 0.75, threadSwitches: 4, startUpMs: 80, workers: 2, lines: ['wall time: 200.0 ms']});
    expect(r.timeline.duration).toBe(200);
    expect(r.timeline.lanes.map((l) => l.name)).toEqual(['main', 'w1']);
    expect(r.timeline.spans).toEqual([
      {lane: 'main', kind: 'wait', start: 0, end: 200, label: 'result'},
      {lane: 'w1', kind: 'cpu', start: 0, end: 100, label: 't1'},
      {lane: 'w2', kind: 'wait', start: 0, end: 50, label: undefined},
      {lane: 'w1', kind: 'io', start: 100, end: 150, label: 't1'},
    ]);
  });
  it('a run that printed no result is an error, not a zero', () => {
    expect(() => parseModelRun('process', base, 1)).toThrow(/no result/);
  });
});
