// 每次加法都用一个原子操作完成：读、加、写不可分割。
import {spawn, sharedInts, span} from 'lab';

const TIMES = 3_000_000; // 每个 Worker 加的次数
const WORKERS = 2;

// 两个共享整数：计数器在 0，“到齐”计数在 1。
const shared = sharedInts(2);

function adder(mem: Int32Array, times: number, n: number) {
  // 一起开始：等所有 Worker 都到齐。
  Atomics.add(mem, 1, 1);
  while (Atomics.load(mem, 1) < n) {}
  span('加法', () => {
    for (let i = 0; i < times; i++) {
      Atomics.add(mem, 0, 1); // 读、加、写：一步原子操作
    }
  });
}

const workers = Array.from({length: WORKERS}, () =>
  spawn(adder, shared, TIMES, WORKERS));
await Promise.all(workers.map((w) => w.result));

const expected = WORKERS * TIMES;
console.log(`计数器 = ${shared[0]}，应为 ${expected}，` +
  `丢失 ${expected - shared[0]} 次更新`);
