// 同样两个线程，去掉全局锁，就像自由线程版的
// Python（3.13t 和 3.14t 构建）。
import {spawn, work, sleep, now, cores, sharedInts} from 'lab';

// 两个线程先在共享内存里的起跑线等着，直到都已启动。
const gate = sharedInts(1);

async function pythonThread(name: string, gate: Int32Array) {
  Atomics.add(gate, 0, 1);
  while (Atomics.load(gate, 0) < 2) {} // 在起跑线等着
  const first = now();
  let waited = 0;
  for (let step = 1; step <= 3; step++) {
    waited += work(100, name).waited; // 没有全局锁要等
    await sleep(20, 'I/O');
  }
  return {first, last: now(), waited};
}

const [a, b] = await Promise.all([
  spawn(pythonThread, 'T1', gate).result,
  spawn(pythonThread, 'T2', gate).result,
]);
const elapsed = Math.max(a.last, b.last) - Math.min(a.first, b.first);
console.log(`两个线程共计算 600 毫秒，实际用时 ${Math.round(elapsed)} 毫秒`);
console.log(`${cores} 个逻辑核心；` +
  '等待核心：' +
  `${Math.round(a.waited + b.waited)} 毫秒`);
