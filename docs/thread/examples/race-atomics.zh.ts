// 还是那两个 Worker，但每次加法都是一步，不可分割。
import {spawn, sharedInts, span} from 'lab';

const TIMES = 3_000_000;
const WORKERS = 2;
const ROUNDS = 5;

const shared = sharedInts(2 * ROUNDS);

function adder(mem: Int32Array, times: number, n: number, rounds: number) {
  for (let r = 0; r < rounds; r++) {
    const counter = 2 * r;
    const ready = 2 * r + 1;
    Atomics.add(mem, ready, 1);
    while (Atomics.load(mem, ready) < n) {}
    span(`第 ${r + 1} 轮`, () => {
      for (let i = 0; i < times; i++) {
        Atomics.add(mem, counter, 1); // 读、加、写：一步原子操作
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
