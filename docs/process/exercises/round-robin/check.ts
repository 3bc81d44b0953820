import type {RunReport, Span} from '@site/sandbox/contract/report';
import type {ExerciseCheck, Verdict} from '@site/src/lib/exercise';
import {spansOf, unfinished} from '@site/src/lib/exercise';

/** The three processes of the starting code and the time slices each needs. */
export const NEEDS: Record<string, number> = {A: 5, B: 5, C: 1};
const NAMES = Object.keys(NEEDS);
/** A slice's CPU span is labelled with its process first: "A 第 2 片", "A slice 2". */
const OWNER = /^\s*([A-Z])(?![A-Za-z])/;

/** The process each CPU span (a time slice) belongs to, in the order they ran. */
export function sliceOrder(report: RunReport): string[] {
  return spansOf(report, ['cpu'])
    .sort((a: Span, b: Span) => a.start - b.start)
    .map((s) => OWNER.exec(s.label ?? '')?.[1] ?? '?');
}

/**
 * What round robin runs, given the ready queue's first order: each process one slice in turn,
 * an unfinished one back to the end of the queue.
 */
export function roundRobin(order: string[], needs: Record<string, number>): string[] {
  const left = new Map(order.map((n) => [n, needs[n] ?? 0]));
  const queue = [...order];
  const out: string[] = [];
  while (queue.length) {
    const p = queue.shift()!;
    out.push(p);
    const rest = left.get(p)! - 1;
    left.set(p, rest);
    if (rest > 0) queue.push(p);
  }
  return out;
}

const list = (names: string[], zh: boolean) => names.join(zh ? '、' : ' and ');

/**
 * "Write the round-robin scheduler": what ran is read off the timeline, one CPU span per time slice.
 * Every process ran exactly the slices it needs, and in round-robin order: the processes take turns,
 * one slice each, and none runs two slices in a row while another is waiting. Only the order of the
 * slices counts, not their length, so a busy machine or a single core changes nothing.
 */
export function check(runs: RunReport[]): Verdict {
  const broken = unfinished(runs);
  if (broken) return broken;

  for (const [i, run] of runs.entries()) {
    const order = sliceOrder(run);
    for (const name of NAMES) {
      const ran = order.filter((n) => n === name).length;
      const needs = NEEDS[name];
      if (ran === needs) continue;
      return {
        ok: false,
        property: 'slices',
        run: i,
        message:
          ran < needs
            ? {
                zh: `${name} 只运行了 ${ran} 个时间片，它需要 ${needs} 个：它还没做完，就离开了就绪队列。`,
                en: `${name} ran only ${ran} time slice${ran === 1 ? '' : 's'} of the ${needs} it needs: it left the ready queue before it was done.`,
              }
            : {
                zh: `${name} 运行了 ${ran} 个时间片，可它只需要 ${needs} 个：做完的进程不该再上 CPU。`,
                en: `${name} ran ${ran} time slices but needs only ${needs}: a process that is done should not get the CPU again.`,
              },
        hint: {
          zh: '一个进程的时间片用完了，如果它还没做完，就要回到就绪队列，等下一轮；做完了，才离开队列。runSlice() 的返回值告诉你它还有没有没做完的活。',
          en: 'When a process’s slice is used up and it is not done yet, it goes back into the ready queue to wait for its next turn; only a process that is done leaves the queue. What runSlice() returns tells you whether it has more to do.',
        },
      };
    }

    const firsts = [...new Set(order)];
    const expected = roundRobin(firsts, NEEDS);
    const at = order.findIndex((n, k) => n !== expected[k]);
    if (at >= 0) {
      const runner = order[at];
      // Who was waiting for the CPU while `runner` took this slice: the processes still unfinished.
      const done = (n: string) => order.slice(0, at).filter((m) => m === n).length >= NEEDS[n];
      const waiting = NAMES.filter((n) => n !== runner && !done(n));
      let streak = 1;
      while (order[at + streak] === runner) streak++;
      const inRow = at > 0 && order[at - 1] === runner;
      let before = 0;
      for (let k = at - 1; k >= 0 && order[k] === runner; k--) before++;
      const c = order.lastIndexOf('C') + 1;
      const cRr = expected.lastIndexOf('C') + 1;
      return {
        ok: false,
        property: 'turns',
        run: i,
        message: inRow
          ? {
              zh: `${runner} 连续运行了 ${before + streak} 个时间片，${list(waiting, true)} 一直在就绪队列里等着。只要 1 个时间片的 C 排到第 ${c} 个时间片才运行（轮转调度下是第 ${cRr} 个）。`,
              en: `${runner} ran ${before + streak} time slices in a row while ${list(waiting, false)} waited in the ready queue. C, which needs a single slice, got the CPU only in slice ${c} (round robin gives it slice ${cRr}).`,
            }
          : {
              zh: `第 ${at + 1} 个时间片给了 ${runner}，可 ${expected[at]} 已经等了一整轮，该轮到它了。`,
              en: `Slice ${at + 1} went to ${runner}, but ${expected[at]} had waited a whole round and it was its turn.`,
            },
        hint: {
          zh: '轮转调度每次只给队首的进程一个时间片。时间片用完，它如果还没做完，就回到就绪队列的队尾，排在所有等着的进程后面。',
          en: 'Round robin gives the process at the head of the queue one time slice at a time. When the slice is used up and the process is not done, it goes to the end of the ready queue, behind every process that is waiting.',
        },
      };
    }
  }

  const order = sliceOrder(runs[runs.length - 1]);
  const c = order.lastIndexOf('C') + 1;
  return {
    ok: true,
    message: {
      zh: `三个进程轮流运行，每次一个时间片；只要 1 个时间片的 C 在第 ${c} 个时间片就做完了，先来先服务要等到第 11 个。`,
      en: `The three processes took turns, one time slice each; C, which needs a single slice, was done in slice ${c}, where first come, first served made it wait until slice 11.`,
    },
  };
}

const exercise: ExerciseCheck = {runs: 1, check};
export default exercise;
