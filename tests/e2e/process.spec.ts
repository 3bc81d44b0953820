import {expect, test} from '@playwright/test';
import {LOCALES, readyExample, runAndWait, timelineSpans, untilQuiet, watchPage} from './helpers';

// What the examples print, per language: the zh pages show the .zh.ts versions, the en pages the .en.ts.
const OUT = {
  zh: {
    step: /^\[\s*\d+ ms\] (A|B)：(开始计算|计算结束，等待 I\/O|I\/O 完成，继续计算|完成)$/,
    total: /^总耗时：(\d+) 毫秒$/,
    steps: (t: string) => [`${t}：开始计算`, `${t}：计算结束，等待 I/O`, `${t}：I/O 完成，继续计算`, `${t}：完成`],
    ownMemory: ['主 Worker：score = 100', '子 Worker：修改前 score = undefined', '子 Worker：修改后 score = 1', '主 Worker：score = 100'],
    // Only the JavaScript engine's part: the lab's own hint after it is translated separately.
    ownMemoryError: /^出错：找不到变量 secret。spawn 出来的函数只看得到自己的参数和 lab/,
    copies: ['子 Worker 送回：牛奶、鸡蛋', '主 Worker 手里仍是：牛奶', '是同一个对象吗？false'],
    spinStart: /^\[\s*\d+ ms\] 主 Worker：(\d+) 个 Worker 在死循环里空转，逻辑核心数：(\d+)$/,
    spinTick: /^\[\s*(\d+) ms\] 主 Worker：照常运行，这些循环已经转了 (\d+) 圈$/,
    spinKilled: /^\[\s*\d+ ms\] 主 Worker：有 (\d+) 个空转的 Worker 被 kill\(\) 结束（共 (\d+) 个）$/,
    killedW1: 'w1 被 kill 了',
  },
  en: {
    step: /^\[\s*\d+ ms\] (A|B): (CPU starts|CPU ends, waiting for I\/O|I\/O done, CPU starts|done)$/,
    total: /^total: (\d+) ms$/,
    steps: (t: string) => [`${t}: CPU starts`, `${t}: CPU ends, waiting for I/O`, `${t}: I/O done, CPU starts`, `${t}: done`],
    ownMemory: ['main: score = 100', 'child: score before = undefined', 'child: score after = 1', 'main: score = 100'],
    ownMemoryError: /^error: secret is not defined\. A spawned function sees only its arguments and lab/,
    copies: ['child returned: milk, eggs', 'main still has: milk', 'same object? false'],
    spinStart: /^\[\s*\d+ ms\] main: (\d+) workers spin in endless loops, logical cores: (\d+)$/,
    spinTick: /^\[\s*(\d+) ms\] main: still running, the loops went round (\d+) times$/,
    spinKilled: /^\[\s*\d+ ms\] main: (\d+) of (\d+) spinners ended by kill\(\)$/,
    killedW1: 'w1 was killed',
  },
};

