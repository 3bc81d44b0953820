// 三个只要 CPU 的“进程”在就绪队列里排队：A 和 B 各要 5 个时间片，
// C 只要 1 个。一个时间片是约 20 毫秒的真实计算。
// 现在的调度程序是先来先服务：队首的进程一直运行到结束，下一个才能上 CPU，
// 所以只要一个时间片的 C，也得等 A 和 B 全部做完。
// 练习：把调度程序改成轮转调度。
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

// 调度程序：先来先服务。
while (ready.length > 0) {
  const p = ready[0];
  const more = p.runSlice();
  if (!more) ready.shift(); // 做完了，才离开就绪队列
}
console.log(`${at()} 就绪队列空了`);
