// 一条流水线：几个独立的部分，只通过通道交流，谁也不碰谁的变量。
// 生产者把数字发进 jobs；几个计算者各自从 jobs 取数、算平方、
// 把结果发进 results（扇出）；main 从 results 收齐结果求和（扇入）。
import {
  spawn, channel, send, receive, close, work, now, cores,
} from 'lab';

const N = 8; // 一共 8 个数
const SQUARERS = 2; // 几个计算者：改成 1 或 4 试试

function produce(jobs: Int32Array, n: number) {
  for (let x = 1; x <= n; x++) {
    work(10, `生成 ${x}`);
    send(jobs, x); // 通道满了就等
  }
  close(jobs); // 不会再有新的数了
}

function square(jobs: Int32Array, results: Int32Array) {
  let count = 0;
  // receive 在通道空时等待；通道关闭且取空后返回 undefined。
  for (let x = receive(jobs); x !== undefined; x = receive(jobs)) {
    work(60, `算 ${x}²`);
    send(results, x * x);
    count++;
  }
  return count;
}

console.log(`浏览器报告的逻辑核心数：${cores}`);
const jobs = channel(2); // 每个通道最多放 2 个数
const results = channel(2);
const start = now();
spawn(produce, jobs, N);
const squarers = [];
for (let i = 0; i < SQUARERS; i++) {
  squarers.push(spawn(square, jobs, results));
}
let sum = 0;
for (let i = 0; i < N; i++) sum += receive(results) ?? 0;
const took = now() - start;
console.log(`平方和：${sum}`);
const counts = await Promise.all(squarers.map((w) => w.result));
console.log(`各计算者算了：${counts.join('、')} 个`);
console.log(`计算量共 ${10 * N + 60 * N} 毫秒，` +
  `流水线用了 ${Math.round(took)} 毫秒` +
  '（含启动 Worker）');
