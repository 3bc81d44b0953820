import type {RunReport} from '@site/sandbox/contract/report';
import type {ExerciseCheck, Verdict} from '@site/src/lib/exercise';
import {lanesOf, mostAtOnce, spansOf, stretch, unfinished} from '@site/src/lib/exercise';

/** The four downloads of the starting code: sleep(400), sleep(300), sleep(500), sleep(200). */
export const DOWNLOADS = 4;
/** Their waits added up, in ms: what the starting code takes, one after another. */
export const SUM_MS = 1400;
/** The longest wait: what all four take when they overlap. */
export const LONGEST_MS = 500;
/** The most the four may take from the first start to the last end: well under the sum, with room for a busy machine. */
export const MAX_MS = 0.75 * SUM_MS;

/**
 * "Make these four downloads overlap": the four I/O spans are all there, on one worker (coroutines,
 * not a worker each), all four open at the same instant, and together they take clearly less than
 * the sum of their waits. Sleeps overlap without any spare core, so this holds on one core too.
 */
export function check(runs: RunReport[]): Verdict {
  const broken = unfinished(runs);
  if (broken) return broken;

  for (const [i, run] of runs.entries()) {
    const downloads = spansOf(run, ['io']);
    if (downloads.length < DOWNLOADS) {
      return {
        ok: false,
        property: 'downloads',
        run: i,
        message: {
          zh: `第 ${i + 1} 次运行的时间线上只有 ${downloads.length} 段下载（I/O），应有 ${DOWNLOADS} 段：有的下载没有做。`,
          en: `Run ${i + 1} drew only ${downloads.length} downloads (I/O spans) on its timeline instead of ${DOWNLOADS}: some downloads were not made.`,
        },
        hint: {
          zh: '四个文件都要下载，每个都是一次 download(…)，它里面的 sleep 就是时间线上的一段 I/O。别删掉哪一个，也别改 download 函数。',
          en: 'All four files must be downloaded, each with one download(…); the sleep inside it is one I/O span on the timeline. Drop none of them and leave the download function as it is.',
        },
      };
    }

    const lanes = lanesOf(downloads);
    if (lanes.length > 1) {
      return {
        ok: false,
        property: 'one-worker',
        run: i,
        message: {
          zh: `第 ${i + 1} 次运行把下载分到了 ${lanes.length} 个 Worker 上（${lanes.join('、')}）：它们是重叠了，可用的是线程，不是协程。`,
          en: `Run ${i + 1} spread the downloads over ${lanes.length} workers (${lanes.join(', ')}): they overlap, but on threads, not coroutines.`,
        },
        hint: {
          zh: '等网络不占 CPU，用不着给每个下载一个线程。不用 spawn，就在这一个 Worker 上让四个协程同时等。',
          en: 'Waiting for the network takes no CPU, so no download needs a thread of its own. Leave spawn out and let four coroutines wait at once on this one worker.',
        },
      };
    }

    const most = mostAtOnce(downloads);
    if (most < DOWNLOADS) {
      return {
        ok: false,
        property: 'overlap',
        run: i,
        message:
          most <= 1
            ? {
                zh: `四个下载从来没有同时进行：第 ${i + 1} 次运行里，每个下载都等上一个完成了才开始。`,
                en: `The four downloads never ran at the same time: in run ${i + 1} each one began only after the one before it had finished.`,
              }
            : {
                zh: `第 ${i + 1} 次运行里，最多只有 ${most} 个下载同时进行，应该四个一起等。`,
                en: `In run ${i + 1} at most ${most} downloads were under way at once; all four should wait together.`,
              },
        hint: {
          zh: '调用 download(…) 就开始下载，await 才是等。先把四个下载都调用了，再用 Promise.all 一起等它们。注意：写在 Promise.all 数组里的 await 也会先等完这一个，才去调用下一个。',
          en: 'Calling download(…) starts a download; await is what waits. Call all four first, then wait for them together with Promise.all. Note that an await written inside Promise.all’s array also waits for that one before the next is called.',
        },
      };
    }

    const took = stretch(downloads);
    if (took > MAX_MS) {
      return {
        ok: false,
        property: 'time',
        run: i,
        message: {
          zh: `四个下载重叠了，但从第一个开始到最后一个结束用了 ${Math.round(took)} 毫秒，四次等待加起来也才 ${SUM_MS} 毫秒（上限 ${MAX_MS} 毫秒）。`,
          en: `The four downloads overlapped, but from the first start to the last end took ${Math.round(took)} ms, while the four waits add up to only ${SUM_MS} ms (the limit is ${MAX_MS} ms).`,
        },
        hint: {
          zh: `四个一起等，总时间应该和最长的那次等待（${LONGEST_MS} 毫秒）差不多。看看时间线：是不是有什么计算占住了这个 Worker，定时器到点了也没法接着运行？如果机器上别的程序正忙，也会拖慢，可以稍后再检查一次。`,
          en: `Waiting together, the whole should take about as long as the longest wait (${LONGEST_MS} ms). Look at the timeline: does some computation hold this worker, so that timers that are due cannot go on? Other busy programs on this machine slow it down too: if so, check again a little later.`,
        },
      };
    }
  }

  const took = stretch(spansOf(runs[runs.length - 1], ['io']));
  return {
    ok: true,
    message: {
      zh: `四个下载在一个 Worker 上同时等待，一共用了 ${Math.round(took)} 毫秒，四次等待加起来是 ${SUM_MS} 毫秒。`,
      en: `The four downloads waited at the same time on one worker and took ${Math.round(took)} ms in all, while their waits add up to ${SUM_MS} ms.`,
    },
  };
}

const exercise: ExerciseCheck = {runs: 1, check};
export default exercise;
