import {describe, expect, it} from 'vitest';
import {transform} from 'sucrase';
import {compile} from '../../sandbox/worker/compile/compile';
import type {RunReport} from '../../sandbox/contract/report';
import {engineBody, MODELS, parseCalibration, parseModelRun, programFor, workersOf} from '../../src/components/QuadrantLab/program';
import type {Job, Measured} from '../../src/components/QuadrantLab/engine';
import {cpuShare, defaultSettings, hasSettings, parseSettings, PRESETS, sequentialMs, toSearch, withLoad, withValue} from '../../src/components/QuadrantLab/settings';
import {judge, onlySwitchingDiffers, PLAUSIBLE_SWITCH_US, predictedWinner, quadrantOf, tied} from '../../src/components/QuadrantLab/verdict';
import type {ModelId} from '../../src/components/QuadrantLab/program';
import type {LabSettings} from '../../src/components/QuadrantLab/settings';
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
    expect(sequentialMs(PRESETS.io)).toBe(24 * 3 * 34);
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
  it('quotes the cost per switch a gap implies, when switching can explain it', () => {
    // One core, no I/O: one process and threads do the same computing; only switching differs.
    // Coroutines tie with one process: the gap is noise, the page quotes no cost from it.
    const v = judge({process: 800, threads: 890, coroutines: 805, hybrid: 806}, s(1, 'cpu'), {process: 0, threads: 8000, coroutines: 80, hybrid: 80});
    expect(v).toMatchObject({outcome: 'tie', winner: 'process', switchCost: {slower: 'coroutines', faster: 'process', tied: true}});
    // Threads, 90 ms behind after 8000 more handovers, paid about 11 µs a switch: plausible.
    const w = judge({process: 800, threads: 890}, s(1, 'cpu'), {process: 0, threads: 8000});
    expect(w).toMatchObject({outcome: 'agrees', switchCost: {slower: 'threads', slowerSwitches: 8000, fasterSwitches: 0, plausible: true, tied: false}});
    expect(w?.switchCost?.perSwitchUs).toBeCloseTo(11.25, 5);
  });
  it('says the machine was busy instead of confirming the rule when the gap is too large for switching', () => {
    // One process beats threads by 200 ms on one core after 80 handovers: 2.5 ms a handover.
    const walls = {process: 800, threads: 1000, coroutines: 1000, hybrid: 1000};
    expect(judge(walls, s(1, 'cpu'))?.outcome).toBe('agrees'); // walls alone would "confirm" it
    const v = judge(walls, s(1, 'cpu'), {process: 0, threads: 80, coroutines: 80, hybrid: 80});
    expect(v).toMatchObject({outcome: 'busy', switchCost: {slower: 'threads', faster: 'process', plausible: false}});
    expect(v!.switchCost!.perSwitchUs).toBeGreaterThan(PLAUSIBLE_SWITCH_US);
    // One core: one process, which never switches, 300 ms behind threads: switching cannot be why.
    const p = judge({process: 1100, threads: 800, coroutines: 1090, hybrid: 1095}, s(1, 'cpu'), {process: 0, threads: 80, coroutines: 80, hybrid: 80});
    expect(p).toMatchObject({outcome: 'busy', switchCost: {slower: 'process', slowerSwitches: 0, perSwitchUs: Infinity}});
    // Many cores, CPU-bound, as measured here on a loaded machine: threads (72 handovers) 136 ms
    // behind threads × coroutines (72 coroutine switches): at least 1.9 ms a switch.
    const m = judge({process: 596, threads: 661, coroutines: 1099, hybrid: 525}, s(2, 'cpu'), {process: 0, threads: 72, coroutines: 72, hybrid: 72});
    expect(m).toMatchObject({outcome: 'busy', switchCost: {slower: 'threads', faster: 'hybrid', slowerSwitches: 72}});
    expect(m!.switchCost!.perSwitchUs).toBeCloseTo(1889, 0);
  });
  it('within noise, an implausible gap is a tie but no longer "bears out the source"', () => {
    const walls = {process: 800, threads: 430, coroutines: 805, hybrid: 400};
    expect(judge(walls, s(2, 'cpu'), {threads: 3000, hybrid: 0})).toMatchObject({outcome: 'tie', reason: 'thread-per-core'}); // 10 µs a switch
    expect(judge(walls, s(2, 'cpu'), {threads: 80, hybrid: 0})).toMatchObject({outcome: 'tie', reason: 'all-cores'}); // 375 µs a switch
  });
  it('flags two models that did the same work on one worker yet differ by more than 2×', () => {
    // One core: threads × coroutines is the coroutines program.
    const v = judge({process: 2400, threads: 600, coroutines: 300, hybrid: 700}, s(1, 'io'));
    expect(v).toMatchObject({outcome: 'busy', sameWork: {slower: 'hybrid', faster: 'coroutines'}});
    expect(judge({process: 2400, threads: 600, coroutines: 300, hybrid: 500}, s(1, 'io'))?.sameWork).toBeNull();
    // Less than 2× apart but beyond noise, with the same switch counts: the same program again.
    expect(judge({process: 2400, threads: 600, coroutines: 300, hybrid: 500}, s(1, 'io'), {coroutines: 71, hybrid: 71})).toMatchObject({
      outcome: 'busy',
      sameWork: {slower: 'hybrid', faster: 'coroutines'},
    });
    expect(judge({process: 2400, threads: 600, coroutines: 300, hybrid: 310}, s(1, 'io'), {coroutines: 71, hybrid: 71})?.outcome).toBe('tie');
    // On two cores they are different programs: 2× apart is the claim itself.
    expect(judge({process: 2400, threads: 600, coroutines: 300, hybrid: 140}, s(2, 'io'))).toMatchObject({outcome: 'agrees', sameWork: null});
    // Without I/O, one process and coroutines are the same loop on one worker, whatever the cores.
    expect(judge({process: 1700, threads: 410, coroutines: 800, hybrid: 400}, s(2, 'cpu'))?.sameWork).toMatchObject({slower: 'process', faster: 'coroutines'});
  });
  it('says the machine was busy when the same computing took more than twice the CPU time in two runs', () => {
    // Measured here on a loaded machine, 2 cores, I/O-bound: threads × coroutines needed 1413 ms
    // of CPU for 288 ms of computing, threads 554 ms; its "loss" says nothing about the models.
    const walls = {process: 2785, threads: 774, coroutines: 809, hybrid: 1226};
    expect(judge(walls, s(2, 'io'))?.outcome).toBe('disagrees');
    const v = judge(walls, s(2, 'io'), {}, {process: 529, threads: 554, coroutines: 620, hybrid: 1413});
    expect(v).toMatchObject({outcome: 'busy', cpuStretch: {slower: 'hybrid', faster: 'threads'}});
    expect(judge(walls, s(2, 'io'), {}, {process: 529, threads: 554, coroutines: 620, hybrid: 1000})?.cpuStretch).toBeNull();
  });
  it('knows which pairs differ only in switching', () => {
    const cpu1 = s(1, 'cpu');
    const cpu2 = s(2, 'cpu');
    expect(onlySwitchingDiffers('process', 'threads', cpu1)).toBe(true);
    expect(onlySwitchingDiffers('process', 'threads', cpu2)).toBe(false); // threads use both cores
    expect(onlySwitchingDiffers('threads', 'hybrid', cpu2)).toBe(true);
    expect(onlySwitchingDiffers('threads', 'hybrid', {...cpu2, tasks: 7})).toBe(false); // uneven shares
    expect(onlySwitchingDiffers('process', 'coroutines', cpu2)).toBe(true);
    expect(onlySwitchingDiffers('process', 'threads', s(1, 'io'))).toBe(false); // threads overlap waits
    expect(onlySwitchingDiffers('coroutines', 'hybrid', s(1, 'io'))).toBe(true);
    expect(onlySwitchingDiffers('coroutines', 'hybrid', s(2, 'io'))).toBe(false);
  });
  it('needs the predicted model and one more to judge', () => {
    expect(judge({process: 100}, s(1, 'cpu'))).toBeNull();
    expect(judge({threads: 100, hybrid: 90}, s(1, 'cpu'))).toBeNull();
  });
});

