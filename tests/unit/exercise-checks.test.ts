import {describe, expect, it} from 'vitest';
import type {RunReport, Span} from '../../sandbox/contract/report';
import {mostAtOnce as mostSpansAtOnce, mostLanesAtOnce, printedNumber, type Verdict} from '../../src/lib/exercise';
import lostUpdates, {timeBound} from '../../docs/thread/exercises/remove-lost-updates/check';
import everyCore from '../../docs/concurrency-vs-parallelism/exercises/use-every-core/check';
import downloads from '../../docs/coroutine/exercises/overlap-downloads/check';
import roundRobin, {roundRobin as roundRobinOrder, sliceOrder} from '../../docs/process/exercises/round-robin/check';
import responsive, {covered, LATE_MS} from '../../docs/choosing/exercises/responsive-coroutines/check';

// Each exercise's check is a pure function of run reports: here the reports are built by hand,
// shaped like what the starting code, the solution and the wrong answer really produce.

function report(parts: Partial<RunReport> & {printed?: string[]}): RunReport {
  const {printed = [], ...rest} = parts;
  return {
    status: 'done',
    startedAt: 0,
    duration: 300,
    lines: printed.map((text, i) => ({lane: 'main', level: 'log' as const, t: i, text})),
    droppedLines: 0,
    spans: [],
    lanes: [],
    ...rest,
  };
}

const task = (lane: string, start: number, end: number): Span => ({lane, kind: 'task', start, end, label: 'adding'});
const cpu = (lane: string, start: number, end: number, work = end - start): Span => ({lane, kind: 'cpu', start, end, work, label: 'chunk'});
/** `n` chunks of 100 ms, one after another on `lane` from `from`. */
const chunks = (lane: string, from: number, n: number, each = 100): Span[] =>
  Array.from({length: n}, (_, i) => cpu(lane, from + i * each, from + (i + 1) * each, 100));

function failed(v: Verdict) {
  if (v.ok) throw new Error('expected the check to fail');
  return v;
}

describe('exercise helpers', () => {
  it('reads the number after a label, with or without thousands separators', () => {
    const r = report({printed: ['other 12', '计数器 = 5,123,456，应为 6000000', 'done']});
    expect(printedNumber(r, /计数器\s*=/)).toBe(5_123_456);
    expect(printedNumber(report({printed: ['counter = 6000000, expected 6000000']}), /counter\s*=/)).toBe(6_000_000);
    expect(printedNumber(report({printed: ['nothing here']}), /counter/)).toBeNull();
  });

  it('counts lanes open at the same instant; spans that only touch do not overlap', () => {
    expect(mostLanesAtOnce([cpu('w1', 0, 100), cpu('w2', 100, 200)])).toBe(1);
    expect(mostLanesAtOnce([cpu('w1', 0, 100), cpu('w2', 99, 200)])).toBe(2);
    expect(mostLanesAtOnce([cpu('w1', 0, 100), cpu('w1', 50, 80), cpu('w2', 200, 300)])).toBe(1);
    expect(mostLanesAtOnce([cpu('w1', 0, 300), cpu('w2', 10, 290), cpu('w3', 20, 280)])).toBe(3);
  });
});

