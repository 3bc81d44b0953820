// Python GIL 的模型：线程只有拿着唯一的那把全局锁，
// 才能执行 Python 代码。
import {spawn, mutex, withLock, work, sleep, now} from 'lab';

const gil = mutex(); // 整个解释器只有这一把锁

async function pythonThread(gil: Int32Array, name: string) {
  const first = now();
  for (let step = 1; step <= 3; step++) {
    // Python 代码：要拿着 GIL 才能执行
    withLock(gil, () => work(100, name));
    await sleep(20, 'I/O'); // 阻塞式 I/O：期间释放 GIL
  }
  return {first, last: now()};
}

const [a, b] = await Promise.all([
  spawn(pythonThread, gil, 'T1').result,
  spawn(pythonThread, gil, 'T2').result,
]);
const elapsed = Math.max(a.last, b.last) - Math.min(a.first, b.first);
console.log(`两个线程共计算 600 毫秒，实际用时 ${Math.round(elapsed)} 毫秒`);
