// 一万个模拟连接，每个连接一个协程（一个 async
// 函数），全都在同一个 Worker 上。
import {now} from 'lab';

const CONNECTIONS = 10_000;

// 网络用定时器模拟：等待中的连接不占 CPU。
const network = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

// 每个请求做一点真实的计算：给回复算个校验和。
function checksum(id: number): number {
  let h = id;
  for (let i = 0; i < 200; i++) h = (Math.imul(h, 31) + i) | 0;
  return h;
}

let open = 0;
let mostOpen = 0;

async function connection(id: number): Promise<number> {
  open++;
  mostOpen = Math.max(mostOpen, open);
  await network(100 + (id % 200)); // 等请求：100 到 299 毫秒
  const reply = checksum(id); // 处理请求
  await network(20); // 发出回复
  open--;
  return reply;
}

const start = now();
const all: Promise<number>[] = [];
for (let id = 0; id < CONNECTIONS; id++) all.push(connection(id));
const startup = now() - start; // 创建全部协程用的时间
await Promise.all(all);
const total = now() - start;

const perCoroutine = (startup / CONNECTIONS) * 1000;
console.log(`每个协程的启动时间：${perCoroutine.toFixed(2)} 微秒`);
console.log(`同时打开的连接数：${mostOpen}`);
console.log(`${CONNECTIONS} 个连接全部服务完：${Math.round(total)} 毫秒`);
console.log(`平均每个连接：${(total / CONNECTIONS).toFixed(3)} 毫秒`);
