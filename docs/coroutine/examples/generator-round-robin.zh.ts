// 用生成器写协程：每个 `yield` 都把控制权
// 交还给一个很小的调度器。
import {work, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// 调用生成器函数，得到一个还没开始运行的协程。
function* task(name: string, steps: number): Generator<void, void, void> {
  for (let step = 1; step <= steps; step++) {
    work(50, name); // 一小段真实的计算
    console.log(`${at()} ${name} 完成第 ${step} 步，让出`);
    yield; // 在此暂停；`name` 和 `step` 保留到下次恢复
  }
}

// 轮转调度：恢复队首的协程，等它让出，
// 再把它放回队尾。
const ready = [task('A', 3), task('B', 3), task('C', 2)];
let resumes = 0;
while (ready.length > 0) {
  const coroutine = ready.shift()!;
  const {done} = coroutine.next(); // 从它暂停的地方恢复
  resumes++;
  if (!done) ready.push(coroutine);
}
console.log(`在一个 Worker 上恢复 ${resumes} 次，都没经过操作系统`);
