import {expect, test, type Locator, type Page} from '@playwright/test';
import {LOCALES, watchPage} from './helpers';

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
      await expect(lab.locator('[data-outcome]')).toHaveAttribute('data-outcome', /agrees|tie|disagrees/);
      await lab.locator('[data-model-tab="threads"]').click();
      await expect(lab.locator('[data-model-lines="threads"]')).toContainText('wall time');
      const lanes = await lab.locator('figure [data-lane]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lane')));
      expect(lanes.filter((l) => /^w\d+$/.test(l ?? '')).length, quadrant).toBeGreaterThanOrEqual(3);
      expect(await lab.locator('figure [data-lane="w1"] [data-kind="cpu"]').count()).toBeGreaterThan(0);
    }
    watch.assertClean();
  });
}

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
