import {expect, test, type Page} from '@playwright/test';
import {LOCALES, labelledSpans, numberIn, readyExample, runAndWait, timelineSpans, untilQuiet, watchPage, type DrawnSpan} from './helpers';

// Every example of the Thread chapter, run in both languages, checked on what a reader sees.
// Timing is checked with wide bounds or on structure (order, overlap), never exact times.

const overlap = (a: DrawnSpan, b: DrawnSpan) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The timeline's spans with the label each one shows (its title names the kind and the label). */
async function openAndRun(page: Page, prefix: string, id: string, run: string) {
  await page.goto(`${prefix}/thread`);
  const ex = await readyExample(page, id);
  const lines = await runAndWait(ex, run);
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  return {ex, lines};
}

// What the examples print, per language: the zh pages show the .zh.ts versions, the en pages the .en.ts.
const OUT = {
  zh: {
    shows: '屏幕显示“',
    typed: '屏幕显示“一边打字一边保存，屏幕会不会卡住？看看时间线。”',
    saving: '正在保存……',
    saved: /已保存 \d+ 个字$/,
    longest: /按键间最长停顿：(\d+) 毫秒/,
    copied: ['普通数组，在主 Worker 看来：0', '共享数组，在主 Worker 看来：42'],
    round: /^第 \d 轮：计数器 = (\d+)，应为 6000000，丢失 (-?\d+) 次更新$/,
    roundPrefix: '第 ',
    exactRound: (r: number) => `第 ${r} 轮：计数器 = 6000000，应为 6000000，丢失 0 次更新`,
    allLost: /^5 轮共丢失 (\d+) 次更新$/,
    noneLost: '5 轮共丢失 0 次更新',
    locked: '计数器 = 400000，应为 400000，丢失 0 次更新',
    took: /^用时 \d+ 毫秒，含 Worker 启动$/,
    crash: '出错：进程 A 崩溃了（线程 2 在第 6 步出错）',
    crashSteps: /分别做了 (\d+) 步和 (\d+) 步/,
    lived: '进程 B 正常结束：两个线程做了 10 + 10 步',
    got: '消费者取到：1 2 3 4 5 6',
    firstSleep: /^第 1 次睡下：Atomics\.wait 返回“([a-z-]+)”，睡了 (\d+) 毫秒，醒来时队列里有 (\d) 件$/,
    sleepPrefix: '第 ',
    lost: (n: number) => `丢失的唤醒：${n} 次`,
    waitNotEmpty: '等待：不空',
    waitNotFull: '等待：不满',
    verdictRight: '你的预测是对的。',
    verdictWrong: '和你的预测不一样。',
  },
  en: {
    shows: 'screen shows "',
    typed: 'screen shows "hello, concurrent world"',
    saving: 'saving...',
    saved: /saved \d+ characters$/,
    longest: /longest pause between keys: (\d+) ms/,
    copied: ['ordinary array, as main sees it: 0', 'shared array, as main sees it:   42'],
    round: /^round \d: counter = (\d+), expected 6000000, lost updates: (-?\d+)$/,
    roundPrefix: 'round ',
    exactRound: (r: number) => `round ${r}: counter = 6000000, expected 6000000, lost updates: 0`,
    allLost: /^lost in all 5 rounds: (\d+)$/,
    noneLost: 'lost in all 5 rounds: 0',
    locked: 'counter = 400000, expected 400000, lost updates: 0',
    took: /^took \d+ ms, worker start-up included$/,
    crash: 'error: process A crashed (a bug in thread 2 at step 6)',
    crashSteps: /had done (\d+) and (\d+) steps/,
    lived: 'process B finished: its threads did 10 + 10 steps',
    got: 'the consumer got: 1 2 3 4 5 6',
    firstSleep: /^sleep 1: Atomics\.wait returned "([a-z-]+)" after (\d+) ms; items waiting: (\d)$/,
    sleepPrefix: 'sleep ',
    lost: (n: number) => `lost wake-ups: ${n}`,
    waitNotEmpty: 'wait: not empty',
    waitNotFull: 'wait: not full',
    verdictRight: 'Your prediction was right.',
    verdictWrong: 'Not what you predicted.',
  },
};

