// 每个核心一个 Worker，各做一份；先把它们全部启动，再一起等结果。
import {spawn, work, now, cores} from 'lab';

const CHUNKS = 8;
console.log(`浏览器报告的逻辑核心数：${cores}`);

// 在一个 Worker 里做第 from 块到第 to - 1 块，返回做了几块。
function crunch(from: number, to: number) {
  for (let i = from; i < to; i++) {
    work(100, `第 ${i + 1} 块`);
  }
  return to - from;
}

const start = now();
const n = Math.min(cores, CHUNKS); // 用几个 Worker
const per = Math.ceil(CHUNKS / n); // 每个 Worker 做几块
const workers = Array.from({length: n}, (_, k) =>
  spawn(crunch, k * per, Math.min(CHUNKS, (k + 1) * per)));
// 全部启动之后，再一起等
const counts = await Promise.all(workers.map((w) => w.result));
const done = counts.reduce((a, b) => a + b, 0);
console.log(`做完 ${done} 块，用时 ${Math.round(now() - start)} 毫秒`);
