import {expect, test, type Locator, type Page} from '@playwright/test';
import path from 'node:path';
import {LOCALES, numberIn, readyExample, runAndWait, timelineSpans, untilQuiet, watchPage} from './helpers';

// The quadrant lab, run for real with small sizes. Structure only: this machine is shared and
// noisy, so no test asserts a time, only relations with wide margins.

type Row = {wall: number; cpuMs: number; busy: number; threadSwitches: number; coroutineSwitches: number};

const QUADRANTS = {
  'multi-cpu': '?cores=2&load=cpu&tasks=4&cpu=40&threads=4',
  'multi-io': '?cores=2&load=io&tasks=12&steps=2&cpu=1&io=40&threads=3',
  'single-cpu': '?cores=1&load=cpu&tasks=4&cpu=40&threads=4',
  'single-io': '?cores=1&load=io&tasks=12&steps=2&cpu=1&io=40&threads=3',
};
const PREDICTED = {'multi-cpu': 'threads', 'multi-io': 'hybrid', 'single-cpu': 'process', 'single-io': 'coroutines'};
const MODELS = ['process', 'threads', 'coroutines', 'hybrid'];

async function openLab(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const lab = page.locator('[data-quadrant-lab][data-ready="true"]');
  await expect(lab).toBeVisible();
  return lab;
}

async function runLab(lab: Locator): Promise<Record<string, Row>> {
  await lab.locator('[data-action="run-lab"]').click();
  await expect(lab).toHaveAttribute('data-phase', /calibrating|model/);
  await expect(lab).toHaveAttribute('data-phase', 'done', {timeout: 60_000});
  const rows: Record<string, Row> = {};
  for (const tr of await lab.locator('tr[data-model]').all()) {
    rows[(await tr.getAttribute('data-model'))!] = {
      wall: Number(await tr.getAttribute('data-wall')),
      cpuMs: Number(await tr.getAttribute('data-cpu-ms')),
      busy: Number(await tr.getAttribute('data-busy')),
      threadSwitches: Number(await tr.getAttribute('data-thread-switches')),
      coroutineSwitches: Number(await tr.getAttribute('data-coroutine-switches')),
    };
  }
  return rows;
}

