// 两个任务，每个都是：CPU 计算 → I/O → CPU 计算。
// 这个 CPU 不会切换：A 的 I/O 结束之前，B 不能开始。
import {work, sleep, now} from 'lab';

// now() 从点击“运行”时算起，和下方时间线用同一个时钟。
const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

async function task(name: string) {
  console.log(`${at()} ${name}：开始计算`);
  work(100, name); // 计算：在空闲的核上约 100 毫秒
  console.log(`${at()} ${name}：计算结束，等待 I/O`);
  await sleep(300, name); // 模拟 I/O，300 毫秒
  console.log(`${at()} ${name}：I/O 完成，继续计算`);
  work(100, name);
  console.log(`${at()} ${name}：完成`);
}

const start = now();
await task('A'); // A 一直执行到结束，连 I/O 等待也算在内……
await task('B'); // ……然后 B 才开始
console.log(`总耗时：${Math.round(now() - start)} 毫秒`);
