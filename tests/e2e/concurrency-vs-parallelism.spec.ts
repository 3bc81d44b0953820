import {expect, test, type Locator, type Page} from '@playwright/test';
import {LOCALES, readyExample, runAndWait, timelineSpans, watchPage, type DrawnSpan} from './helpers';

// Every example of the Concurrency-vs-parallelism chapter, run in both languages, checked on
// what a reader sees: which spans overlap and which never do. Times only with wide bounds.

function numberIn(lines: string[], pattern: RegExp): number {
  const line = lines.find((l) => pattern.test(l));
  expect(line, `a line matching ${pattern}\n${lines.join('\n')}`).toBeDefined();
  return Number(pattern.exec(line!)![1]);
}

const overlap = (a: DrawnSpan, b: DrawnSpan) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
/** Spans drawn by different workers' clocks may disagree by a hair. */
const TOLERANCE_MS = 1;

function expectNoOverlap(spans: DrawnSpan[]) {
  for (const a of spans) for (const b of spans) if (a !== b) expect(overlap(a, b)).toBeLessThanOrEqual(TOLERANCE_MS);
}

async function run(page: Page, id: string, label: string): Promise<{ex: Locator; lines: string[]; spans: DrawnSpan[]}> {
  const ex = await readyExample(page, id);
  const lines = await runAndWait(ex, label);
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  return {ex, lines, spans: await timelineSpans(ex)};
}

for (const locale of LOCALES) {
  const name = locale.prefix || 'zh';

  test(`${name}: one worker is concurrent but never parallel; two workers overlap`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/concurrency-vs-parallelism`);

    const one = await run(page, 'one-worker', locale.run);
    const cpu = one.spans.filter((s) => s.kind === 'cpu');
    expect(cpu).toHaveLength(8);
    expect(cpu.every((s) => s.lane === 'main')).toBe(true);
    expectNoOverlap(cpu);
    const order = await one.ex.locator('figure [data-lane="main"] [data-kind="cpu"]').evaluateAll((els) =>
      els.map((el) => ({s: Number(el.getAttribute('data-start')), t: el.textContent})).sort((a, b) => a.s - b.s).map((x) => x.t),
    );
    expect(order).toEqual(['A', 'B', 'A', 'B', 'A', 'B', 'A', 'B']);
    expect(numberIn(one.lines, /^total: (\d+) ms for 800 ms of computation$/)).toBeGreaterThanOrEqual(790);

    const several = await run(page, 'several-workers', locale.run);
    expect(several.lines[0]).toMatch(/^your browser reports \d+ logical cores$/);
    const w1 = several.spans.filter((s) => s.lane === 'w1' && s.kind === 'cpu');
    const w2 = several.spans.filter((s) => s.lane === 'w2' && s.kind === 'cpu');
    expect(w1).toHaveLength(4);
    expect(w2).toHaveLength(4);
    const shared = w1.reduce((sum, a) => sum + w2.reduce((s, b) => s + Math.max(0, overlap(a, b)), 0), 0);
    expect(shared).toBeGreaterThan(100); // the bars overlap in time
    expect(numberIn(several.lines, /^computing: (\d+) ms for 800 ms of computation$/)).toBeLessThan(750);
    watch.assertClean();
  });

  test(`${name}: under a global lock the threads serialise; without it they overlap`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/concurrency-vs-parallelism`);

    const gil = await run(page, 'gil-model', locale.run);
    const locked = gil.spans.filter((s) => s.kind === 'cpu' && (s.lane === 'w1' || s.lane === 'w2'));
    expect(locked).toHaveLength(6);
    expectNoOverlap(locked); // only the holder of the lock computes
    expect(numberIn(gil.lines, /^two threads, 600 ms of computation: (\d+) ms$/)).toBeGreaterThanOrEqual(590);

    const free = await run(page, 'no-gil', locale.run);
    const w1 = free.spans.filter((s) => s.lane === 'w1' && s.kind === 'cpu');
    const w2 = free.spans.filter((s) => s.lane === 'w2' && s.kind === 'cpu');
    expect(w1).toHaveLength(3);
    expect(w2).toHaveLength(3);
    const shared = w1.reduce((sum, a) => sum + w2.reduce((s, b) => s + Math.max(0, overlap(a, b)), 0), 0);
    expect(shared).toBeGreaterThan(50);
    expect(free.spans.some((s) => s.kind === 'wait' && s.lane !== 'main')).toBe(false); // no lock to wait for
    watch.assertClean();
  });

  test(`${name}: the GIL prediction is revealed with the keyboard`, async ({page}) => {
    await page.goto(`${locale.prefix}/concurrency-vs-parallelism`);
    await page.evaluate(() => localStorage.removeItem('concurrency-lab:predict:gil-model'));
    await page.reload();
    const predict = page.locator('[data-predict="gil-model"]');
    await expect(predict).toHaveAttribute('data-revealed', 'false');
    await predict.locator('[data-option="0"]').focus();
    await page.keyboard.press('Space');
    await expect(predict.locator('[data-option="0"]')).toHaveAttribute('aria-pressed', 'true');
    await predict.locator('[data-action="reveal"]').focus();
    await page.keyboard.press('Enter');
    await expect(predict).toHaveAttribute('data-revealed', 'true');
    await expect(predict.locator('[data-option="1"]')).toHaveAttribute('data-correct', 'true');
  });

  test(`${name}: a concurrent design overlaps I/O on one thread`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/concurrency-vs-parallelism`);
    const {lines, spans} = await run(page, 'concurrent-one-thread', locale.run);
    expect(lines.filter((l) => / done$/.test(l))).toHaveLength(3);
    expect(spans.every((s) => s.lane === 'main' || s.lane === 'page')).toBe(true);
    const cpu = spans.filter((s) => s.kind === 'cpu');
    expect(cpu).toHaveLength(6);
    expectNoOverlap(cpu); // one thread: its computations never overlap...
    const io = spans.filter((s) => s.kind === 'io');
    expect(io).toHaveLength(3);
    expect(overlap(io[0], io[1]) > 0 || overlap(io[1], io[2]) > 0).toBe(true); // ...but the waits do
    // One after another the three tasks would take 3 × 300 = 900 ms.
    expect(numberIn(lines, /^total: (\d+) ms on one thread$/)).toBeLessThan(850);
    watch.assertClean();
  });

  test(`${name}: a sequential design stays sequential on three workers`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/concurrency-vs-parallelism`);
    const {lines, spans} = await run(page, 'sequential-many-workers', locale.run);
    expect(lines.filter((l) => / done$/.test(l)).map((l) => l.slice(-6))).toEqual(['A done', 'B done', 'C done']);
    const work = (lane: string) => spans.filter((s) => s.lane === lane && s.kind !== 'setup');
    for (const [earlier, later] of [
      ['w1', 'w2'],
      ['w2', 'w3'],
    ]) {
      const end = Math.max(...work(earlier).map((s) => s.end));
      const start = Math.min(...work(later).map((s) => s.start));
      expect(start).toBeGreaterThanOrEqual(end - TOLERANCE_MS); // never two tasks at once
    }
    expect(numberIn(lines, /^total: (\d+) ms on three workers$/)).toBeGreaterThanOrEqual(890);
    watch.assertClean();
  });
}
