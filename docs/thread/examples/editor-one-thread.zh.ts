// 只有一个线程的文本编辑器：它要接收按键、把字显示
// 到屏幕上，还要保存文件。
import {work, sleep, now} from 'lab';

// now() 从点击“运行”时算起，和下方时间线用同一个时钟。
const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;
const text: string[] = [];

async function typing() {
  let last = now();
  let longest = 0;
  for (const key of '一边打字一边保存，屏幕会不会卡住？看看时间线。') {
    await sleep(40, '按键'); // 等下一次按键：输入也是 I/O
    text.push(key);
    work(5, '显示'); // 排版并画出这一行：真正的 CPU 计算
    longest = Math.max(longest, now() - last);
    last = now();
    console.log(`${at()} 屏幕显示“${text.join('')}”`);
  }
  console.log(`按键间最长停顿：${Math.round(longest)} 毫秒`);
}

async function autosave() {
  await sleep(150, '定时'); // 开始打字后不久，自动保存启动
  console.log(`${at()} 正在保存……`);
  work(800, '保存'); // 会阻塞的保存：线程别的什么都做不了
  console.log(`${at()} 已保存 ${text.length} 个字`);
}

await Promise.all([typing(), autosave()]);