for (const locale of LOCALES) {
  const name = locale.prefix || 'zh';
  const out = OUT[locale.prefix ? 'en' : 'zh'];

  test(`${name}: one thread — a blocking save freezes typing`, async ({page}) => {
    const watch = watchPage(page);
    const {ex, lines} = await openAndRun(page, locale.prefix, 'editor-one-thread', locale.run);
    expect(lines.filter((l) => l.includes(out.shows))).toHaveLength(23);
    expect(lines.some((l) => l.endsWith(out.typed))).toBe(true);
    expect(lines.some((l) => l.endsWith(out.saving))).toBe(true);
    // Nothing reaches the screen while the 800 ms save runs on the same thread.
    expect(numberIn(lines, out.longest)).toBeGreaterThanOrEqual(0.8 * 800);
    const spans = await timelineSpans(ex);
    // work(800) is calibrated computation: within about 15 % of 800 ms on this VM.
    const save = spans.find((s) => s.kind === 'cpu' && s.lane === 'main' && s.end - s.start >= 0.85 * 800);
    expect(save, 'an 800 ms save span on main').toBeDefined();
    // No key is shown during the save: every other CPU span on main lies outside it.
    const shows = spans.filter((s) => s.kind === 'cpu' && s !== save);
    for (const s of shows) expect(overlap(s, save!)).toBeLessThanOrEqual(0.5);
    // The key press that came during the save waited for the thread, not for input: its wait
    // ends in a ready stretch as long as most of the save.
    const keyReady = await ex.locator('[data-lane="main"] [data-kind="io"][data-ready]').evaluateAll((els) =>
      els.map((el) => Number(el.getAttribute('data-ready'))),
    );
    expect(Math.max(0, ...keyReady)).toBeGreaterThan(500);
    watch.assertClean();
  });

  test(`${name}: save on another thread — typing keeps going`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/thread`);
    const ex = await readyExample(page, 'editor-save-thread');
    const lines = await untilQuiet(3, () => runAndWait(ex, locale.run), (l) => numberIn(l, out.longest) < 400);
    expect(lines.filter((l) => l.includes(out.shows))).toHaveLength(23);
    expect(lines.some((l) => l.endsWith(out.typed))).toBe(true);
    expect(lines.some((l) => out.saved.test(l))).toBe(true);
    expect(numberIn(lines, out.longest)).toBeLessThan(400);
    const spans = await timelineSpans(ex);
    const save = spans.find((s) => s.lane === 'w1' && s.kind === 'cpu' && s.end - s.start >= 0.85 * 800);
    expect(save, 'an 800 ms save span on w1').toBeDefined();
    // The main thread keeps showing keys while w1 saves.
    const showsDuringSave = spans.filter((s) => s.lane === 'main' && s.kind === 'cpu' && overlap(s, save!) > 0);
    expect(showsDuringSave.length).toBeGreaterThan(0);
    watch.assertClean();
  });

  test(`${name}: an ordinary array is copied, a shared one is shared`, async ({page}) => {
    const watch = watchPage(page);
    const {lines} = await openAndRun(page, locale.prefix, 'shared-or-copied', locale.run);
    expect(lines).toEqual(out.copied);
    watch.assertClean();
  });

  test(`${name}: a data race counts its lost updates`, async ({page}) => {
    const watch = watchPage(page);
    const {lines} = await openAndRun(page, locale.prefix, 'race-lost-updates', locale.run);
    const rounds = lines.filter((l) => l.startsWith(out.roundPrefix));
    expect(rounds).toHaveLength(5);
    let sum = 0;
    for (const line of rounds) {
      const m = out.round.exec(line);
      expect(m, line).not.toBeNull();
      const [counter, lost] = [Number(m![1]), Number(m![2])];
      expect(lost).toBeGreaterThanOrEqual(0); // updates get lost, never invented
      expect(counter + lost).toBe(6_000_000);
      sum += lost;
    }
    expect(numberIn(lines, out.allLost)).toBe(sum);
    watch.assertClean();
  });

  test(`${name}: Atomics.add loses nothing`, async ({page}) => {
    const watch = watchPage(page);
    const {lines} = await openAndRun(page, locale.prefix, 'race-atomics', locale.run);
    const rounds = lines.filter((l) => l.startsWith(out.roundPrefix));
    expect(rounds).toEqual([1, 2, 3, 4, 5].map(out.exactRound));
    expect(lines).toContain(out.noneLost);
    watch.assertClean();
  });

  test(`${name}: a lock built on Atomics.wait/notify loses nothing`, async ({page}) => {
    const watch = watchPage(page);
    const {lines} = await openAndRun(page, locale.prefix, 'race-lock', locale.run);
    expect(lines[0]).toBe(out.locked);
    expect(lines[1]).toMatch(out.took);
    watch.assertClean();
  });

  test(`${name}: a crashing thread takes its process down, the other process lives on`, async ({page}) => {
    const watch = watchPage(page);
    const {ex, lines} = await openAndRun(page, locale.prefix, 'process-groups', locale.run);
    const crash = lines.find((l) => l.startsWith(out.crash));
    expect(crash, lines.join('\n')).toBeDefined();
    // A's first thread was stopped before it could finish its 10 steps.
    const [firstThreadSteps, secondThreadSteps] = out.crashSteps.exec(crash!)!.slice(1).map(Number);
    expect(secondThreadSteps).toBe(6);
    expect(firstThreadSteps).toBeLessThan(10);
    expect(lines).toContain(out.lived);
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

  test(`${name}: a wake-up sent before the consumer sleeps is lost; it sleeps until the timeout`, async ({page}) => {
    const watch = watchPage(page);
    const {ex, lines} = await openAndRun(page, locale.prefix, 'lost-wakeup', locale.run);
    expect(lines[0]).toBe(out.got);
    // The forced interleaving: the two notifies came before the consumer slept, so its first
    // sleep ends only by the 500 ms timeout, with the queue full all along.
    const first = out.firstSleep.exec(lines[1] ?? '');
    expect(first, lines.join('\n')).not.toBeNull();
    expect(first![1]).toBe('timed-out');
    expect(Number(first![2])).toBeGreaterThanOrEqual(495);
    expect(Number(first![3])).toBe(2);
    expect(lines.at(-1)).toBe(out.lost(1));
    // On the timeline both workers sleep at the same time, each waiting for the other.
    const spans = await labelledSpans(ex);
    const consumerSleep = spans.find((s) => s.lane === 'w2' && s.title.includes(out.waitNotEmpty) && s.end - s.start >= 450);
    expect(consumerSleep, 'a long "not empty" wait on w2').toBeDefined();
    const producerSleep = spans.find((s) => s.lane === 'w1' && s.title.includes(out.waitNotFull));
    expect(producerSleep, 'a "not full" wait on w1').toBeDefined();
    expect(overlap(consumerSleep!, producerSleep!)).toBeGreaterThan(400);
    // main joins the workers: a wait span on its lane.
    expect(spans.some((s) => s.lane === 'main' && s.kind === 'wait')).toBe(true);
    watch.assertClean();
  });

  test(`${name}: waiting on the value checked under the lock loses no wake-up`, async ({page}) => {
    const watch = watchPage(page);
    const {ex, lines} = await openAndRun(page, locale.prefix, 'cond-var-queue', locale.run);
    expect(lines[0]).toBe(out.got);
    const first = out.firstSleep.exec(lines[1] ?? '');
    expect(first, lines.join('\n')).not.toBeNull();
    expect(first![1]).toBe('not-equal');
    expect(Number(first![2])).toBeLessThan(100);
    expect(Number(first![3])).toBe(2);
    expect(lines.at(-1)).toBe(out.lost(0));
    // The consumer never sleeps long on "not empty"; the producer waits for room again and again.
    const spans = await labelledSpans(ex);
    const consumerSleeps = spans.filter((s) => s.lane === 'w2' && s.title.includes(out.waitNotEmpty));
    for (const s of consumerSleeps) expect(s.end - s.start).toBeLessThan(100);
    expect(spans.filter((s) => s.lane === 'w1' && s.title.includes(out.waitNotFull)).length).toBeGreaterThanOrEqual(2);
    watch.assertClean();
  });

  test(`${name}: the lost-wakeup prediction is decided by the run`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/thread`);
    await page.evaluate(() => localStorage.removeItem('concurrency-lab:predict:lost-wakeup'));
    await page.reload();
    const ex = await readyExample(page, 'lost-wakeup');
    const predict = page.locator('[data-predict="lost-wakeup"]');
    await expect(predict).toHaveAttribute('data-revealed', 'false');
    // zh picks the right answer, en a wrong one: the verdict says which.
    const pick = locale.prefix ? 0 : 1;
    await predict.locator(`[data-option="${pick}"]`).click();
    await runAndWait(ex, locale.run);
    await expect(predict).toHaveAttribute('data-revealed', 'true');
    await expect(predict.locator('[data-correct="true"]')).toHaveAttribute('data-option', '1');
    await expect(predict).toContainText(pick === 1 ? out.verdictRight : out.verdictWrong);
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
