// 两个 Worker 给共享内存里的同一个计数器各加 3,000,000 次，
// 最后的总数却常常不到 6,000,000。
// 练习：改一改 adder，让一次更新也不丢。
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
      mem[0] = mem[0] + 1; // 读、加 1、写：三步
    }
  });
}

const workers = Array.from({length: WORKERS}, () =>
  spawn(adder, shared, TIMES, WORKERS));
await Promise.all(workers.map((w) => w.result));

const expected = WORKERS * TIMES;
console.log(`计数器 = ${shared[0]}，应为 ${expected}，` +
  `丢失 ${expected - shared[0]} 次更新`);
