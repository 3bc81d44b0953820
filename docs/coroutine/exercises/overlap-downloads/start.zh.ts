// 四个下载，每个都要等网络：sleep 模拟这段等待，等待期间 CPU 是空闲的。
// 现在它们一个接一个地下载，总时间是四次等待加起来。
// 练习：让四个下载在这一个 Worker 上重叠进行。
import {sleep, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// 一个“下载”：等 ms 毫秒的网络，然后返回文件的编号。
async function download(file: number, ms: number) {
  await sleep(ms, `下载 ${file}`);
  console.log(`${at()} 文件 ${file} 下载完成`);
  return file;
}

const start = now();
const a = await download(1, 400);
const b = await download(2, 300);
const c = await download(3, 500);
const d = await download(4, 200);
const files = [a, b, c, d];
console.log(`下载了 ${files.length} 个文件，用时 ${Math.round(now() - start)} 毫秒` +
  `（四次等待加起来是 1400 毫秒）`);