for (const locale of LOCALES) {
  const where = locale.prefix || 'zh';
  const out = OUT[locale.prefix ? 'en' : 'zh'];
  const total = (lines: string[]) => Number(out.total.exec(lines.at(-1) ?? '')?.[1]);
  const steps = (lines: string[]) => lines.filter((l) => out.step.test(l)).map((l) => l.replace(/^\[\s*\d+ ms\] /, ''));
  const [aStarts, , aIoDone] = out.steps('A');
  const [bStarts] = out.steps('B');

  test(`${where}: P2 without switching, B starts only after A is done`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/process`);
    const ex = await readyExample(page, 'one-after-another');
    const lines = await runAndWait(ex, locale.run);
    expect(steps(lines)).toEqual([...out.steps('A'), ...out.steps('B')]);
    // 2 × (100 + 300 + 100) ms, one after another.
    // work(ms) is a calibrated amount of computation: on this VM it lands within about 15 % of ms.
    expect(total(lines)).toBeGreaterThanOrEqual(600 + 0.85 * 400);
    expect(total(lines)).toBeLessThan(2500);
    const io = (await timelineSpans(ex)).filter((s) => s.kind === 'io');
    expect(io).toHaveLength(2);
    expect(io[1].start).toBeGreaterThanOrEqual(io[0].end); // the waits never overlap
    watch.assertClean();
  });

  test(`${where}: P2 switching on I/O, B runs while A waits and both finish sooner`, async ({page}) => {
    await page.goto(`${locale.prefix}/process`);
    const ex = await readyExample(page, 'switch-on-io');
    const lines = await untilQuiet(3, () => runAndWait(ex, locale.run), (l) => total(l) < 990);
    const order = steps(lines);
    expect(order.indexOf(aStarts)).toBe(0);
    expect(order.indexOf(bStarts)).toBeGreaterThan(0);
    expect(order.indexOf(bStarts)).toBeLessThan(order.indexOf(aIoDone));
    expect(order).toHaveLength(8);
    expect(total(lines)).toBeGreaterThanOrEqual(300 + 0.85 * 300);
    expect(total(lines)).toBeLessThan(990); // clearly less than one after another (≥ 1000 ms)
    const io = (await timelineSpans(ex)).filter((s) => s.kind === 'io');
    expect(io).toHaveLength(2);
    expect(Math.min(io[0].end, io[1].end) - Math.max(io[0].start, io[1].start)).toBeGreaterThan(100); // the waits overlap
  });

  test(`${where}: P2 the prediction on switch-on-io is revealed by the run, and the run agrees (about 600 ms)`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/process`);
    await page.evaluate(() => localStorage.removeItem('concurrency-lab:predict:switch-on-io'));
    await page.reload();
    const ex = await readyExample(page, 'switch-on-io');
    const predict = page.locator('[data-predict="switch-on-io"]');
    await expect(predict).toHaveAttribute('data-revealed', 'false');
    await predict.locator('[data-option="1"]').click();
    await expect(predict.locator('[data-correct]')).toHaveCount(0);
    const lines = await untilQuiet(3, () => runAndWait(ex, locale.run), (l) => total(l) < 990);
    await expect(predict).toHaveAttribute('data-revealed', 'true');
    await expect(predict.locator('[data-option="1"]')).toHaveAttribute('data-correct', 'true');
    // The answer the run shows: well under 1000 ms, and never down to 400 ms (A alone needs 500).
    expect(total(lines)).toBeGreaterThanOrEqual(300 + 0.85 * 200);
    expect(total(lines)).toBeLessThan(990);
    watch.assertClean();
  });

  test(`${where}: P7 endless loops on every core, main keeps printing, then kill() ends them`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/process`);
    await page.evaluate(() => localStorage.removeItem('concurrency-lab:predict:endless-loop'));
    await page.reload();
    const ex = await readyExample(page, 'endless-loop');
    const predict = page.locator('[data-predict="endless-loop"]');
    await predict.locator('[data-option="1"]').click();
    await expect(predict.locator('[data-correct]')).toHaveCount(0);
    const tickTimes = (l: string[]) => l.map((x) => out.spinTick.exec(x)).filter((m) => m).map((m) => Number(m![1]));
    const gaps = (l: string[]) => tickTimes(l).slice(1).map((t, i) => t - tickTimes(l)[i]);
    // How late a tick may come is a figure for a quiet machine: up to three runs.
    const lines = await untilQuiet(3, () => runAndWait(ex, locale.run), (l) => gaps(l).length === 4 && Math.max(...gaps(l)) < 500);
    await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
    expect(lines, lines.join('\n')).toHaveLength(8);
    const [, spinners, cores] = out.spinStart.exec(lines[0])!.map(Number);
    expect(spinners).toBe(Math.min(cores, 16));
    expect(spinners).toBeGreaterThanOrEqual(1);
    // Five ticks, each about 100 ms after the last, and the loops went on between them:
    // the spinners and main shared the cores, each spinner taken off its core now and then.
    const ticks = lines.slice(1, 6).map((l) => {
      const m = out.spinTick.exec(l);
      expect(m, l).not.toBeNull();
      return {at: Number(m![1]), rounds: Number(m![2])};
    });
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i].at - ticks[i - 1].at).toBeGreaterThanOrEqual(95);
      expect(ticks[i].at - ticks[i - 1].at).toBeLessThan(500); // main was never frozen out
      expect(ticks[i].rounds).toBeGreaterThan(ticks[i - 1].rounds);
    }
    expect(ticks[0].rounds).toBeGreaterThan(0);
    const [, killed, of] = out.spinKilled.exec(lines[6])!.map(Number);
    expect([killed, of]).toEqual([spinners, spinners]);
    expect(lines[7]).toBe(out.killedW1);
    // Every spinner has a lane, ended by kill (✕); main's ended normally.
    for (let i = 1; i <= spinners; i++) await expect(ex.locator(`figure [data-lane="w${i}"]`)).toContainText('✕');
    await expect(ex.locator('figure [data-lane="main"]')).not.toContainText('✕');
    // The run decided the prediction: yes, main kept printing.
    await expect(predict).toHaveAttribute('data-revealed', 'true');
    await expect(predict.locator('[data-option="1"]')).toHaveAttribute('data-correct', 'true');
    watch.assertClean();
  });

  test(`${where}: P6 each worker has its own memory`, async ({page}) => {
    await page.goto(`${locale.prefix}/process`);
    const ex = await readyExample(page, 'own-memory');
    const lines = await runAndWait(ex, locale.run);
    expect(lines.slice(0, 4)).toEqual(out.ownMemory);
    expect(lines[4]).toMatch(out.ownMemoryError);
    await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
    const lanes = await ex.locator('figure [data-lane]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lane')));
    expect(lanes).toEqual(expect.arrayContaining(['main', 'w1']));
  });

  test(`${where}: P6 messages carry copies`, async ({page}) => {
    await page.goto(`${locale.prefix}/process`);
    const ex = await readyExample(page, 'messages-are-copies');
    expect(await runAndWait(ex, locale.run)).toEqual(out.copies);
  });
}

for (const [prefix, ready, blocked] of [
  ['', '等待 CPU（就绪）', 'I/O'],
  ['/en', 'waiting for a core (ready)', 'I/O'],
]) {
  test(`${prefix ? 'en' : 'zh'}: the P5 state diagram renders once scrolled to, and points at the timeline's ready marking (P8)`, async ({page}) => {
    await page.goto(`${prefix}/process`);
    const diagram = page.locator('[data-diagram]').first();
    await diagram.scrollIntoViewIfNeeded();
    await expect(diagram).toHaveAttribute('data-diagram', 'rendered');
    await expect(diagram.locator('svg')).toBeVisible();
    await expect(diagram.locator('svg')).toContainText(prefix ? 'Ready' : '就绪');
    // The ready state is the timeline's hatched "waiting for a core"; blocked is its I/O.
    await expect(diagram.locator('svg')).toContainText(ready);
    await expect(diagram.locator('svg')).toContainText(blocked);
  });
}
