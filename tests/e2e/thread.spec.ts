import {expect, test, type Page} from '@playwright/test';
import {LOCALES, readyExample, runAndWait, timelineSpans, watchPage, type DrawnSpan} from './helpers';

// Every example of the Thread chapter, run in both languages, checked on what a reader sees.
// Timing is checked with wide bounds or on structure (order, overlap), never exact times.

/** The one printed line that matches `pattern`; its first group as a number. */
function numberIn(lines: string[], pattern: RegExp): number {
  const line = lines.find((l) => pattern.test(l));
  expect(line, `a line matching ${pattern}\n${lines.join('\n')}`).toBeDefined();
  return Number(pattern.exec(line!)![1]);
}

const overlap = (a: DrawnSpan, b: DrawnSpan) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

async function openAndRun(page: Page, prefix: string, id: string, run: string) {
  await page.goto(`${prefix}/thread`);
  const ex = await readyExample(page, id);
  const lines = await runAndWait(ex, run);
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  return {ex, lines};
}

for (const locale of LOCALES) {
  const name = locale.prefix || 'zh';

  test(`${name}: one thread — a blocking save freezes typing`, async ({page}) => {
    const watch = watchPage(page);
    const {ex, lines} = await openAndRun(page, locale.prefix, 'editor-one-thread', locale.run);
    expect(lines.filter((l) => l.includes('screen shows'))).toHaveLength(23);
    expect(lines.some((l) => l.endsWith('screen shows "hello, concurrent world"'))).toBe(true);
    expect(lines.some((l) => l.endsWith('saving...'))).toBe(true);
    // Nothing reaches the screen while the 800 ms save runs on the same thread.
    expect(numberIn(lines, /longest pause between keys: (\d+) ms/)).toBeGreaterThanOrEqual(700);
    const spans = await timelineSpans(ex);
    const save = spans.find((s) => s.kind === 'cpu' && s.lane === 'main' && s.end - s.start >= 790);
    expect(save, 'an 800 ms save span on main').toBeDefined();
    // No key is shown during the save: every other CPU span on main lies outside it.
    const shows = spans.filter((s) => s.kind === 'cpu' && s !== save);
    for (const s of shows) expect(overlap(s, save!)).toBeLessThanOrEqual(0.5);
    watch.assertClean();
  });

  test(`${name}: save on another thread — typing keeps going`, async ({page}) => {
    const watch = watchPage(page);
    const {ex, lines} = await openAndRun(page, locale.prefix, 'editor-save-thread', locale.run);
    expect(lines.filter((l) => l.includes('screen shows'))).toHaveLength(23);
    expect(lines.some((l) => l.endsWith('screen shows "hello, concurrent world"'))).toBe(true);
    expect(lines.some((l) => /saved \d+ characters$/.test(l))).toBe(true);
    expect(numberIn(lines, /longest pause between keys: (\d+) ms/)).toBeLessThan(400);
    const spans = await timelineSpans(ex);
    const save = spans.find((s) => s.lane === 'w1' && s.kind === 'cpu' && s.end - s.start >= 790);
    expect(save, 'an 800 ms save span on w1').toBeDefined();
    // The main thread keeps showing keys while w1 saves.
    const showsDuringSave = spans.filter((s) => s.lane === 'main' && s.kind === 'cpu' && overlap(s, save!) > 0);
    expect(showsDuringSave.length).toBeGreaterThan(0);
    watch.assertClean();
  });

  test(`${name}: an ordinary array is copied, a shared one is shared`, async ({page}) => {
    const watch = watchPage(page);
    const {lines} = await openAndRun(page, locale.prefix, 'shared-or-copied', locale.run);
    expect(lines).toEqual(['ordinary array, as main sees it: 0', 'shared array, as main sees it:   42']);
    watch.assertClean();
  });

  test(`${name}: a data race counts its lost updates`, async ({page}) => {
    const watch = watchPage(page);
    const {lines} = await openAndRun(page, locale.prefix, 'race-lost-updates', locale.run);
    const rounds = lines.filter((l) => l.startsWith('round '));
    expect(rounds).toHaveLength(5);
    let sum = 0;
    for (const line of rounds) {
      const m = /^round \d: counter = (\d+), expected 6000000, lost updates: (-?\d+)$/.exec(line);
      expect(m, line).not.toBeNull();
      const [counter, lost] = [Number(m![1]), Number(m![2])];
      expect(lost).toBeGreaterThanOrEqual(0); // updates get lost, never invented
      expect(counter + lost).toBe(6_000_000);
      sum += lost;
    }
    expect(numberIn(lines, /^lost in all 5 rounds: (\d+)$/)).toBe(sum);
    watch.assertClean();
  });

  test(`${name}: Atomics.add loses nothing`, async ({page}) => {
    const watch = watchPage(page);
    const {lines} = await openAndRun(page, locale.prefix, 'race-atomics', locale.run);
    const rounds = lines.filter((l) => l.startsWith('round '));
    expect(rounds).toEqual(
      [1, 2, 3, 4, 5].map((r) => `round ${r}: counter = 6000000, expected 6000000, lost updates: 0`),
    );
    expect(lines).toContain('lost in all 5 rounds: 0');
    watch.assertClean();
  });

  test(`${name}: a lock built on Atomics.wait/notify loses nothing`, async ({page}) => {
    const watch = watchPage(page);
    const {lines} = await openAndRun(page, locale.prefix, 'race-lock', locale.run);
    expect(lines[0]).toBe('counter = 400000, expected 400000, lost updates: 0');
    expect(lines[1]).toMatch(/^took \d+ ms, worker start-up included$/);
    watch.assertClean();
  });

  test(`${name}: a crashing thread takes its process down, the other process lives on`, async ({page}) => {
    const watch = watchPage(page);
    const {ex, lines} = await openAndRun(page, locale.prefix, 'process-groups', locale.run);
    const crash = lines.find((l) => l.startsWith('error: process A crashed (a bug in thread 2 at step 6)'));
    expect(crash, lines.join('\n')).toBeDefined();
    // A's first thread was stopped before it could finish its 10 steps.
    const [firstThreadSteps, secondThreadSteps] = /had done (\d+) and (\d+) steps/.exec(crash!)!.slice(1).map(Number);
    expect(secondThreadSteps).toBe(6);
    expect(firstThreadSteps).toBeLessThan(10);
    expect(lines).toContain('process B finished: its threads did 10 + 10 steps');
    // On the timeline, A's lanes are marked as failed and B's are not.
    for (const lane of ['w1', 'w1.1', 'w1.2']) {
      await expect(ex.locator(`figure [data-lane="${lane}"]`)).toContainText('✕');
    }
    for (const lane of ['w2', 'w2.1', 'w2.2']) {
      await expect(ex.locator(`figure [data-lane="${lane}"]`)).not.toContainText('✕');
    }
    // B's threads did all their steps; A's were cut short.
    const spans = await timelineSpans(ex);
    const steps = (lane: string) => spans.filter((s) => s.kind === 'cpu' && s.lane === lane).length;
    expect(steps('w2.1')).toBe(10);
    expect(steps('w2.2')).toBe(10);
    expect(steps('w1.2')).toBe(6);
    expect(steps('w1.1')).toBeLessThan(10);
    watch.assertClean();
  });

  test(`${name}: predict-then-run keeps the pick and reveals the answer after Run`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/thread`);
    await page.evaluate(() => localStorage.removeItem('concurrency-lab:predict:race-lost-updates'));
    await page.reload();
    const ex = await readyExample(page, 'race-lost-updates');
    const predict = page.locator('[data-predict="race-lost-updates"]');
    await expect(predict).toHaveAttribute('data-revealed', 'false');
    // Pick with the keyboard: the options are real buttons.
    const option = predict.locator('[data-option="1"]');
    await option.focus();
    await page.keyboard.press('Enter');
    await expect(option).toHaveAttribute('aria-pressed', 'true');
    await expect(predict.locator('[data-correct]')).toHaveCount(0); // not revealed before the run
    await runAndWait(ex, locale.run);
    await expect(predict).toHaveAttribute('data-revealed', 'true');
    await expect(predict.locator('[data-option="1"]')).toHaveAttribute('data-correct', 'true');
    // The pick is kept in this browser.
    await page.reload();
    await expect(page.locator('[data-predict="race-lost-updates"] [data-option="1"]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    watch.assertClean();
  });
}

test('the answer can be revealed without running, and asked again', async ({page}) => {
  await page.goto('/en/thread');
  await page.evaluate(() => localStorage.removeItem('concurrency-lab:predict:race-lost-updates'));
  await page.reload();
  const predict = page.locator('[data-predict="race-lost-updates"]');
  await expect(predict).toHaveAttribute('data-revealed', 'false');
  await predict.getByRole('button', {name: 'Show the answer'}).click();
  await expect(predict).toHaveAttribute('data-revealed', 'true');
  await expect(predict).toContainText('Answer: Often less than 6,000,000');
  await predict.getByRole('button', {name: 'Predict again'}).click();
  await expect(predict).toHaveAttribute('data-revealed', 'false');
});