for (const locale of LOCALES) {
  test(`${locale.prefix || 'zh'}: the lab runs every model in each quadrant`, async ({page}) => {
    test.setTimeout(150_000);
    const watch = watchPage(page);
    for (const [quadrant, search] of Object.entries(QUADRANTS)) {
      const lab = await openLab(page, `${locale.prefix}/choosing${search}#quadrant-lab`);
      await expect(lab.locator('[data-predicted]')).toHaveAttribute('data-predicted', PREDICTED[quadrant as keyof typeof PREDICTED]);
      const rows = await runLab(lab);
      expect(Object.keys(rows).sort(), quadrant).toEqual([...MODELS].sort());
      for (const [model, r] of Object.entries(rows)) {
        expect(r.wall, `${quadrant} ${model}`).toBeGreaterThan(0);
        expect(r.busy, `${quadrant} ${model}`).toBeGreaterThan(0);
        expect(r.busy, `${quadrant} ${model}`).toBeLessThanOrEqual(1.05);
      }
      // One worker never switches between threads; the one-after-another model never switches at all.
      expect(rows.process.threadSwitches + rows.process.coroutineSwitches).toBe(0);
      expect(rows.coroutines.threadSwitches).toBe(0);
      if (quadrant === 'single-cpu') {
        // One core token: threads do the same work on one core, so they cannot beat the single
        // process by more than noise allows. On this shared machine the noise is mostly the
        // machine's speed changing between runs (other programs' load): each model reports the CPU
        // time its fixed amount of work took, so compare wall time per CPU time (generously).
        const perCpu = (r: Row) => r.wall / r.cpuMs;
        expect(perCpu(rows.threads), 'threads on one token: wall per CPU ms').toBeGreaterThan(perCpu(rows.process) * 0.9);
        expect(rows.threads.busy, 'one token: never more than one core busy').toBeLessThanOrEqual(1.01);
        expect(rows.threads.threadSwitches, 'threads take turns on the one core').toBeGreaterThan(0);
        // ...and the token really serialises them: no two computing spans overlap in time.
        await lab.locator('[data-model-tab="threads"]').click();
        const cpu = await lab
          .locator('figure [data-lane] [data-kind="cpu"]')
          .evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-start')), Number(e.getAttribute('data-end'))]));
        cpu.sort((a, b) => a[0] - b[0]);
        expect(cpu.length).toBeGreaterThanOrEqual(4);
        for (let i = 1; i < cpu.length; i++) expect(cpu[i][0], 'one core: spans never overlap').toBeGreaterThanOrEqual(cpu[i - 1][1] - 0.01);
      }
      if (quadrant.endsWith('-io')) {
        // 12 tasks × 2 waits of 40 ms: one after another ≥ 960 ms, while coroutines overlap every
        // wait (about 100 ms). "A wide margin": at least twice as fast, even with a stall or two.
        expect(rows.coroutines.wall * 2, 'coroutines vs one after another').toBeLessThan(rows.process.wall);
        expect(rows.coroutines.coroutineSwitches).toBeGreaterThan(0);
      }
      // A chart per figure, a verdict that names an outcome, and a timeline for the selected model.
      await expect(lab.locator('figure[role="img"]')).toHaveCount(3);
      await expect(lab.locator('figure[role="img"] svg').first()).toBeVisible();
      await expect(lab.locator('[data-outcome]')).toHaveAttribute('data-outcome', /agrees|tie|disagrees|busy/);
      await lab.locator('[data-model-tab="threads"]').click();
      await expect(lab.locator('[data-model-lines="threads"]')).toContainText('wall time');
      const lanes = await lab.locator('figure [data-lane]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lane')));
      expect(lanes.filter((l) => /^w\d+$/.test(l ?? '')).length, quadrant).toBeGreaterThanOrEqual(3);
      expect(await lab.locator('figure [data-lane="w1"] [data-kind="cpu"]').count()).toBeGreaterThan(0);
    }
    watch.assertClean();
  });
}

test('the default I/O-bound settings on one core show coroutines clearly ahead of threads', async ({page}) => {
  test.setTimeout(120_000);
  // The link in "One core, I/O-bound": the workload's preset sizes, one core token.
  const lab = await openLab(page, '/en/choosing?cores=1&load=io#quadrant-lab');
  await expect(lab.locator('input[data-field="threads"]')).toHaveValue('4');
  const field = async (k: string) => Number(await lab.locator(`input[data-field="${k}"]`).inputValue());
  const nominalCpu = (await field('tasks')) * (await field('steps')) * (await field('cpu'));
  const rows = await runLab(lab);
  // Ideally 612 ms against 288 ms: 4 threads work through 6 tasks' waits each (sleeps no load can
  // shorten), while the coroutines overlap every wait and are left with the computing. On this
  // shared machine the computing itself stretches with the load; with one core token every model's
  // computing passes through that one token, so the stretch (CPU time beyond the calibrated
  // amount) adds to the wall one for one: take it off. Measured here at load 9–18, the old preset
  // (3 ms steps, 8 threads) came out 1.0× and 0.9× this way, the new one 1.5× to 2.1×.
  const atCalibratedSpeed = (r: Row) => r.wall - Math.max(0, r.cpuMs - nominalCpu);
  const detail = JSON.stringify(rows);
  expect(atCalibratedSpeed(rows.threads), detail).toBeGreaterThan(atCalibratedSpeed(rows.coroutines) * 1.3);
  expect(atCalibratedSpeed(rows.coroutines) * 3, `coroutines vs one after another: ${detail}`).toBeLessThan(atCalibratedSpeed(rows.process));
  const verdict = lab.locator('[data-outcome]');
  await expect(verdict).toHaveAttribute('data-outcome', /agrees|tie|busy/);
});

