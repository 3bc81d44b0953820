// 轮转调度：每次取出队首的进程，让它运行一个时间片；
// 它还没做完，就回到队尾，排在所有等着的进程后面。
import {work, now} from 'lab';

const SLICE = 20; // 一个时间片，毫秒
const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// 一个“进程”，一共需要 slices 个时间片。
// runSlice() 让它在 CPU 上运行一个时间片，返回它是否还没做完。
function makeProcess(name: string, slices: number) {
  let used = 0;
  return {
    name,
    runSlice(): boolean {
      used++;
      work(SLICE, `${name} 第 ${used} 片`);
      if (used < slices) return true;
      console.log(`${at()} ${name} 完成，用了 ${slices} 个时间片`);
      return false;
    },
  };
}

// 就绪队列：排在前面的先上 CPU。
const ready = [makeProcess('A', 5), makeProcess('B', 5), makeProcess('C', 1)];

// 调度程序：轮转调度。
while (ready.length > 0) {
  const p = ready.shift()!; // 取出队首的进程
  const more = p.runSlice(); // 它运行一个时间片
  if (more) ready.push(p); // 还没做完：回到队尾
}
console.log(`${at()} 就绪队列空了`);
