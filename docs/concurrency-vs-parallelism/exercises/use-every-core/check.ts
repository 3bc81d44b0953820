import type {RunReport} from '@site/sandbox/contract/report';
import type {CheckContext, ExerciseCheck, Verdict} from '@site/src/lib/exercise';
import {lanesOf, mostLanesAtOnce, spansOf, stretch, unfinished, workDone} from '@site/src/lib/exercise';

/** The job: 8 chunks of 100 ms of computation. */
export const WORK_MS = 800;
/** The least speed-up over the starting code (one worker) on two cores or more. */
export const MIN_SPEEDUP = 1.3;

/**
 * "Use every core": the whole job still computed, on several workers; on two cores or more
 * their CPU spans overlap and the computation's stretch of time is at least 1.3× shorter than the
 * starting code's, run on this device just before (the better of two such pairs counts).
 */
export function check(runs: RunReport[], {cores, baseline}: CheckContext): Verdict {
  const broken = unfinished(runs);
  if (broken) return broken;

  for (const [i, run] of runs.entries()) {
    const cpu = spansOf(run, ['cpu']);
    const done = workDone(cpu);
    if (done < 0.95 * WORK_MS) {
      return {
        ok: false,
        property: 'work',
        run: i,
        message: {
          zh: `第 ${i + 1} 次运行只做了约 ${Math.round(done)} 毫秒的计算，整项工作是 ${WORK_MS} 毫秒：有些块没有做。`,
          en: `Run ${i + 1} computed only about ${Math.round(done)} ms of the job’s ${WORK_MS} ms: some chunks were not done.`,
        },
        hint: {
          zh: '8 块都要做，每块都是 work(100)。把块分给几个 Worker，别丢下哪一块，也别改块的大小。',
          en: 'All 8 chunks must be done, each one a work(100). Share them among workers without dropping any, and keep their size.',
        },
      };
    }
    const lanes = lanesOf(cpu);
    if (lanes.length < 2) {
      return {
        ok: false,
        property: 'workers',
        run: i,
        message: {
          zh: `第 ${i + 1} 次运行的计算全都在一个 Worker（${lanes[0] ?? 'main'}）上：只用上了一个核心。`,
          en: `In run ${i + 1} all the computation ran on one worker (${lanes[0] ?? 'main'}): it used one core.`,
        },
        hint: {
          zh: '一个 Worker 同一时刻只能用一个核心。用 spawn 启动几个 Worker，每个做一部分块，比如每个核心一个（cores 告诉你有几个）。',
          en: 'One worker uses one core at a time. Start several with spawn, each doing a share of the chunks, say one per core (cores tells you how many).',
        },
      };
    }
  }

  if (cores < 2) {
    return {
      ok: true,
      message: {
        zh: '计算分到了几个 Worker 上。你的浏览器只报告了 1 个核心，它们只能轮流用这个核心，看不到加速；在多核的设备上，同样的代码会并行。',
        en: 'The computation is shared among several workers. Your browser reports a single core, so they can only take turns on it and there is no speed-up to see; on a device with several cores the same code runs in parallel.',
      },
    };
  }

  for (const [i, run] of runs.entries()) {
    const cpu = spansOf(run, ['cpu']);
    if (mostLanesAtOnce(cpu) < 2) {
      return {
        ok: false,
        property: 'together',
        run: i,
        message: {
          zh: `这些 Worker 从来没有同时运行：第 ${i + 1} 次运行里，一个 Worker 的计算结束了，下一个才开始。这还是顺序执行，只是换了几个 Worker。`,
          en: `The workers never ran at the same time: in run ${i + 1} each worker’s computation ended before the next one’s began. That is still sequential, only on several workers.`,
        },
        hint: {
          zh: '启动一个 Worker 之后立刻 await 它的 result，就等于一件做完再做下一件。先把所有 Worker 都启动，再用 Promise.all 一起等它们的结果。',
          en: 'Awaiting a worker’s result right after starting it means finishing one task before starting the next. Start every worker first, then await their results together with Promise.all.',
        },
      };
    }
  }

  // Each run against the start run made just before it (the same moment of the machine); the best pair counts.
  const computing = (r: RunReport) => Math.max(1, stretch(spansOf(r, ['cpu'])));
  const pairs = runs.map((r, i) => {
    const start = baseline[i] ?? baseline[0];
    const base = start ? computing(start) : WORK_MS;
    return {base, speedup: base / computing(r)};
  });
  const bestAt = pairs.reduce((b, p, i) => (p.speedup > pairs[b].speedup ? i : b), 0);
  const {base, speedup: best} = pairs[bestAt];
  if (best < MIN_SPEEDUP) {
    return {
      ok: false,
      property: 'speedup',
      run: bestAt,
      message: {
        zh: `Worker 确实同时算过，但整体只快了 ${best.toFixed(2)} 倍（起始代码算了 ${Math.round(base)} 毫秒），要求至少 ${MIN_SPEEDUP} 倍。`,
        en: `The workers did compute at the same time, but the whole job was only ${best.toFixed(2)}× faster (the starting code computed for ${Math.round(base)} ms); it needs at least ${MIN_SPEEDUP}×.`,
      },
      hint: {
        zh: '看时间线：是不是大部分块还挤在一个 Worker 上？把块平均分给各个 Worker。如果机器上别的程序正忙，也会拖慢，可以稍后再检查一次。',
        en: 'Look at the timeline: are most chunks still on one worker? Share them out evenly. Other busy programs on this machine slow it down too: if so, check again a little later.',
      },
    };
  }

  return {
    ok: true,
    run: bestAt,
    message: {
      zh: `几个 Worker 同时在计算，整体快了 ${best.toFixed(2)} 倍（你的浏览器报告 ${cores} 个核心）。`,
      en: `Several workers computed at the same time, and the whole job was ${best.toFixed(2)}× faster (your browser reports ${cores} cores).`,
    },
  };
}

const exercise: ExerciseCheck = {runs: 2, baseline: 'each', check};
export default exercise;