describe('remove-lost-updates', () => {
  const baseline = [report({duration: 200, printed: ['计数器 = 4731962，应为 6000000，丢失 1268038 次更新']})];
  const right = (lane1 = task('w1', 20, 180), lane2 = task('w2', 21, 185), duration = 400) =>
    report({duration, printed: ['计数器 = 6000000，应为 6000000，丢失 0 次更新'], spans: [lane1, lane2]});
  const ctx = {cores: 2, baseline};

  it('needs three runs of the reader’s code and one of the start', () => {
    expect(lostUpdates.runs).toBe(3);
    expect(lostUpdates.baseline).toBe('once');
  });

  it('passes a solution-like report (exact total, both workers adding at once, not slow)', () => {
    expect(lostUpdates.check([right(), right(), right()], ctx).ok).toBe(true);
    const en = report({duration: 400, printed: ['counter = 6000000, expected 6000000, 0 updates lost'], spans: [task('w1', 0, 100), task('w2', 5, 90)]});
    expect(lostUpdates.check([en, en, en], ctx).ok).toBe(true);
  });

  it('fails the start-like report with the lost updates, in both languages', () => {
    const v = failed(lostUpdates.check([baseline[0], right(), right()], ctx));
    expect(v.property).toBe('total');
    expect(v.message.zh).toContain('有更新丢失了');
    expect(v.message.zh).toContain('丢了 1,268,038 次更新');
    expect(v.message.en).toContain('Updates were lost');
    expect(v.message.en).toContain('1,268,038 updates were lost');
    expect(v.hint.zh).toContain('Atomics.load');
  });

  it('fails the wrong answer (Atomics.load then Atomics.store) when any one run loses updates', () => {
    const lossy = report({printed: ['计数器 = 5998817，应为 6000000，丢失 1183 次更新'], spans: [task('w1', 0, 100), task('w2', 5, 90)]});
    const v = failed(lostUpdates.check([right(), lossy, right()], ctx));
    expect(v.property).toBe('total');
    expect(v.message.zh).toContain('第 2 次运行');
    expect(v.message.en).toContain('run 2');
    expect(v.run, 'the page shows the run that lost updates').toBe(1);
  });

  it('fails a fix that removes the concurrency (the workers add one after the other)', () => {
    const serial = right(task('w1', 0, 100), task('w2', 120, 220));
    expect(failed(lostUpdates.check([serial, serial, serial], ctx)).property).toBe('together');
    // On one core the workers could never add at the same instant: only the total counts.
    expect(lostUpdates.check([serial, serial, serial], {...ctx, cores: 1}).ok).toBe(true);
  });

  it('fails a fix far slower than the racy start (a lock for every addition)', () => {
    const slow = right(undefined, undefined, 6000);
    expect(timeBound(200)).toBe(1700);
    expect(failed(lostUpdates.check([right(), slow, right()], ctx)).property).toBe('speed');
  });

  it('says when a run failed or printed no counter', () => {
    const crashed = report({status: 'failed', error: {name: 'ReferenceError', message: 'x is not defined', phase: 'runtime', lane: 'w1'}});
    const v = failed(lostUpdates.check([crashed], ctx));
    expect(v.property).toBe('finished');
    expect(v.message.en).toContain('x is not defined');
    expect(failed(lostUpdates.check([report({printed: ['hello']})], ctx)).property).toBe('output');
  });
});

describe('use-every-core', () => {
  const start = report({duration: 900, spans: chunks('w1', 50, 8)});
  const ctx = {cores: 2, baseline: [start]};
  const solution = () => report({duration: 500, spans: [...chunks('w1', 60, 4), ...chunks('w2', 62, 4)]});
  const wrong = () => report({duration: 950, spans: [...chunks('w1', 60, 4), ...chunks('w2', 480, 4)]});

  it('runs the reader’s code twice, each time just after a run of the start', () => {
    expect(everyCore.runs).toBe(2);
    expect(everyCore.baseline).toBe('each');
  });

  it('passes a solution-like report (two workers computing at once, about 2× faster)', () => {
    const v = everyCore.check([solution(), solution()], ctx);
    expect(v.ok).toBe(true);
    expect(v.ok && v.message?.en).toMatch(/1\.99×/);
  });

  it('fails the start-like report: everything on one worker', () => {
    const v = failed(everyCore.check([start, start], ctx));
    expect(v.property).toBe('workers');
    expect(v.message.en).toContain('one worker (w1)');
    expect(failed(everyCore.check([start], {...ctx, cores: 1})).property).toBe('workers');
  });

  it('fails the wrong answer (each worker awaited before the next starts): never at the same time', () => {
    const v = failed(everyCore.check([wrong(), wrong()], ctx));
    expect(v.property).toBe('together');
    expect(v.message.en).toMatch(/^The workers never ran at the same time/);
    expect(v.message.zh).toContain('从来没有同时运行');
    expect(v.hint.en).toContain('Promise.all');
  });

  it('on one core asks only for several workers', () => {
    expect(everyCore.check([wrong(), wrong()], {...ctx, cores: 1}).ok).toBe(true);
  });

  it('fails workers that overlap but barely share the work (no real speed-up)', () => {
    const lopsided = report({spans: [...chunks('w1', 60, 7), ...chunks('w2', 70, 1)]});
    const v = failed(everyCore.check([lopsided, lopsided], ctx));
    expect(v.property).toBe('speedup');
    expect(v.message.en).toContain('1.14×');
  });

  it('takes the better of the two runs for the speed-up (a busy moment on the machine)', () => {
    const slowed = report({spans: [...chunks('w1', 60, 4, 180), ...chunks('w2', 62, 4, 180)]});
    expect(everyCore.check([slowed, solution()], ctx)).toMatchObject({ok: true, run: 1});
    const v = failed(everyCore.check([slowed, slowed], ctx));
    expect(v.property).toBe('speedup');
  });

  it('compares each run with the start run made just before it', () => {
    // The machine got busy during the second pair: its start and the reader's run both slowed.
    const busyStart = report({spans: chunks('w1', 50, 8, 160)});
    const busySolution = report({spans: [...chunks('w1', 60, 4, 160), ...chunks('w2', 62, 4, 160)]});
    const quietLopsided = report({spans: [...chunks('w1', 60, 7), ...chunks('w2', 70, 1)]});
    const v = everyCore.check([quietLopsided, busySolution], {cores: 2, baseline: [start, busyStart]});
    expect(v.ok && v.message?.en).toMatch(/1\.99×/);
    // Against the quiet start, the busy run alone would not be 1.3× faster.
    expect(failed(everyCore.check([busySolution], {cores: 2, baseline: [start]})).property).toBe('speedup');
  });

  it('fails when chunks were dropped', () => {
    const half = report({spans: [...chunks('w1', 60, 2), ...chunks('w2', 62, 2)]});
    expect(failed(everyCore.check([half, half], ctx)).property).toBe('work');
  });
});

