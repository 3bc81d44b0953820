// 每个核心上都有一个死循环，主 Worker（main）却照样在打印：
// 线程自己从不交出 CPU，操作系统也能把它收回来。
import {spawn, sleep, now, cores, sharedInts} from 'lab';

// now() 从点击“运行”时算起，和下方时间线用同一个时钟。
const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// 在一个新的 Worker 里运行：一个死循环，从不 await，也从不请操作系统做任何事，
// 只在共享内存里数自己转了多少圈。
function spin(rounds: Int32Array, i: number) {
  while (true) {
    Atomics.add(rounds, i, 1);
  }
}

// 每个逻辑核心一个空转的 Worker（最多 16 个）：它们加起来足以占满所有核心。
const n = Math.min(cores, 16);
const rounds = sharedInts(n);
const spinners = [];
for (let i = 0; i < n; i++) spinners.push(spawn(spin, rounds, i));
const total = () => rounds.reduce((sum, _, i) => sum + Atomics.load(rounds, i), 0);

// 等每个空转的 Worker 都进入了循环。
while (rounds.some((_, i) => Atomics.load(rounds, i) === 0)) await sleep(10, '启动');
console.log(`${at()} 主 Worker：${n} 个 Worker 在死循环里空转，逻辑核心数：${cores}`);

for (let tick = 1; tick <= 5; tick++) {
  await sleep(100, '定时器'); // 主 Worker 请求 100 毫秒后被唤醒
  console.log(`${at()} 主 Worker：照常运行，这些循环已经转了 ${total()} 圈`);
}

// 就像在终端里执行 `kill`（或者点本页的“停止”）：从外部结束它们。
for (const s of spinners) s.kill();
const ends = await Promise.allSettled(spinners.map((s) => s.result));
const killed = ends.filter((e) => e.status !== 'fulfilled');
console.log(`${at()} 主 Worker：有 ${killed.length} 个空转的 Worker 被 kill() 结束（共 ${n} 个）`);
console.log(`${(killed[0] as PromiseRejectedResult).reason.message}`);
