import {expect, test, type Locator, type Page} from '@playwright/test';
import {LOCALES, numberIn, readyExample, runAndWait, timelineSpans, untilQuiet, watchPage, type DrawnSpan} from './helpers';

// Every example of the Coroutine chapter, run in both languages, checked on what a reader
// sees. Timing is checked with wide bounds or on structure (order, overlap).

const overlap = (a: DrawnSpan, b: DrawnSpan) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** CPU spans never overlap each other (within a rounding tolerance). */
function expectNoOverlap(spans: DrawnSpan[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end - 0.05);
}

async function cpuLabels(ex: Locator, lane: string): Promise<string[]> {
  return ex.locator(`figure [data-lane="${lane}"] [data-kind="cpu"]`).evaluateAll((els) =>
    els
      .map((el) => ({start: Number(el.getAttribute('data-start')), label: el.textContent ?? ''}))
      .sort((a, b) => a.start - b.start)
      .map((s) => s.label),
  );
}

async function run(page: Page, id: string, label: string, timeout?: number) {
  const ex = await readyExample(page, id);
  const lines = await runAndWait(ex, label, timeout);
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  return {ex, lines};
}

/** What the examples print, in the language of the page (docs/coroutine/examples/*.zh.ts, *.en.ts). */
const OUTPUT = {
  zh: {
    step: /\] (\w) 完成第 (\d) 步/,
    resumes: '在一个 Worker 上恢复 11 次，都没经过操作系统',
    waitsForIo: '等待 I/O',
    total: /^总耗时：(\d+) 毫秒，只用一个 Worker$/,
    open: '同时打开的连接数：10000',
    served10000: /^10000 个连接全部服务完：(\d+) 毫秒$/,
    startupCoroutine: /^每个协程的启动时间：([\d.]+) 微秒$/,
    cores: /^24 个连接，24 个 Worker，(\d+) 个逻辑核心$/,
    startupWorker: /^每个 Worker 的启动时间：([\d.]+) 毫秒$/,
    cpu: '每个请求的计算：空闲核心上 20 毫秒',
    ready: /^平均每个请求等待核心（就绪）：([\d.]+) 毫秒$/,
    response: /^平均每个请求的响应时间：([\d.]+) 毫秒$/,
    paused: /^Worker 被换下核心共 (\d+) 次$/,
    served24: /^24 个连接全部服务完：(\d+) 毫秒$/,
    eventLoopOrder: [
      '同步代码：开始',
      'A：await 之前',
      'B：await 之前',
      '同步代码：结束',
      '微任务：queueMicrotask',
      'A：await 之后',
      'B：await 之后',
      '定时器：setTimeout 0',
      '全部完成：这段代码运行在 Worker main 里，不在页面里',
    ],
  },
  en: {
    step: /\] (\w) finished step (\d)/,
    resumes: '11 resumes on one worker, none through the OS',
    waitsForIo: 'waits for I/O',
    total: /^total: (\d+) ms on one worker$/,
    open: 'connections open at the same time: 10000',
    served10000: /^served 10000 connections in (\d+) ms$/,
    startupCoroutine: /^start-up per coroutine: ([\d.]+) µs$/,
    cores: /^24 connections, 24 workers, logical cores: (\d+)$/,
    startupWorker: /^start-up per worker: ([\d.]+) ms$/,
    cpu: 'CPU per request: 20 ms on an idle core',
    ready: /^ready, waiting for a core: ([\d.]+) ms per request$/,
    response: /^response time: ([\d.]+) ms per request$/,
    paused: /^a worker was paused off its core (\d+) times$/,
    served24: /^served 24 connections in (\d+) ms$/,
    eventLoopOrder: [
      'sync: start',
      'A: before await',
      'B: before await',
      'sync: end',
      'microtask: queueMicrotask',
      'A: after await',
      'B: after await',
      'timer: setTimeout 0',
      'all done, in the worker main, not in the page',
    ],
  },
};

