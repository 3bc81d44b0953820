// 同样三个任务放在一个线程上，只用阻塞调用：
// 没有事件循环，没有回调，也没有协程。
import {work, span, now, sharedInts} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;
const socket = sharedInts(1); // 没人写：每次读都等 200 毫秒

// 阻塞式读取，就像在套接字上调用 read()：线程一直睡到
// 数据到达，其间什么别的也做不了。
function blockingRead(name: string) {
  span(`读 ${name}`, () => Atomics.wait(socket, 0, 0, 200));
}

function task(name: string) {
  work(50, name); // 准备请求
  blockingRead(name); // 整个线程卡在这里
  work(50, name); // 处理回复
  console.log(`${at()} ${name} 完成`);
}

const start = now();
for (const name of ['A', 'B', 'C']) task(name);
console.log(`总耗时：${Math.round(now() - start)} 毫秒，只用一个线程`);
