// 一个常见的错答案：启动了好几个 Worker，
// 却每启动一个就等它做完，再启动下一个。
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
let done = 0;
for (let k = 0; k < n; k++) {
  const w = spawn(crunch, k * per, Math.min(CHUNKS, (k + 1) * per));
  done += await w.result; // 等这一个做完，才启动下一个
}
console.log(`做完 ${done} 块，用时 ${Math.round(now() - start)} 毫秒`);
