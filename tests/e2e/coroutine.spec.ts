import {expect, test, type Locator, type Page} from '@playwright/test';
import {LOCALES, readyExample, runAndWait, timelineSpans, watchPage, type DrawnSpan} from './helpers';

// Every example of the Coroutine chapter, run in both languages, checked on what a reader
// sees. Timing is checked with wide bounds or on structure (order, overlap).

function numberIn(lines: string[], pattern: RegExp): number {
  const line = lines.find((l) => pattern.test(l));
  expect(line, `a line matching ${pattern}\n${lines.join('\n')}`).toBeDefined();
  return Number(pattern.exec(line!)![1]);
}

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

async function run(page: Page, id: string, label: string) {
  const ex = await readyExample(page, id);
  const lines = await runAndWait(ex, label);
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  return {ex, lines};
}

for (const locale of LOCALES) {
  const name = locale.prefix || 'zh';

  test(`${name}: generators take turns on one worker under a round-robin scheduler`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/coroutine`);
    const {ex, lines} = await run(page, 'generator-round-robin', locale.run);
    const steps = lines.filter((l) => l.includes('finished step')).map((l) => /\] (\w) finished step (\d)/.exec(l)!.slice(1).join(''));
    expect(steps).toEqual(['A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'A3', 'B3']);
    expect(lines.at(-1)).toBe('11 resumes on one worker, none through the OS');
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
    const {ex, lines} = await run(page, 'async-await-tasks', locale.run);
    expect(lines.filter((l) => l.includes('waits for I/O'))).toHaveLength(8);
    // Run one after another, the steps would take 8 × 50 + 8 × 100 = 1200 ms.
    expect(numberIn(lines, /^total: (\d+) ms on one worker$/)).toBeLessThan(1150);
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
    expect(co.lines).toContain('connections open at the same time: 10000');
    const served = numberIn(co.lines, /^served 10000 connections in (\d+) ms$/);
    // One after another they would take over half an hour; together, about the slowest one.
    expect(served).toBeGreaterThanOrEqual(300);
    expect(served).toBeLessThan(5000);
    expect(numberIn(co.lines, /^start-up per coroutine: ([\d.]+) µs$/)).toBeGreaterThan(0);

    const th = await run(page, 'c10k-threads', locale.run);
    const startup = numberIn(th.lines, /^start-up per worker: ([\d.]+) ms$/);
    expect(startup).toBeGreaterThan(0);
    expect(numberIn(th.lines, /^served 16 connections in (\d+) ms, 8 workers at a time$/)).toBeGreaterThan(0);
    expect(numberIn(th.lines, /^10,000 connections at this rate: about (\d+) s$/)).toBeGreaterThan(10);
    // One lane per connection, and never more than 8 connections at once.
    const spans = await timelineSpans(th.ex);
    const lanes = new Set(spans.filter((s) => /^w\d+$/.test(s.lane)).map((s) => s.lane));
    expect(lanes.size).toBe(16);
    const waits = spans.filter((s) => s.kind === 'io' && s.lane !== 'main');
    const mostAtOnce = Math.max(...waits.map((w) => waits.filter((o) => o.start <= w.start && o.end > w.start).length));
    expect(mostAtOnce).toBeLessThanOrEqual(8);

    // Both charts now draw the two measured numbers.
    for (const c of await page.locator('[data-example-chart]').all()) {
      await expect(c).toHaveAttribute('data-bars', '2');
      await expect(c.locator('svg').first()).toBeVisible();
    }
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
