import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {codeLink, LOCALES, numberIn, readyExample, runAndWait, timelineSpans, untilQuiet, watchPage} from './helpers';

// Runs in the "one-core" project: Chromium pinned to one core (scripts/chromium-one-core.sh).
// What a reader sees on a single-core device: no parallelism is claimed or drawn, and the
// time the workers spent waiting for the one core is shown as such.

async function run(page: Page, id: string, label: string) {
  const ex = await readyExample(page, id);
  const lines = await runAndWait(ex, label, 40_000);
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  return {ex, lines, spans: await timelineSpans(ex)};
}

test.describe.configure({timeout: 120_000});

/** What the examples print on one core, in the language of the page (docs/<chapter>/examples/*.zh.ts, *.en.ts). */
const OUTPUT = {
  zh: {
    cores: '浏览器报告的逻辑核心数：1',
    computing: /^计算用时：(\d+) 毫秒（计算量共 800 毫秒）$/,
    speedUp: /^相对一个 Worker 的加速比：([\d.]+)×$/,
    waiting: /^等待核心：(\d+) 毫秒$/,
    summary: '等待 CPU（就绪）',
    twoThreads: /^两个线程共计算 600 毫秒，实际用时 (\d+) 毫秒$/,
    noGilCores: /^1 个逻辑核心；等待核心：(\d+) 毫秒$/,
    c10kCores: '24 个连接，24 个 Worker，1 个逻辑核心',
    ready: /^平均每个请求等待核心（就绪）：([\d.]+) 毫秒$/,
    sum: '平方和：204',
    pipelineTook: /^计算量共 560 毫秒，流水线用了 (\d+) 毫秒（含启动 Worker）$/,
  },
  en: {
    cores: 'logical cores your browser reports: 1',
    computing: /^computing: (\d+) ms for 800 ms of computation$/,
    speedUp: /^speed-up over one worker: ([\d.]+)×$/,
    waiting: /^waiting for a core: (\d+) ms$/,
    summary: 'waiting for a core (ready)',
    twoThreads: /^two threads, 600 ms of computation: (\d+) ms$/,
    noGilCores: /^logical cores: 1; waiting for a core: (\d+) ms$/,
    c10kCores: '24 connections, 24 workers, logical cores: 1',
    ready: /^ready, waiting for a core: ([\d.]+) ms per request$/,
    sum: 'sum of squares: 204',
    pipelineTook: /^computation 560 ms in all; the pipeline took (\d+) ms \(starting workers included\)$/,
  },
};

