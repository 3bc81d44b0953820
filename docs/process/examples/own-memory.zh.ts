// 每个 Worker 有自己的堆，就像每个进程有自己的地址空间。
import {spawn} from 'lab';

type WithScore = typeof globalThis & {score?: number};

// 主 Worker 堆里的一个全局变量。
(globalThis as WithScore).score = 100;
console.log(`主 Worker：score = ${(globalThis as WithScore).score}`);

// 在一个新的 Worker 里运行，只看得见自己的参数（和 lab）。
// 数据从参数进来，从返回值出去：这就是消息。
function child(value: number) {
  const g = globalThis as WithScore; // 运行时没有类型，没问题
  const before = g.score; // 这里没有主 Worker 的全局变量
  g.score = value; // 只改子 Worker 自己的全局变量
  return {before: String(before), after: g.score};
}

const reply = await spawn(child, 1).result;
console.log(`子 Worker：修改前 score = ${reply.before}`);
console.log(`子 Worker：修改后 score = ${reply.after}`);
console.log(`主 Worker：score = ${(globalThis as WithScore).score}`); // 仍是 100

// 子 Worker 也看不见主 Worker 的局部变量。
// 故意写错，下面会捕获：`secret` 只在主 Worker 里。
const secret = 42;
try {
  console.log(await spawn(() => secret).result);
} catch (e) {
  console.log(`出错：${(e as Error).message}`);
}
