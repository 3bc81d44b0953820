// 一个模型：每个“进程”是一个 Worker，它运行两个“线程”
//（另外两个 Worker），两个线程共用这个进程的内存。
import {spawn, sharedInts, work, sleep} from 'lab';

// 在自己的 Worker 里运行，是一个“进程”。
// 参数告诉它在哪一步出错。
async function runProcess(name: string, crashAtStep: number) {
  // 一个“线程”：一步步干活，在共享内存里记下步数。
  async function thread(mem: Int32Array, index: number, crashAt: number) {
    // 一起开始：稍等，直到这个进程的两个线程都在运行。
    Atomics.add(mem, 2, 1);
    while (Atomics.load(mem, 2) < 2) Atomics.wait(mem, 2, 1, 5);
    for (let step = 1; step <= 10; step++) {
      work(20, `第 ${step} 步`);
      Atomics.add(mem, index, 1);
      if (step === crashAt) {
        throw new Error(`线程 ${index + 1} 在第 ${step} 步出错`);
      }
      await sleep(60, 'I/O');
    }
    return '完成';
  }

  // 进程的内存：[0]、[1] 是两个线程做完的步数，
  // [2] 是已启动的线程数。
  const mem = sharedInts(3);
  const threads = [
    spawn(thread, mem, 0, 0),
    spawn(thread, mem, 1, crashAtStep),
  ];
  try {
    await Promise.all(threads.map((t) => t.result));
  } catch (err) {
    // 线程崩溃时操作系统的做法：结束整个进程，
    // 连同里面的每个线程。
    for (const t of threads) t.kill();
    const why = (err as Error).message;
    throw new Error(`${name} 崩溃了（${why}）；` +
      `它的两个线程分别做了 ${mem[0]} 步和 ${mem[1]} 步`);
  }
  return `${name} 正常结束：两个线程做了 ${mem[0]} + ${mem[1]} 步`;
}

const a = spawn(runProcess, '进程 A', 6); // A 的线程 2 第 6 步出错
const b = spawn(runProcess, '进程 B', 0); // B 不会出错
for (const end of await Promise.allSettled([a.result, b.result])) {
  if (end.status === 'fulfilled') console.log(end.value);
  else console.log(`出错：${(end.reason as Error).message}`);
}
