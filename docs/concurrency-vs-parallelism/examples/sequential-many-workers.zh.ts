// 顺序设计（做完一个任务再开始下一个），
// 部署在三个 Worker 上。
import {spawn, work, sleep, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// 还是前面那个任务，每个任务有自己的 Worker。
async function task(name: string) {
  work(50, name);
  await sleep(200, name);
  work(50, name);
}

const start = now();
for (const name of ['A', 'B', 'C']) {
  await spawn(task, name).result; // 设计如此：一次一个任务
  console.log(`${at()} ${name} 完成`);
}
console.log(`总耗时：${Math.round(now() - start)} 毫秒，用了三个 Worker`);
