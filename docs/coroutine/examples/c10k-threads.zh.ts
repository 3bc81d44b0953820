// 每个连接一个线程：每个连接都有自己的 Worker，全部
// 同时开着。请求一起到达，每个都要一点 CPU。
import {spawn, sleep, work, now, cores, sharedInts} from 'lab';

const CONNECTIONS = 24; // 不是一万：页面开不了那么多 Worker
const HANDLE_MS = 20; // 每个请求的 CPU 时间（空闲核心上）

// 在新 Worker 里运行，每个连接一个。
// `askedAt`：创建它的时刻。
async function connection(id: number, askedAt: number, gate: Int32Array,
  n: number, handleMs: number) {
  // 从 spawn() 到这里：Worker 的启动时间
  const startup = now() - askedAt;
  Atomics.add(gate, 0, 1); // 到了起跑线：叫醒其他 Worker
  Atomics.notify(gate, 0);
  for (let v; (v = Atomics.load(gate, 0)) < n;) Atomics.wait(gate, 0, v);
  await sleep(50 + (id % 4) * 10, `连接 ${id}`); // 请求到达
  const arrived = now();
  const handled = work(handleMs, '处理'); // 就绪：需要核心
  await sleep(10, '回复'); // 发出回复
  return {startup, response: now() - arrived, waited: handled.waited,
    pauses: handled.pauses};
}

const gate = sharedInts(1);
const start = now();
const results = await Promise.all(Array.from({length: CONNECTIONS},
  (_, id) => spawn(connection, id, now(), gate, CONNECTIONS, HANDLE_MS).result));
const total = now() - start;
const mean = (f: (r: (typeof results)[number]) => number) =>
  results.reduce((sum, r) => sum + f(r), 0) / results.length;

console.log(`${CONNECTIONS} 个连接，${CONNECTIONS} 个 Worker，` +
  `${cores} 个逻辑核心`);
console.log(`每个 Worker 的启动时间：${mean((r) => r.startup).toFixed(1)} 毫秒`);
console.log(`每个请求的计算：空闲核心上 ${HANDLE_MS} 毫秒`);
console.log(`平均每个请求等待核心（就绪）：${mean((r) => r.waited).toFixed(1)} ` +
  '毫秒');
console.log(`平均每个请求的响应时间：${mean((r) => r.response).toFixed(1)} 毫秒`);
console.log(`Worker 被换下核心共 ${results.reduce(
  (sum, r) => sum + r.pauses, 0)} 次`);
console.log(`${CONNECTIONS} 个连接全部服务完：${Math.round(total)} 毫秒`);
console.log(`平均每个连接：${(total / CONNECTIONS).toFixed(3)} 毫秒`);
