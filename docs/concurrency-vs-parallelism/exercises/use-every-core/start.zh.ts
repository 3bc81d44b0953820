// 一项纯计算的工作：8 块，每块约 100 毫秒的 CPU 计算。
// 现在它只用一个 Worker，8 块一块接一块地做。
// 练习：把这些块分给几个 Worker，用上你的每个核心。
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
const done = await spawn(crunch, 0, CHUNKS).result;
console.log(`做完 ${done} 块，用时 ${Math.round(now() - start)} 毫秒`);