describe('overlap-downloads', () => {
  const io = (lane: string, start: number, ms: number, label = 'download'): Span => ({lane, kind: 'io', start, end: start + ms, work: ms, label});
  const WAITS = [400, 300, 500, 200];
  /** The four sleeps one after another on main, from `from`. */
  const oneByOne = (from = 10) => {
    let t = from;
    return WAITS.map((ms, i) => {
      const s = io('main', t, ms, `下载 ${i + 1}`);
      t += ms + 1;
      return s;
    });
  };
  const together = (lanes = ['main', 'main', 'main', 'main'], from = 10) => WAITS.map((ms, i) => io(lanes[i], from + i * 0.1, ms));
  const ctx = {cores: 2, baseline: []};

  it('runs the reader’s code once, with no baseline', () => {
    expect(downloads.runs).toBe(1);
    expect(downloads.baseline).toBeUndefined();
  });

  it('counts spans open at once on one lane', () => {
    expect(mostLanesAtOnce(together())).toBe(1); // one lane
    expect(mostSpansAtOnce(together())).toBe(4);
    expect(mostSpansAtOnce(oneByOne())).toBe(1);
    expect(mostSpansAtOnce([io('main', 0, 100), io('main', 100, 100)])).toBe(1); // touching
  });

  it('passes a solution-like report (four sleeps at once on main, about 500 ms), on any number of cores', () => {
    const v = downloads.check([report({spans: together()})], ctx);
    expect(v.ok).toBe(true);
    expect(v.ok && v.message?.zh).toContain('500 毫秒');
    expect(downloads.check([report({spans: together()})], {...ctx, cores: 1}).ok).toBe(true);
  });

  it('fails the start and the wrong answer (await inside Promise.all): one download at a time', () => {
    const v = failed(downloads.check([report({spans: oneByOne()})], ctx));
    expect(v.property).toBe('overlap');
    expect(v.message.zh).toContain('四个下载从来没有同时进行');
    expect(v.message.en).toMatch(/^The four downloads never ran at the same time/);
    expect(v.hint.en).toContain('Promise.all');
  });

  it('fails downloads that overlap only in part', () => {
    const two = [io('main', 0, 400), io('main', 10, 300), io('main', 420, 500), io('main', 430, 200)];
    const v = failed(downloads.check([report({spans: two})], ctx));
    expect(v.property).toBe('overlap');
    expect(v.message.en).toContain('at most 2 downloads');
  });

  it('fails one worker per download: overlapping, but threads, not coroutines', () => {
    const v = failed(downloads.check([report({spans: together(['w1', 'w2', 'w3', 'w4'])})], ctx));
    expect(v.property).toBe('one-worker');
    expect(v.message.en).toContain('4 workers (w1, w2, w3, w4)');
    // One spawned worker that runs all four coroutines is still one worker.
    expect(downloads.check([report({spans: together(['w1', 'w1', 'w1', 'w1'])})], ctx).ok).toBe(true);
  });

  it('fails a dropped download, and four that overlap yet take too long (a computation holding the worker)', () => {
    expect(failed(downloads.check([report({spans: together().slice(0, 3)})], ctx)).property).toBe('downloads');
    const held = [...together().slice(0, 3), io('main', 10, 1200)];
    const v = failed(downloads.check([report({spans: held})], ctx));
    expect(v.property).toBe('time');
    expect(v.message.en).toContain('1200 ms');
  });
});

