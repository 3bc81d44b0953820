// 同一个队列，修好了：消费者趁着还拿着锁，先读出条件变量的计数，
// 之后只有计数没变才睡下。
import {
  spawn, sharedInts, mutex, lock, unlock, span, work, now,
} from 'lab';

const ITEMS = 6; // 生产者一共做 6 件
const CAP = 2; // 队列最多放 2 件
const TIMEOUT = 500; // 消费者每次最多睡这么久（毫秒）

interface Shared {
  queue: Int32Array; // [0] 有几件，[1] 第一件在哪，[2..] 各件
  m: Int32Array; // 保护队列的锁
  notEmpty: Int32Array; // 条件变量：一个计数器，每发一次信号
  notFull: Int32Array; //   就变一次（先加一，再 notify）
  unlucky: Int32Array; // 用来固定那个不走运的时机，见消费者
}
const s: Shared = {
  queue: sharedInts(2 + CAP),
  m: mutex(),
  notEmpty: sharedInts(1),
  notFull: sharedInts(1),
  unlucky: sharedInts(1),
};

function producer(s: Shared, items: number, cap: number) {
  // 等消费者走到那个不走运的时刻（它会叫醒这里），再开始。
  Atomics.wait(s.unlucky, 0, 0);
  for (let item = 1; item <= items; item++) {
    work(2, `制作 ${item}`);
    lock(s.m);
    while (s.queue[0] === cap) { // 满了：等“不满”
      const seen = Atomics.load(s.notFull, 0);
      unlock(s.m);
      span('等待：不满', () =>
        Atomics.wait(s.notFull, 0, seen));
      lock(s.m);
    }
    s.queue[2 + (s.queue[1] + s.queue[0]) % cap] = item;
    s.queue[0]++;
    unlock(s.m);
    Atomics.add(s.notEmpty, 0, 1); // 发信号：“不空”
    Atomics.notify(s.notEmpty, 0);
  }
}

function consumer(
  s: Shared, items: number, cap: number, timeout: number,
) {
  const got: number[] = [];
  const sleeps: string[] = [];
  let lost = 0; // 只因超时才结束的睡眠
  let first = true;
  while (got.length < items) {
    lock(s.m);
    while (s.queue[0] === 0) { // 空的：等“不空”
      const seen = Atomics.load(s.notEmpty, 0); // 修复：锁还在手里
      unlock(s.m);
      if (first) {
        // 不走运的时刻，这里让它每次都发生：消费者已经看到“空”，
        // 也放开了锁，但还没睡下。它在这里停住，直到生产者放满队列、
        // 发完通知；而发通知的时候，没有人在睡。
        first = false;
        Atomics.store(s.unlucky, 0, 1);
        Atomics.notify(s.unlucky, 0);
        span('查过了，还没睡下', () => {
          while (Atomics.load(s.notEmpty, 0) < cap) {}
        });
      }
      const from = now();
      const woke = span('等待：不空', () =>
        Atomics.wait(s.notEmpty, 0, seen, timeout));
      const ms = Math.round(now() - from);
      if (woke === 'timed-out') lost++;
      lock(s.m);
      const how = `Atomics.wait 返回“${woke}”，睡了 ${ms} 毫秒`;
      sleeps.push(`${how}，醒来时队列里有 ${s.queue[0]} 件`);
    }
    const item = s.queue[2 + s.queue[1]];
    s.queue[1] = (s.queue[1] + 1) % cap;
    s.queue[0]--;
    unlock(s.m);
    Atomics.add(s.notFull, 0, 1); // 发信号：“不满”
    Atomics.notify(s.notFull, 0);
    got.push(item);
    work(30, `处理 ${item}`);
  }
  return {got, sleeps, lost};
}

const p = spawn(producer, s, ITEMS, CAP);
const c = spawn(consumer, s, ITEMS, CAP, TIMEOUT);
await p.result; // 汇合（join）：等生产者结束
// 再与消费者汇合，拿到它的返回值。
const {got, sleeps, lost} = await c.result;
console.log(`消费者取到：${got.join(' ')}`);
sleeps.forEach((line, i) => console.log(`第 ${i + 1} 次睡下：${line}`));
console.log(`丢失的唤醒：${lost} 次`);
