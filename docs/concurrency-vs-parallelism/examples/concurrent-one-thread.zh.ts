// 一个线程上的并发设计：先启动所有任务，
// 再等它们全部完成。
import {work, sleep, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

async function task(name: string) {
  work(50, name); // 准备请求
  await sleep(200, name); // I/O：它等待时，别的任务运行
  work(50, name); // 处理回复
  console.log(`${at()} ${name} 完成`);
}

const start = now();
await Promise.all([task('A'), task('B'), task('C')]);
console.log(`总耗时：${Math.round(now() - start)} 毫秒，只用一个线程`);
