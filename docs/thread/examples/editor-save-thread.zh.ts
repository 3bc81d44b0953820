// 同一个编辑器，但保存放在另一个线程（第二个 Worker）上。
import {work, sleep, now, spawn, sharedInts} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// 文档放在共享内存里：两个线程看到的是同一份文本，
// 什么也不复制。doc[0] 是长度，之后每个整数存一个字。
const doc = sharedInts(1 + 100);
const textOf = (d: Int32Array) =>
  String.fromCharCode(...d.subarray(1, 1 + Atomics.load(d, 0)));
// control[0]：保存线程已就绪；control[1]：需要保存。
const control = sharedInts(2);

// 保存线程随编辑器一起启动，在被叫醒之前一直睡着。
function saver(doc: Int32Array, control: Int32Array) {
  Atomics.store(control, 0, 1);
  Atomics.notify(control, 0); // “我准备好了”
  Atomics.wait(control, 1, 0); // 没有保存请求时就睡着
  const length = Atomics.load(doc, 0); // 开始保存时的文本
  work(800, '保存'); // 同样会阻塞的保存，但只阻塞这个线程
  return length;
}
const saving = spawn(saver, doc, control);
Atomics.wait(control, 0, 0); // 编辑器启动：等保存线程就绪

async function typing() {
  let last = now();
  let longest = 0;
  for (const key of '一边打字一边保存，屏幕会不会卡住？看看时间线。') {
    await sleep(40, '按键');
    const length = doc[0];
    doc[1 + length] = key.charCodeAt(0);
    Atomics.store(doc, 0, length + 1);
    work(5, '显示');
    longest = Math.max(longest, now() - last);
    last = now();
    console.log(`${at()} 屏幕显示“${textOf(doc)}”`);
  }
  console.log(`按键间最长停顿：${Math.round(longest)} 毫秒`);
}

async function autosave() {
  await sleep(150, '定时');
  console.log(`${at()} 请另一个线程保存……`);
  Atomics.store(control, 1, 1);
  Atomics.notify(control, 1); // 叫醒保存线程
  const saved = await saving.result;
  console.log(`${at()} 已保存 ${saved} 个字`);
}

await Promise.all([typing(), autosave()]);
