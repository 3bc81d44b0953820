// 一个看上去对、其实不对的答案：用上了 Promise.all，
// 可数组里每一项前面都有 await，前一个下载完了，才去开始下一个。
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
  await download(1, 400), // 这个 await 先等文件 1 下载完
  await download(2, 300),
  await download(3, 500),
  await download(4, 200),
]);
console.log(`下载了 ${files.length} 个文件，用时 ${Math.round(now() - start)} 毫秒` +
  `（四次等待加起来是 1400 毫秒）`);