describe('round-robin', () => {
  /** One 20 ms CPU span per slice on main, in the given order, labelled like the starting code. */
  const slices = (order: string, en = false) => {
    const used: Record<string, number> = {};
    return [...order].map((name, k): Span => {
      used[name] = (used[name] ?? 0) + 1;
      const label = en ? `${name} slice ${used[name]}` : `${name} 第 ${used[name]} 片`;
      return {lane: 'main', kind: 'cpu', start: 10 + k * 20, end: 30 + k * 20, work: 20, label};
    });
  };
  const ctx = {cores: 2, baseline: []};
  const run = (order: string, en = false) => roundRobin.check([report({spans: slices(order, en)})], ctx);

  it('knows what round robin runs', () => {
    expect(roundRobinOrder(['A', 'B', 'C'], {A: 5, B: 5, C: 1}).join('')).toBe('ABCABABABAB');
    expect(sliceOrder(report({spans: slices('ABC', true)}))).toEqual(['A', 'B', 'C']);
  });

  it('passes the solution’s order, in both languages’ labels, and a queue in another first order', () => {
    const v = run('ABCABABABAB');
    expect(v.ok).toBe(true);
    expect(v.ok && v.message?.zh).toContain('在第 3 个时间片就做完了');
    expect(run('ABCABABABAB', true).ok).toBe(true);
    expect(run('CABABABABAB').ok).toBe(true);
  });

  it('fails the start (first come, first served): A runs five slices in a row', () => {
    const v = failed(run('AAAAABBBBBC'));
    expect(v.property).toBe('turns');
    expect(v.message.zh).toContain('A 连续运行了 5 个时间片，B、C 一直在就绪队列里等着');
    expect(v.message.zh).toContain('第 11 个时间片');
    expect(v.message.en).toContain('A ran 5 time slices in a row while B and C waited');
  });

  it('fails the wrong answer (an unfinished process is not put back): A and B run one slice each', () => {
    const v = failed(run('ABC'));
    expect(v.property).toBe('slices');
    expect(v.message.zh).toContain('A 只运行了 1 个时间片，它需要 5 个');
    expect(v.message.en).toContain('A ran only 1 time slice of the 5 it needs');
  });

  it('fails an order that never repeats a process yet makes C wait to the end', () => {
    const v = failed(run('ABABABABABC'));
    expect(v.property).toBe('turns');
    expect(v.message.en).toContain('Slice 3 went to A, but C had waited a whole round');
  });

  it('fails a finished process that gets the CPU again, and a run that crashed', () => {
    expect(failed(run('ABCABABABABC')).property).toBe('slices');
    const crashed = report({status: 'failed', error: {name: 'TypeError', message: 'p is undefined', phase: 'runtime', lane: 'main'}});
    expect(failed(roundRobin.check([crashed], ctx)).property).toBe('finished');
  });
});