for (const locale of LOCALES) {
  const name = locale.prefix || 'zh';
  const out = OUTPUT[locale.prefix ? 'en' : 'zh'];

  test(`${name}: C5 tasks and microtasks come out in the one order the event loop allows, and the prediction is revealed`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/coroutine`);
    await page.evaluate(() => localStorage.removeItem('concurrency-lab:predict:event-loop-order'));
    await page.reload();
    const predict = page.locator('[data-predict="event-loop-order"]');
    await expect(predict).toHaveAttribute('data-revealed', 'false');
    await predict.locator('[data-option="0"]').click(); // a wrong guess: the timer first
    await expect(predict.locator('[data-correct]')).toHaveCount(0);
    // The same order on every run: it follows from the event loop's rule, not from timing.
    for (let i = 0; i < 2; i++) {
      const {lines} = await run(page, 'event-loop-order', locale.run);
      expect(lines).toEqual(out.eventLoopOrder);
    }
    await expect(predict).toHaveAttribute('data-revealed', 'true');
    await expect(predict.locator('[data-option="2"]')).toHaveAttribute('data-correct', 'true');
    await expect(predict.locator('[data-option="0"]')).not.toHaveAttribute('data-correct', 'true');
    watch.assertClean();
  });

  test(`${name}: generators take turns on one worker under a round-robin scheduler`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/coroutine`);
    const {ex, lines} = await run(page, 'generator-round-robin', locale.run);
    const steps = lines.filter((l) => out.step.test(l)).map((l) => out.step.exec(l)!.slice(1).join(''));
    expect(steps).toEqual(['A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'A3', 'B3']);
    expect(lines.at(-1)).toBe(out.resumes);
    const spans = await timelineSpans(ex);
    const cpu = spans.filter((s) => s.kind === 'cpu');
    expect(cpu.every((s) => s.lane === 'main')).toBe(true);
    expectNoOverlap(cpu);
    expect(await cpuLabels(ex, 'main')).toEqual(['A', 'B', 'C', 'A', 'B', 'C', 'A', 'B']);
    watch.assertClean();
  });

  test(`${name}: async/await tasks alternate on one lane while their I/O overlaps`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/coroutine`);
    const {ex, lines} = await untilQuiet(3, () => run(page, 'async-await-tasks', locale.run), (r) => numberIn(r.lines, out.total) < 1150);
    expect(lines.filter((l) => l.includes(out.waitsForIo))).toHaveLength(8);
    // Run one after another, the steps would take 8 × 50 + 8 × 100 = 1200 ms.
    expect(numberIn(lines, out.total)).toBeLessThan(1150);
    const spans = await timelineSpans(ex);
    const cpu = spans.filter((s) => s.kind === 'cpu');
    expect(cpu.every((s) => s.lane === 'main')).toBe(true);
    expectNoOverlap(cpu);
    expect(await cpuLabels(ex, 'main')).toEqual(['A', 'B', 'C', 'A', 'B', 'C', 'A', 'B']);
    // While one task waits for I/O, another computes.
    const io = spans.filter((s) => s.kind === 'io');
    expect(io.some((w) => cpu.some((c) => overlap(w, c) > 10))).toBe(true);
    watch.assertClean();
  });

  test(`${name}: 10,000 coroutines on one worker, against a capped thread per connection, charted`, async ({page}) => {
    test.setTimeout(90_000);
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/coroutine`);
    const chart = page.locator('[data-example-chart]').first();
    await expect(chart).toHaveAttribute('data-bars', '0');

    const co = await run(page, 'c10k-coroutines', locale.run);
    expect(co.lines).toContain(out.open);
    const served = numberIn(co.lines, out.served10000);
    // One after another they would take over half an hour; together, about the slowest one.
    expect(served).toBeGreaterThanOrEqual(300);
    expect(served).toBeLessThan(5000);
    expect(numberIn(co.lines, out.startupCoroutine)).toBeGreaterThan(0);

    const th = await run(page, 'c10k-threads', locale.run, 30_000);
    const cores = numberIn(th.lines, out.cores);
    expect(numberIn(th.lines, out.startupWorker)).toBeGreaterThan(0);
    expect(th.lines).toContain(out.cpu);
    // 24 requests that each need 20 ms of CPU arrive together on fewer cores: each one sits
    // ready for a core much longer than its own computation, and is switched out many times.
    const ready = numberIn(th.lines, out.ready);
    const response = numberIn(th.lines, out.response);
    if (cores <= 4) expect(ready).toBeGreaterThan(20);
    expect(response).toBeGreaterThan(30 + ready * 0.5);
    expect(numberIn(th.lines, out.paused)).toBeGreaterThan(cores <= 4 ? 24 : 0);
    expect(numberIn(th.lines, out.served24)).toBeGreaterThan(0);
    // One lane per connection, all open at once, and the timeline hatches the waiting.
    const spans = await timelineSpans(th.ex);
    const lanes = new Set(spans.filter((s) => /^w\d+$/.test(s.lane)).map((s) => s.lane));
    expect(lanes.size).toBe(24);
    if (cores <= 4) await expect(th.ex.locator('[data-kind="cpu"][data-ready]').first()).toBeVisible();

    // The charts draw the measured numbers: start-up of both units; the threads' request.
    const charts = page.locator('[data-example-chart]');
    await expect(charts.nth(0)).toHaveAttribute('data-bars', '2');
    await expect(charts.nth(1)).toHaveAttribute('data-bars', '3');
    for (const c of await charts.all()) await expect(c.locator('svg').first()).toBeVisible();
    watch.assertClean();
  });

  test(`${name}: the prediction on 10,000 connections is revealed by the run`, async ({page}) => {
    await page.goto(`${locale.prefix}/coroutine`);
    await page.evaluate(() => localStorage.removeItem('concurrency-lab:predict:c10k-coroutines'));
    await page.reload();
    const predict = page.locator('[data-predict="c10k-coroutines"]');
    await predict.locator('[data-option="0"]').click();
    await expect(predict).toHaveAttribute('data-revealed', 'false');
    await run(page, 'c10k-coroutines', locale.run);
    await expect(predict).toHaveAttribute('data-revealed', 'true');
    await expect(predict.locator('[data-option="2"]')).toHaveAttribute('data-correct', 'true');
    await expect(predict.locator('[data-option="0"]')).toHaveAttribute('aria-pressed', 'true');
  });
}
