// 两个 Worker 给共享内存里的同一个计数器加 1，
// 不用原子操作，也不加锁。
import {spawn, sharedInts, span} from 'lab';

const TIMES = 3_000_000; // 每个 Worker 每轮加的次数
const WORKERS = 2;
const ROUNDS = 5;

// 第 r 轮用两个共享整数：计数器在 2r，“到齐”计数在 2r+1。
const shared = sharedInts(2 * ROUNDS);

// 在每个新 Worker 里运行。`mem` 是共享的：
// 所有 Worker 看到的是同一组整数。
function adder(mem: Int32Array, times: number, n: number, rounds: number) {
  for (let r = 0; r < rounds; r++) {
    const counter = 2 * r;
    const ready = 2 * r + 1;
    // 一起开始：等所有 Worker 都到齐。
    Atomics.add(mem, ready, 1);
    while (Atomics.load(mem, ready) < n) {}
    span(`第 ${r + 1} 轮`, () => {
      for (let i = 0; i < times; i++) {
        mem[counter] = mem[counter] + 1; // 读、加 1、写：三步
      }
    });
  }
}

const workers = Array.from({length: WORKERS}, () =>
  spawn(adder, shared, TIMES, WORKERS, ROUNDS));
await Promise.all(workers.map((w) => w.result));

const expected = WORKERS * TIMES;
let lost = 0;
for (let r = 0; r < ROUNDS; r++) {
  const counter = shared[2 * r];
  lost += expected - counter;
  console.log(`第 ${r + 1} 轮：计数器 = ${counter}，应为 ${expected}，` +
    `丢失 ${expected - counter} 次更新`);
}
console.log(`${ROUNDS} 轮共丢失 ${lost} 次更新`);
