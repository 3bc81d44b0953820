import {expect, test} from '@playwright/test';
import {LOCALES, readyExample, runAndWait, timelineSpans, watchPage} from './helpers';

const STEP = /^\[\s*\d+ ms\] (A|B): (CPU starts|CPU ends, waiting for I\/O|I\/O done, CPU starts|done)$/;
const total = (lines: string[]) => Number(/^total: (\d+) ms$/.exec(lines.at(-1) ?? '')?.[1]);
const steps = (lines: string[]) => lines.filter((l) => STEP.test(l)).map((l) => l.replace(/^\[\s*\d+ ms\] /, ''));

for (const locale of LOCALES) {
  const where = locale.prefix || 'zh';

  test(`${where}: P2 without switching, B starts only after A is done`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/process`);
    const ex = await readyExample(page, 'one-after-another');
    const lines = await runAndWait(ex, locale.run);
    expect(steps(lines)).toEqual([
      'A: CPU starts',
      'A: CPU ends, waiting for I/O',
      'A: I/O done, CPU starts',
      'A: done',
      'B: CPU starts',
      'B: CPU ends, waiting for I/O',
      'B: I/O done, CPU starts',
      'B: done',
    ]);
    // 2 × (100 + 300 + 100) ms, one after another.
    expect(total(lines)).toBeGreaterThanOrEqual(990);
    expect(total(lines)).toBeLessThan(2500);
    const io = (await timelineSpans(ex)).filter((s) => s.kind === 'io');
    expect(io).toHaveLength(2);
    expect(io[1].start).toBeGreaterThanOrEqual(io[0].end); // the waits never overlap
    watch.assertClean();
  });

  test(`${where}: P2 switching on I/O, B runs while A waits and both finish sooner`, async ({page}) => {
    await page.goto(`${locale.prefix}/process`);
    const ex = await readyExample(page, 'switch-on-io');
    const lines = await runAndWait(ex, locale.run);
    const order = steps(lines);
    expect(order.indexOf('B: CPU starts')).toBeLessThan(order.indexOf('A: I/O done, CPU starts'));
    expect(order).toHaveLength(8);
    expect(total(lines)).toBeGreaterThanOrEqual(590);
    expect(total(lines)).toBeLessThan(990); // clearly less than one after another (≥ 1000 ms)
    const io = (await timelineSpans(ex)).filter((s) => s.kind === 'io');
    expect(io).toHaveLength(2);
    expect(Math.min(io[0].end, io[1].end) - Math.max(io[0].start, io[1].start)).toBeGreaterThan(100); // the waits overlap
  });

  test(`${where}: P6 each worker has its own memory`, async ({page}) => {
    await page.goto(`${locale.prefix}/process`);
    const ex = await readyExample(page, 'own-memory');
    const lines = await runAndWait(ex, locale.run);
    expect(lines.slice(0, 4)).toEqual([
      'main: score = 100',
      'child: score before = undefined',
      'child: score after = 1',
      'main: score = 100',
    ]);
    expect(lines[4]).toMatch(/^error: secret is not defined\. A spawned function sees only its arguments and lab/);
    await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
    const lanes = await ex.locator('figure [data-lane]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lane')));
    expect(lanes).toEqual(expect.arrayContaining(['main', 'w1']));
  });

  test(`${where}: P6 messages carry copies`, async ({page}) => {
    await page.goto(`${locale.prefix}/process`);
    const ex = await readyExample(page, 'messages-are-copies');
    expect(await runAndWait(ex, locale.run)).toEqual(['child returned: milk, eggs', 'main still has: milk', 'same object? false']);
  });
}

test('the P5 state diagram renders once scrolled to', async ({page}) => {
  await page.goto('/process');
  const diagram = page.locator('[data-diagram]').first();
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toHaveAttribute('data-diagram', 'rendered');
  await expect(diagram.locator('svg')).toBeVisible();
  await expect(diagram.locator('svg')).toContainText('就绪');
});