test('the lab runs in the runner frame like every example: the lesson page itself starts no worker', async ({page}) => {
  // Counts the workers the lesson page (the top frame) creates; the runner frame is not counted.
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const Original = window.Worker;
    (window as unknown as {pageWorkers: number}).pageWorkers = 0;
    window.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        (window as unknown as {pageWorkers: number}).pageWorkers++;
      }
    };
  });
  const lab = await openLab(page, '/choosing?cores=1&load=cpu&tasks=2&steps=1&cpu=10&threads=2#quadrant-lab');
  const rows = await runLab(lab);
  expect(Object.keys(rows).sort()).toEqual([...MODELS].sort());
  await expect(page.locator('iframe[data-lab-runner]')).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as {pageWorkers: number}).pageWorkers)).toBe(0);
});

test('settings live in the URL: a link sets the lab up, and changes are written back', async ({page}) => {
  const lab = await openLab(page, '/en/choosing?cores=1&load=io&tasks=9#quadrant-lab');
  await expect(lab.locator('select[data-field="cores"]')).toHaveValue('1');
  await expect(lab.locator('select[data-field="load"]')).toHaveValue('io');
  await expect(lab.locator('input[data-field="tasks"]')).toHaveValue('9');
  await expect(lab.locator('[data-predicted]')).toHaveAttribute('data-predicted', 'coroutines');
  await lab.locator('input[data-field="threads"]').fill('5');
  await expect.poll(() => new URL(page.url()).searchParams.get('threads')).toBe('5');
  expect(new URL(page.url()).hash).toBe('#quadrant-lab');
  // A link in the text switches the lab to another quadrant without leaving the page.
  await page.locator('[data-quadrant-link="max-cpu"]').click();
  await expect(lab.locator('select[data-field="load"]')).toHaveValue('cpu');
  await expect(lab.locator('[data-predicted]')).toHaveAttribute('data-predicted', 'threads');
  expect(new URL(page.url()).searchParams.get('cores')).toBe('max');
});

test('Stop cancels a run and ends its workers', async ({page}) => {
  const watch = watchPage(page);
  const lab = await openLab(page, '/choosing?cores=1&load=io&tasks=20&steps=4&cpu=2&io=100&threads=2#quadrant-lab');
  await lab.locator('[data-action="run-lab"]').click();
  await expect(lab).toHaveAttribute('data-phase', 'model', {timeout: 20_000});
  await lab.locator('[data-action="stop-lab"]').click();
  await expect(lab).toHaveAttribute('data-phase', 'cancelled', {timeout: 2_000});
  await expect(lab.locator('[data-action="run-lab"]')).toBeEnabled();
  watch.assertClean();
});

// The mixed workload (#mixed-workload): three I/O coroutines on main beside 400 ms of computing,
// first on main, then on a worker. What holds by construction is asserted always (on main the
// first timers wait for the whole computation); "nearly on time" needs a quiet moment and gets
// up to three runs.
const MIXED = {
  zh: {late: /^([ABC])：定时器最多晚了 (\d+) 毫秒$/, total: /^总耗时：(\d+) 毫秒$/, right: '你的预测是对的', answer: '晚好几百毫秒', onTime: '几乎准时'},
  en: {late: /^([ABC]): timers up to (\d+) ms late$/, total: /^total: (\d+) ms$/, right: 'Your prediction was right', answer: 'Several hundred ms late', onTime: 'Nearly on time'},
};
/** The worst lateness each coroutine printed, by name. */
function lateness(lines: string[], late: RegExp): Record<string, number> {
  return Object.fromEntries(lines.filter((l) => late.test(l)).map((l) => late.exec(l)!.slice(1, 3)).map(([n, ms]) => [n, Number(ms)]));
}
const shots = path.join(__dirname, '../../test-results/choosing');

async function runExample(page: Page, id: string, label: string) {
  const ex = await readyExample(page, id);
  const lines = await runAndWait(ex, label);
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  return {ex, lines, spans: await timelineSpans(ex)};
}