/**
 * Each model's wall time on an ideal machine (switches free, cores free): every worker runs its
 * share of the tasks (dealt like cards); a worker running tasks one after another takes the sum
 * of their steps, one running them as coroutines at least its computing or one task's steps; and
 * the computing of all workers needs its total over the cores they can use.
 */
function idealWall(model: ModelId, s: LabSettings): number {
  const workers = workersOf(model, s);
  const step = s.cpu + s.io;
  let longest = 0;
  for (let w = 0; w < workers; w++) {
    const n = Math.floor(s.tasks / workers) + (w < s.tasks % workers ? 1 : 0);
    const sequential = model === 'process' || model === 'threads';
    longest = Math.max(longest, sequential ? n * s.steps * step : Math.max(n * s.steps * s.cpu, s.steps * step));
  }
  return Math.max(longest, (s.tasks * s.steps * s.cpu) / Math.min(s.cores, workers));
}

describe('the default settings make each quadrant’s claim visible on a 2-core machine', () => {
  // "Visible": on an ideal machine, the predicted model is at least this much faster than every
  // model that does not do the same thing; the lab's noise margin is 10 %.
  const VISIBLE = 1.5;
  for (const [cores, load] of [[2, 'cpu'], [2, 'io'], [1, 'cpu'], [1, 'io']] as const) {
    it(`${cores} core(s), ${load}`, () => {
      const s = defaultSettings(2, load);
      s.cores = cores;
      const predicted = predictedWinner(quadrantOf(s));
      const walls = Object.fromEntries(MODELS.map((m) => [m, idealWall(m, s)])) as Record<ModelId, number>;
      for (const m of MODELS) {
        expect(walls[m], `${m} no faster than ${predicted}`).toBeGreaterThanOrEqual(walls[predicted]);
        if (walls[m] > walls[predicted]) expect(walls[m] / walls[predicted], `${m} vs ${predicted}: ${JSON.stringify(walls)}`).toBeGreaterThanOrEqual(VISIBLE);
      }
      // Only models that are the same thing here may tie: threads × coroutines with one worker per
      // core is threads with as many threads as cores (CPU-bound), or coroutines on one core; on
      // one core without I/O every model is the same computing.
      const tiedWith = MODELS.filter((m) => m !== predicted && walls[m] === walls[predicted]).sort();
      const allowed: Record<string, string[]> = {
        '2-cpu': ['hybrid'],
        '2-io': [],
        '1-cpu': ['coroutines', 'hybrid', 'threads'],
        '1-io': ['hybrid'],
      };
      expect(tiedWith).toEqual(allowed[`${cores}-${load}`]);
    });
  }
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
