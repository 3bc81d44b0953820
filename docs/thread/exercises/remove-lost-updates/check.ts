import type {RunReport} from '@site/sandbox/contract/report';
import type {CheckContext, ExerciseCheck, Verdict} from '@site/src/lib/exercise';
import {grouped, lanesOf, mostLanesAtOnce, printedNumber, spansOf, unfinished} from '@site/src/lib/exercise';

/** Two workers, 3,000,000 additions each: what the counter must read after every run. */
export const EXPECTED = 6_000_000;
/** The starting code's counter line: "计数器 = 5123456" or "counter = 5123456". */
const COUNTER = /(?:计数器|counter)\s*[=:：]/i;

/** How much slower than the racy start a fix may be: generous, it only stops a lock per addition. */
export function timeBound(baselineMs: number): number {
  return Math.max(4 * baselineMs, baselineMs + 1500);
}

/**
 * "Remove the lost updates": three runs, each must print exactly 6,000,000, with the two
 * workers still adding at the same time, and not much slower than the racy start.
 */
export function check(runs: RunReport[], {cores, baseline}: CheckContext): Verdict {
  const broken = unfinished(runs);
  if (broken) return broken;

  for (const [i, run] of runs.entries()) {
    const counter = printedNumber(run, COUNTER);
    if (counter === null) {
      return {
        ok: false,
        property: 'output',
        run: i,
        message: {
          zh: `第 ${i + 1} 次运行没有打印计数器：检查要读“计数器 = …”这一行。`,
          en: `Run ${i + 1} did not print the counter: the check reads the line "counter = …".`,
        },
        hint: {
          zh: '保留最后那行 console.log，它打印的是计数器的最终值。',
          en: 'Keep the last console.log: it prints the counter’s final value.',
        },
      };
    }
    if (counter !== EXPECTED) {
      const lost = EXPECTED - counter;
      return {
        ok: false,
        property: 'total',
        run: i,
        message:
          lost > 0
            ? {
                zh: `有更新丢失了：第 ${i + 1} 次运行，计数器是 ${grouped(counter)}，应为 ${grouped(EXPECTED)}，丢了 ${grouped(lost)} 次更新。`,
                en: `Updates were lost: in run ${i + 1} the counter read ${grouped(counter)} instead of ${grouped(EXPECTED)}, so ${grouped(lost)} updates were lost.`,
              }
            : {
                zh: `第 ${i + 1} 次运行，计数器是 ${grouped(counter)}，应为 ${grouped(EXPECTED)}：加的次数不对。`,
                en: `In run ${i + 1} the counter read ${grouped(counter)} instead of ${grouped(EXPECTED)}: the number of additions is wrong.`,
              },
        hint: {
          zh: '两个 Worker 各加 3,000,000 次，别改这两个数。一次加法是读、加 1、写三步，另一个 Worker 可以插在中间。分开的 Atomics.load 和 Atomics.store 也一样：读和写之间仍有空隙。要让整次加法成为一步不可分割的操作。',
          en: 'Two workers, 3,000,000 additions each: leave those numbers as they are. One addition is three steps (read, add 1, write), and the other worker can step in between. A separate Atomics.load and Atomics.store is no better: there is still a gap between the read and the write. Make the whole addition one indivisible step.',
        },
      };
    }
  }

  if (cores >= 2) {
    for (const [i, run] of runs.entries()) {
      const spans = spansOf(run, ['task', 'cpu']).filter((s) => s.lane !== 'main');
      if (lanesOf(spans).length < 2 || mostLanesAtOnce(spans) < 2) {
        return {
          ok: false,
          property: 'together',
          run: i,
          message: {
            zh: `第 ${i + 1} 次运行里，两个 Worker 没有同时在加：总数对了，是因为竞争被取消了，而不是被修复了。`,
            en: `In run ${i + 1} the two workers never added at the same time: the total is right because the race was taken away, not fixed.`,
          },
          hint: {
            zh: '保留两个 Worker、开头的“到齐”等待和 span(…)，让它们照样同时加；只改那一行加法。',
            en: 'Keep the two workers, the wait for both to arrive and the span(…), so that they still add at the same time; change only the line that adds.',
          },
        };
      }
    }
  }

  const base = baseline[0]?.duration;
  if (base !== undefined) {
    const bound = timeBound(base);
    const durations = runs.map((r) => r.duration ?? 0);
    const slowest = Math.max(...durations);
    if (slowest > bound) {
      return {
        ok: false,
        property: 'speed',
        run: durations.indexOf(slowest),
        message: {
          zh: `总数对了，但太慢：最慢的一次用了 ${Math.round(slowest)} 毫秒，起始代码只用 ${Math.round(base)} 毫秒（上限 ${Math.round(bound)} 毫秒）。`,
          en: `The total is right but it is too slow: the slowest run took ${Math.round(slowest)} ms, the starting code ${Math.round(base)} ms (the limit is ${Math.round(bound)} ms).`,
        },
        hint: {
          zh: '每加一次就拿一次锁、放一次锁，代价很高。一次加法只需要一个原子操作，不需要锁。',
          en: 'Taking and releasing a lock for every single addition is expensive. One addition needs one atomic operation, not a lock.',
        },
      };
    }
  }

  return {
    ok: true,
    message: {
      zh: `${runs.length} 次运行，计数器每次都正好是 ${grouped(EXPECTED)}，两个 Worker 仍然同时在加。`,
      en: `${runs.length} runs, and the counter read exactly ${grouped(EXPECTED)} every time, with both workers still adding at the same time.`,
    },
  };
}

const exercise: ExerciseCheck = {runs: 3, baseline: 'once', check};
export default exercise;
