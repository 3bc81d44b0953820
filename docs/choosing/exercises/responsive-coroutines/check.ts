import type {RunReport, Span} from '@site/sandbox/contract/report';
import type {ExerciseCheck, Verdict} from '@site/src/lib/exercise';
import {lanesOf, mostAtOnce, spansOf, unfinished, workDone} from '@site/src/lib/exercise';

/** The computation: 4 chunks of 100 ms. */
export const WORK_MS = 400;
/** The I/O coroutines of the starting code, each waiting on main. */
export const CLIENTS = 3;
/** Computation on main beyond this (in ms) counts as computing there. */
export const MAIN_CPU_MS = 20;
/** Of the computation's stretch of time, at least this share must see an I/O coroutine waiting on main. */
export const MIN_COVER = 0.5;
/**
 * The latest a timer on main may fire, in ms past its due time. On main beside the computation
 * the first timers are about 350 ms late; with the computation on a worker they are a few ms
 * late, on one core too (the OS preempts the computing thread when main's timer is due).
 */
export const LATE_MS = 100;

/** How late the timer behind an I/O span fired: its length past the `sleep` it asked for. */
export const lateness = (s: Span) => Math.max(0, s.end - s.start - (s.work ?? s.end - s.start));

/** The ms of [from, to] that at least one of these spans covers. */
export function covered(spans: Span[], from: number, to: number): number {
  const parts = spans
    .map((s): [number, number] => [Math.max(from, s.start), Math.min(to, s.end)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = from;
  for (const [a, b] of parts) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/**
 * "Keep the coroutines responsive": the whole computation is done, none of it on main; the I/O
 * coroutines wait on main, during the computation; and their timers fire nearly on time.
 */
export function check(runs: RunReport[]): Verdict {
  const broken = unfinished(runs);
  if (broken) return broken;

  for (const [i, run] of runs.entries()) {
    const cpu = spansOf(run, ['cpu']);
    const io = spansOf(run, ['io']);
    const ioMain = io.filter((s) => s.lane === 'main');
    const worst = Math.round(Math.max(0, ...ioMain.map(lateness)));

    const done = workDone(cpu);
    if (done < 0.95 * WORK_MS) {
      return {
        ok: false,
        property: 'work',
        run: i,
        message: {
          zh: `第 ${i + 1} 次运行只做了约 ${Math.round(done)} 毫秒的计算，整项计算是 ${WORK_MS} 毫秒：有些块没有做。`,
          en: `Run ${i + 1} computed only about ${Math.round(done)} ms of the ${WORK_MS} ms the computation needs: some chunks were not done.`,
        },
        hint: {
          zh: '4 块都要算，每块都是一次 work(100)。把计算挪个地方，但别删掉它，也别改块的大小。',
          en: 'All 4 chunks must be computed, each one a work(100). Move the computation elsewhere, but do not drop it or change the chunks’ size.',
        },
      };
    }

    const onMain = workDone(cpu.filter((s) => s.lane === 'main'));
    if (onMain > MAIN_CPU_MS) {
      return {
        ok: false,
        property: 'cpu-on-main',
        run: i,
        message: {
          zh: `第 ${i + 1} 次运行在 main 上计算了约 ${Math.round(onMain)} 毫秒。计算的时候，main 上的协程一个也运行不了，它们的定时器最多晚了 ${worst} 毫秒。`,
          en: `Run ${i + 1} computed for about ${Math.round(onMain)} ms on main. While main computes, none of its coroutines can run: their timers fired up to ${worst} ms late.`,
        },
        hint: {
          zh: '一个线程不能一边计算一边等 I/O。用 spawn 把 crunch 放到另一个 Worker 上去算（它只看得到自己的参数），main 上只留协程。',
          en: 'One thread cannot compute and wait for I/O at once. Run crunch on another worker with spawn (it sees only its arguments) and leave only the coroutines on main.',
        },
      };
    }

    const ioLanes = lanesOf(io);
    if (ioMain.length === 0 || ioLanes.some((l) => l !== 'main')) {
      const elsewhere = ioLanes.filter((l) => l !== 'main');
      return {
        ok: false,
        property: 'io-on-main',
        run: i,
        message: {
          zh: `第 ${i + 1} 次运行的 I/O 协程不在 main 上，而在 ${elsewhere.join('、') || '别处'}：要挪走的只是计算。`,
          en: `In run ${i + 1} the I/O coroutines ran on ${elsewhere.join(', ') || 'another worker'}, not on main: only the computation was to move.`,
        },
        hint: {
          zh: '等 I/O 不占 CPU，协程留在 main 上就好；只把 crunch 交给 spawn。和计算放在同一个 Worker 上，协程照样要等它算完。',
          en: 'Waiting for I/O takes no CPU, so the coroutines can stay on main; hand only crunch to spawn. On the same worker as the computation they would still wait for it to finish.',
        },
      };
    }

    const together = mostAtOnce(ioMain);
    if (together < CLIENTS) {
      return {
        ok: false,
        property: 'clients',
        run: i,
        message: {
          zh: `第 ${i + 1} 次运行里，main 上最多只有 ${together} 个协程同时在等 I/O，应该是 ${CLIENTS} 个。`,
          en: `In run ${i + 1} at most ${together} coroutines waited for I/O on main at once; there should be ${CLIENTS}.`,
        },
        hint: {
          zh: '三个协程 client(\'A\')、client(\'B\')、client(\'C\') 都要先启动，再去等别的东西。',
          en: 'Start all three coroutines, client(\'A\'), client(\'B\') and client(\'C\'), before awaiting anything else.',
        },
      };
    }

    const away = cpu.filter((s) => s.lane !== 'main');
    const from = Math.min(...away.map((s) => s.start));
    const to = Math.max(...away.map((s) => s.end));
    const share = covered(ioMain, from, to) / Math.max(1, to - from);
    if (share < MIN_COVER) {
      return {
        ok: false,
        property: 'during',
        run: i,
        message: {
          zh: `计算确实不在 main 上了，可第 ${i + 1} 次运行里，计算进行的 ${Math.round(to - from)} 毫秒中，只有 ${Math.round(share * 100)}% 的时间有协程在 main 上等 I/O：协程没有和计算同时进行。`,
          en: `The computation is off main now, but in run ${i + 1} an I/O coroutine was waiting on main for only ${Math.round(share * 100)}% of the ${Math.round(to - from)} ms the computation took: the coroutines did not run beside it.`,
        },
        hint: {
          zh: 'spawn 之后立刻 await 它的 result，main 就什么也不做、一直等到计算结束。先启动协程，再去等计算的结果：main 等结果的时候，照样运行协程。',
          en: 'Awaiting the result right after spawn leaves main doing nothing until the computation ends. Start the coroutines first, then await the result: while main awaits it, the coroutines go on running.',
        },
      };
    }

    if (worst > LATE_MS) {
      return {
        ok: false,
        property: 'late',
        run: i,
        message: {
          zh: `第 ${i + 1} 次运行里，main 上的定时器最多晚了 ${worst} 毫秒，上限是 ${LATE_MS} 毫秒。`,
          en: `In run ${i + 1} a timer on main fired ${worst} ms late; the limit is ${LATE_MS} ms.`,
        },
        hint: {
          zh: '看时间线：main 上是不是还有别的计算？定时器到点时，main 得是空着的。如果机器上别的程序正忙，也会拖慢，可以稍后再检查一次。',
          en: 'Look at the timeline: is something else still computing on main? Main must be free when a timer is due. Other busy programs on this machine slow it down too: if so, check again a little later.',
        },
      };
    }
  }

  const last = runs[runs.length - 1];
  const worst = Math.round(Math.max(0, ...spansOf(last, ['io']).map(lateness)));
  const lane = lanesOf(spansOf(last, ['cpu']))[0] ?? 'w1';
  return {
    ok: true,
    message: {
      zh: `计算在 ${lane} 上进行，三个协程同时在 main 上等 I/O，定时器最多只晚了 ${worst} 毫秒。`,
      en: `The computation ran on ${lane} while the three coroutines waited on main, and their timers fired at most ${worst} ms late.`,
    },
  };
}

const exercise: ExerciseCheck = {runs: 1, check};
export default exercise;