for (const locale of LOCALES) {
  const name = locale.prefix || 'zh';
  const out = MIXED[locale.prefix ? 'en' : 'zh'];

  test(`${name}: computing on main holds the coroutines' timers back, on a worker they keep time, as the predictions say`, async ({page}) => {
    test.setTimeout(90_000);
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/choosing#mixed-workload`);
    await page.evaluate(() => {
      localStorage.removeItem('concurrency-lab:predict:cpu-on-main');
      localStorage.removeItem('concurrency-lab:predict:cpu-on-worker');
    });
    await page.reload();

    const first = page.locator('[data-predict="cpu-on-main"]');
    await expect(first).toHaveAttribute('data-revealed', 'false');
    await first.locator('[data-option="0"]').click(); // a wrong guess: on time
    await expect(first.locator('[data-correct]')).toHaveCount(0);
    const main = await runExample(page, 'cpu-on-main', locale.run);
    // The run reveals the answer: hundreds of ms late, on any machine.
    await expect(first).toHaveAttribute('data-revealed', 'true');
    await expect(first.locator('[data-option="2"]')).toHaveAttribute('data-correct', 'true');
    await expect(first.locator('[data-option="0"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(first).toContainText(out.answer);
    const held = lateness(main.lines, out.late);
    expect(Object.keys(held).sort(), main.lines.join('\n')).toEqual(['A', 'B', 'C']);
    // The first timers are due at 50 ms and wait for the whole computation (about 400 ms).
    for (const ms of Object.values(held)) expect(ms).toBeGreaterThanOrEqual(250);
    expect(numberIn(main.lines, out.total)).toBeGreaterThanOrEqual(800);
    const cpu = main.spans.filter((s) => s.kind === 'cpu');
    expect(cpu).toHaveLength(1);
    expect(cpu[0].lane).toBe('main');
    const io = main.spans.filter((s) => s.kind === 'io');
    expect(io).toHaveLength(30);
    expect(io.every((s) => s.lane === 'main')).toBe(true);
    // Three I/O spans (the first waits) last until the computation is over, drawn as ready.
    expect(io.filter((s) => s.start <= cpu[0].start + 1 && s.end >= cpu[0].end - 1)).toHaveLength(3);
    const ready = await main.ex
      .locator('[data-lane="main"] [data-kind="io"][data-ready]')
      .evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-ready')), 0));
    expect(ready).toBeGreaterThan(3 * 200);
    await main.ex.screenshot({path: path.join(shots, `${name}-cpu-on-main.png`)});
    await first.screenshot({path: path.join(shots, `${name}-predict-cpu-on-main.png`)});

    const second = page.locator('[data-predict="cpu-on-worker"]');
    await expect(second).toHaveAttribute('data-revealed', 'false');
    await second.locator('[data-option="2"]').click(); // the right guess
    const worst = (r: {lines: string[]}) => Math.max(...Object.values(lateness(r.lines, out.late)));
    const moved = await untilQuiet(3, () => runExample(page, 'cpu-on-worker', locale.run), (r) => worst(r) < 100);
    await expect(second).toHaveAttribute('data-revealed', 'true');
    await expect(second.locator('[data-option="2"]')).toHaveAttribute('data-correct', 'true');
    await expect(second).toContainText(out.right);
    await expect(second).toContainText(out.onTime);
    expect(Object.keys(lateness(moved.lines, out.late)).sort()).toEqual(['A', 'B', 'C']);
    expect(worst(moved), moved.lines.join('\n')).toBeLessThan(100);
    const away = moved.spans.filter((s) => s.kind === 'cpu');
    expect(away).toHaveLength(1);
    expect(away[0].lane).toBe('w1'); // nothing computed on main
    const waits = moved.spans.filter((s) => s.kind === 'io');
    expect(waits).toHaveLength(30);
    expect(waits.every((s) => s.lane === 'main')).toBe(true);
    // The waits go on while w1 computes.
    const during = waits.reduce((sum, s) => sum + Math.max(0, Math.min(s.end, away[0].end) - Math.max(s.start, away[0].start)), 0);
    expect(during).toBeGreaterThan(3 * 100);
    expect(numberIn(moved.lines, out.total)).toBeLessThan(numberIn(main.lines, out.total));
    await moved.ex.screenshot({path: path.join(shots, `${name}-cpu-on-worker.png`)});
    await second.screenshot({path: path.join(shots, `${name}-predict-cpu-on-worker.png`)});
    watch.assertClean();
  });
}