describe('responsive-coroutines', () => {
  const sleep = (lane: string, start: number, late = 0, name = 'A'): Span => ({lane, kind: 'io', start, end: start + 50 + late, work: 50, label: `${name} 等 I/O`});
  /** Each of A, B, C waits `rounds` times on `lane` from `from`, the first wait `firstLate` ms late. */
  const clients = (lane: string, from: number, rounds: number, firstLate = 0, late = 1) =>
    ['A', 'B', 'C'].flatMap((name, k) => {
      const spans: Span[] = [];
      let t = from + k * 0.1;
      for (let r = 0; r < rounds; r++) {
        const s = sleep(lane, t, r === 0 ? firstLate : late, name);
        spans.push(s);
        t = s.end + 0.05;
      }
      return spans;
    });
  const crunch = (lane: string, from: number) => chunks(lane, from, 4);
  // The start: the first waits begin, main computes 400 ms, they end about 350 ms late, one round each.
  const start = () => report({spans: [...clients('main', 1, 1, 352), ...crunch('main', 2)]});
  // The solution: the clients keep waiting on main while w1 computes (after ~60 ms of start-up).
  const solution = (late = 2) => report({spans: [...clients('main', 1, 10, late, late), ...crunch('w1', 60)]});
  // The wrong answer: w1 computes first; the clients start (one round each) once it is done.
  const wrong = () => report({spans: [...crunch('w1', 60), ...clients('main', 465, 1)]});
  const ctx = {cores: 2, baseline: []};

  it('runs the reader’s code once, with no baseline', () => {
    expect(responsive.runs).toBe(1);
    expect(responsive.baseline).toBeUndefined();
  });

  it('measures how much of a stretch spans cover', () => {
    const io = (start: number, end: number): Span => ({lane: 'main', kind: 'io', start, end});
    expect(covered([io(0, 50), io(40, 100), io(150, 160)], 0, 200)).toBe(110);
    expect(covered([io(0, 500)], 100, 200)).toBe(100);
    expect(covered([], 0, 100)).toBe(0);
  });

  it('passes a solution-like report (computing on w1, the coroutines waiting on main, on time), on one core too', () => {
    const v = responsive.check([solution()], ctx);
    expect(v.ok).toBe(true);
    expect(v.ok && v.message?.zh).toContain('计算在 w1 上进行');
    expect(v.ok && v.message?.en).toContain('at most 2 ms late');
    expect(responsive.check([solution()], {...ctx, cores: 1}).ok).toBe(true);
  });

  it('fails the start: the computation is on main, and the timers are hundreds of ms late', () => {
    const v = failed(responsive.check([start()], ctx));
    expect(v.property).toBe('cpu-on-main');
    expect(v.message.zh).toContain('在 main 上计算了约 400 毫秒');
    expect(v.message.zh).toContain('最多晚了 352 毫秒');
    expect(v.message.en).toContain('computed for about 400 ms on main');
    expect(v.hint.en).toContain('spawn');
  });

  it('fails the wrong answer (the result awaited before the coroutines start): not beside the computation', () => {
    const v = failed(responsive.check([wrong()], ctx));
    expect(v.property).toBe('during');
    expect(v.message.zh).toContain('协程没有和计算同时进行');
    expect(v.message.en).toMatch(/^The computation is off main now, but in run 1 an I\/O coroutine was waiting on main for only 0%/);
    expect(v.hint.en).toContain('Start the coroutines first');
  });

  it('fails coroutines moved to the worker with the computation', () => {
    const together = report({spans: [...clients('w1', 60, 1, 352), ...crunch('w1', 61)]});
    const v = failed(responsive.check([together], ctx));
    expect(v.property).toBe('io-on-main');
    expect(v.message.en).toContain('ran on w1, not on main');
  });

  it('fails a computation cut short, coroutines that do not wait together, and late timers', () => {
    const half = report({spans: [...clients('main', 1, 10), ...chunks('w1', 60, 2)]});
    expect(failed(responsive.check([half], ctx)).property).toBe('work');
    const one = report({spans: [...clients('main', 1, 10).filter((s) => s.label?.startsWith('A')), ...crunch('w1', 60)]});
    expect(failed(responsive.check([one], ctx)).property).toBe('clients');
    const v = failed(responsive.check([solution(LATE_MS + 20)], ctx));
    expect(v.property).toBe('late');
    expect(v.message.en).toContain(`${LATE_MS + 20} ms late`);
    // A little computing on main (a few ms) is not "computing on main".
    const bit = report({spans: [...solution().spans, cpu('main', 0, 5)]});
    expect(responsive.check([bit], ctx).ok).toBe(true);
  });

  it('says when a run failed', () => {
    const crashed = report({status: 'failed', error: {name: 'ReferenceError', message: 'work is not defined', phase: 'runtime', lane: 'w1'}});
    expect(failed(responsive.check([crashed], ctx)).property).toBe('finished');
  });
});
