// 还是那两个任务，但 A 等 I/O 时 CPU 切到 B，之后再切回来。
import {work, sleep, now} from 'lab';

// now() 从点击“运行”时算起，和下方时间线用同一个时钟。
const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

async function task(name: string) {
  console.log(`${at()} ${name}：开始计算`);
  work(100, name); // 计算：在空闲的核上约 100 毫秒
  console.log(`${at()} ${name}：计算结束，等待 I/O`);
  await sleep(300, name); // 模拟 I/O：CPU 让给另一个任务
  console.log(`${at()} ${name}：I/O 完成，继续计算`);
  work(100, name);
  console.log(`${at()} ${name}：完成`);
}

const start = now();
// 两个任务一起启动；每个 `await` 都把 CPU 让出去。
await Promise.all([task('A'), task('B')]);
console.log(`总耗时：${Math.round(now() - start)} 毫秒`);
