// 同样三个任务，写成 async 函数：每个 `await`
// 都是任务暂停的地方。
import {work, sleep, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

async function task(name: string, steps: number) {
  for (let step = 1; step <= steps; step++) {
    work(50, name);
    console.log(`${at()} ${name} 完成第 ${step} 步，等待 I/O`);
    await sleep(100, name); // 暂停到 I/O 完成，别的任务先跑
  }
}

// 不用自己写调度器：哪个任务的 I/O 完成了，
// 事件循环就恢复哪个任务。
const start = now();
await Promise.all([task('A', 3), task('B', 3), task('C', 2)]);
console.log(`总耗时：${Math.round(now() - start)} 毫秒，只用一个 Worker`);
