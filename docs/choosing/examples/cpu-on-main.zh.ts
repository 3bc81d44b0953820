// 一个应用，两种负载：三个 I/O 协程和一个 CPU 密集的任务，
// 全都在 main 这一个线程上。协程记下定时器每次晚到了多少。
import {sleep, work, now} from 'lab';

// 一个 I/O 协程：等 10 次 I/O，每次 50 毫秒。
async function ioTask(name: string) {
  let worst = 0;
  for (let i = 1; i <= 10; i++) {
    const due = now() + 50; // 定时器应该在这一刻触发
    await sleep(50, `${name} 等 I/O`);
    worst = Math.max(worst, now() - due);
  }
  console.log(`${name}：定时器最多晚了 ${Math.round(worst)} 毫秒`);
}

// CPU 密集的任务：400 毫秒的计算量。
function cpuTask() {
  work(400, '计算');
  return 400;
}

const start = now();
const io = [ioTask('A'), ioTask('B'), ioTask('C')];
cpuTask(); // 计算占住了 main，定时器到点了，协程也没法接着运行
await Promise.all(io);
console.log(`总耗时：${Math.round(now() - start)} 毫秒`);
