// 下面这几行会按什么顺序打印出来？同步代码、一个 0 毫秒的定时器、
// 一个微任务，还有两个会 await 的协程。先预测，再运行。
import {lane} from 'lab';

console.log('同步代码：开始');

// 一个任务：事件循环要等当前的代码和所有微任务都执行完，才会运行它。
// 这个 Promise 让运行一直持续到定时器触发为止。
const timer = new Promise<void>((resolve) => {
  setTimeout(() => {
    console.log('定时器：setTimeout 0');
    resolve();
  }, 0);
});

// 一个微任务：当前的代码一执行完就运行它，比任何任务都早。
queueMicrotask(() => console.log('微任务：queueMicrotask'));

// 一个协程：`await` 让它暂停，它在一个微任务里恢复执行。
async function coroutine(name: string) {
  console.log(`${name}：await 之前`);
  await null;
  console.log(`${name}：await 之后`);
}
const a = coroutine('A');
const b = coroutine('B');

console.log('同步代码：结束');
await Promise.all([a, b, timer]);

// 上面的代码都运行在一个 Worker 里，而不是页面里：lane() 说出它的名字。
console.log(`全部完成：这段代码运行在 Worker ${lane()} 里，不在页面里`);
