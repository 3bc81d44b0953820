// 三个 I/O 协程在 main 上，每 50 毫秒等一次 I/O，一直等到计算结束。
// 可计算也在 main 上：它算完之前，协程的定时器一个也触发不了。
// 练习：把计算挪到另一个 Worker 上，I/O 协程留在 main 上。
import {sleep, work, now, spawn} from 'lab';

// 计算：chunks 块，每块 100 毫秒的计算量。返回做了几块。
function crunch(chunks: number) {
  for (let i = 1; i <= chunks; i++) {
    work(100, `第 ${i} 块`);
  }
  return chunks;
}

let computing = true;

// 一个 I/O 协程：计算还没结束，就每 50 毫秒再等一次 I/O。
async function client(name: string) {
  let rounds = 0;
  let worst = 0;
  do {
    const due = now() + 50; // 定时器应该在这一刻触发
    await sleep(50, `${name} 等 I/O`);
    worst = Math.max(worst, now() - due);
    rounds++;
  } while (computing);
  console.log(`${name}：等了 ${rounds} 次 I/O，` +
    `定时器最多晚了 ${Math.round(worst)} 毫秒`);
}

const clients = [client('A'), client('B'), client('C')];
const done = crunch(4); // 计算占住了 main
computing = false;
await Promise.all(clients);
console.log(`算完 ${done} 块`);
