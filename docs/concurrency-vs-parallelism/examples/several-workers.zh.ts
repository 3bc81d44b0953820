// 同样两个任务，各在自己的 Worker 上。有两个空闲核心时，
// 两者在同一瞬间计算；只有一个核心时，只能轮流。
import {spawn, work, now, cores, sharedInts} from 'lab';

console.log(`浏览器报告的逻辑核心数：${cores}`);

// 共享内存里的起跑线：两个 Worker 都到齐之前，先到的
// 在这里等，免得 Worker 启动的先后掩盖了重叠。
const gate = sharedInts(1);

function task(name: string, gate: Int32Array) {
  Atomics.add(gate, 0, 1);
  while (Atomics.load(gate, 0) < 2) {} // 在起跑线等着
  const first = now();
  let waited = 0;
  for (let step = 1; step <= 4; step++) {
    waited += work(100, name).waited; // 100 毫秒的计算量
  }
  return {first, last: now(), waited};
}

const start = now();
const [a, b] = await Promise.all([
  spawn(task, 'A', gate).result,
  spawn(task, 'B', gate).result,
]);
const computing = Math.max(a.last, b.last) - Math.min(a.first, b.first);
console.log(`计算用时：${Math.round(computing)} 毫秒` +
  '（计算量共 800 毫秒）');
console.log(`相对一个 Worker 的加速比：${(800 / computing).toFixed(2)}×`);
console.log(`等待核心：${Math.round(a.waited + b.waited)} 毫秒`);
console.log(`总耗时：${Math.round(now() - start)} 毫秒，` +
  '含启动两个 Worker 的时间');
