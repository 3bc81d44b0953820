// 两个纯计算的任务放在一个 Worker 上：它们轮流执行，
// 从不在同一瞬间运行。
import {work, now} from 'lab';

async function task(name: string) {
  for (let step = 1; step <= 4; step++) {
    work(100, name); // 100 毫秒的 CPU 计算
    await null; // 让另一个任务算一段
  }
}

const start = now();
await Promise.all([task('A'), task('B')]);
console.log(`总耗时：${Math.round(now() - start)} 毫秒` +
  '（计算量共 800 毫秒）');