for (const locale of LOCALES) {
  const name = locale.prefix || 'zh';
  const out = OUTPUT[locale.prefix ? 'en' : 'zh'];

  test(`${name}: on one core two workers take turns, and the timeline shows them waiting for it`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/concurrency-vs-parallelism`);
    const several = await run(page, 'several-workers', locale.run);
    expect(several.lines[0]).toBe(out.cores);
    // No speed-up: the 800 ms of computation still take (at least nearly) 800 ms.
    expect(numberIn(several.lines, out.computing)).toBeGreaterThanOrEqual(0.8 * 800);
    expect(numberIn(several.lines, out.speedUp)).toBeLessThan(1.25);
    expect(numberIn(several.lines, out.waiting)).toBeGreaterThan(300);
    // Both lanes draw their waiting for the core, and the summary adds it up.
    for (const lane of ['w1', 'w2']) {
      const ready = await several.ex
        .locator(`[data-lane="${lane}"] [data-kind="cpu"][data-ready]`)
        .evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-ready')), 0));
      expect(ready, lane).toBeGreaterThan(100);
    }
    await expect(several.ex.locator('[data-timeline-summary]')).toContainText(out.summary);
    const cpu = several.spans.filter((s) => s.kind === 'cpu');
    expect(cpu).toHaveLength(8);

    // Without the global lock, one core still serialises the two threads.
    const free = await run(page, 'no-gil', locale.run);
    expect(numberIn(free.lines, out.twoThreads)).toBeGreaterThanOrEqual(0.8 * 600);
    // ...and the waiting moves from the lock to the core.
    expect(numberIn(free.lines, out.noGilCores)).toBeGreaterThan(100);
    watch.assertClean();
  });

  test(`${name}: on one core, 24 threads per connection mostly sit ready`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/coroutine`);
    const th = await run(page, 'c10k-threads', locale.run);
    expect(th.lines).toContain(out.c10kCores);
    // 24 × 20 ms of CPU on one core: a request waits far longer than it computes.
    expect(numberIn(th.lines, out.ready)).toBeGreaterThan(60);
    watch.assertClean();
  });

  test(`${name}: on one core a save thread still keeps typing responsive (the OS takes turns)`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/thread`);
    const {lines, spans} = await run(page, 'editor-save-thread', locale.run);
    expect(lines.filter((l) => l.includes(locale.prefix ? 'screen shows "' : '屏幕显示“'))).toHaveLength(23);
    // No parallelism here, only preemption: the save shares the core and stretches...
    const save = spans.find((s) => s.lane === 'w1' && s.kind === 'cpu');
    expect(save, 'the save span on w1').toBeDefined();
    // ...while the key presses are still shown within a few time slices of arriving.
    const longest = locale.prefix ? /longest pause between keys: (\d+) ms/ : /按键间最长停顿：(\d+) 毫秒/;
    expect(numberIn(lines, longest)).toBeLessThan(400);
    watch.assertClean();
  });

  test(`${name}: on one core the pipeline's structure and sum are the same, its stages only take turns`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/concurrency-vs-parallelism`);
    const {ex, lines} = await run(page, 'pipeline', locale.run);
    expect(lines[0]).toBe(out.cores);
    expect(lines).toContain(out.sum);
    // 560 ms of computation on one core take at least about that long: no stage ran beside another.
    expect(numberIn(lines, out.pipelineTook)).toBeGreaterThanOrEqual(0.8 * 560);
    const ready = await ex
      .locator('[data-lane] [data-kind="cpu"][data-ready]')
      .evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-ready')), 0));
    expect(ready).toBeGreaterThan(100);
    watch.assertClean();
  });

  // Exercises whose check does not need a second core: sleeps overlap without one, a
  // scheduler's order of slices is the same on any number of cores, and a timer on main is
  // served on time beside a computing worker.
  for (const [chapter, id] of [
    ['coroutine', 'overlap-downloads'],
    ['process', 'round-robin'],
    // The OS preempts the computing worker when main's timer is due.
    ['choosing', 'responsive-coroutines'],
  ]) {
    test(`${name}: on one core the ${id} solution passes its Check`, async ({page}) => {
      const watch = watchPage(page);
      const lang = locale.prefix ? 'en' : 'zh';
      const source = fs.readFileSync(path.resolve(__dirname, '../../docs', chapter, 'exercises', id, `solution.${lang}.ts`), 'utf8').trimEnd();
      await page.goto(codeLink(locale.prefix, chapter, `exercise-${id}`, source));
      const ex = page.locator(`[data-exercise="${id}"][data-ready="true"]`);
      await expect(ex).toBeVisible();
      await ex.getByRole('button', {name: locale.prefix ? 'Check' : '检查', exact: true}).click();
      const box = ex.locator('[data-verdict]');
      await expect(box).toHaveAttribute('data-verdict', /^(pass|fail)$/, {timeout: 60_000});
      expect(await box.getAttribute('data-verdict'), await box.innerText()).toBe('pass');
      watch.assertClean();
    });
  }
}

// The mixed workload of the Choosing chapter on one core: the computation on a worker no longer
// holds main's timers back, because the OS preempts the computing thread when one is due.
for (const locale of LOCALES) {
  const name = locale.prefix || 'zh';
  const late = locale.prefix ? /^[ABC]: timers up to (\d+) ms late$/ : /^[ABC]：定时器最多晚了 (\d+) 毫秒$/;
  const worst = (lines: string[]) => Math.max(...lines.filter((l) => late.test(l)).map((l) => Number(late.exec(l)![1])));

  test(`${name}: on one core the coroutines on main keep time beside a computing worker, not beside computing on main`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/choosing#mixed-workload`);
    const onMain = await run(page, 'cpu-on-main', locale.run);
    expect(onMain.lines.filter((l) => late.test(l))).toHaveLength(3);
    expect(worst(onMain.lines)).toBeGreaterThanOrEqual(250);
    const moved = await untilQuiet(3, () => run(page, 'cpu-on-worker', locale.run), (r) => worst(r.lines) < 100);
    expect(moved.lines.filter((l) => late.test(l))).toHaveLength(3);
    // Measured on one core here: 6 to 12 ms.
    expect(worst(moved.lines), moved.lines.join('\n')).toBeLessThan(100);
    expect(moved.spans.filter((s) => s.kind === 'cpu').map((s) => s.lane)).toEqual(['w1']);
    watch.assertClean();
  });
}
