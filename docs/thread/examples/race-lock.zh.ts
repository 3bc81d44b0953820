// 用锁修复这个竞争：只有拿着锁的 Worker
// 才能碰计数器。
import {spawn, sharedInts, mutex, lock, unlock, now} from 'lab';

const TIMES = 200_000; // 每个 Worker 加的次数
const WORKERS = 2;

// 计数器在 0，起跑线上的“到齐”计数在 1
const shared = sharedInts(2);
const m = mutex(); // 一个共享整数：0 = 空闲，1 = 被占用

function adder(mem: Int32Array, m: Int32Array, times: number, n: number) {
  // 一起开始：等所有 Worker 都到齐。
  Atomics.add(mem, 1, 1);
  while (Atomics.load(mem, 1) < n) {}
  for (let i = 0; i < times; i++) {
    lock(m); // 锁被占着就等（Atomics.wait）
    mem[0] = mem[0] + 1; // 普通读、加、写，一次一个 Worker
    unlock(m); // Atomics.notify 叫醒一个在等锁的 Worker
  }
}

const start = now();
const workers = Array.from({length: WORKERS}, () =>
  spawn(adder, shared, m, TIMES, WORKERS));
await Promise.all(workers.map((w) => w.result));

const expected = WORKERS * TIMES;
console.log(`计数器 = ${shared[0]}，应为 ${expected}，` +
  `丢失 ${expected - shared[0]} 次更新`);
console.log(`用时 ${Math.round(now() - start)} 毫秒，含 Worker 启动`);
