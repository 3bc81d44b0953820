// 调用 download 就开始下载，await 才是等：先把四个下载都开始，
// 再用 Promise.all 一起等，它们的等待就叠在了一起。
import {sleep, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// 一个“下载”：等 ms 毫秒的网络，然后返回文件的编号。
async function download(file: number, ms: number) {
  await sleep(ms, `下载 ${file}`);
  console.log(`${at()} 文件 ${file} 下载完成`);
  return file;
}

const start = now();
const files = await Promise.all([
  download(1, 400), // 四个协程都开始了，谁也不等谁
  download(2, 300),
  download(3, 500),
  download(4, 200),
]);
console.log(`下载了 ${files.length} 个文件，用时 ${Math.round(now() - start)} 毫秒` +
  `（四次等待加起来是 1400 毫秒）`);
