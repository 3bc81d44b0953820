import {expect, test, type Locator, type Page} from '@playwright/test';
import {LOCALES, watchPage} from './helpers';

// The measure page: every row of every measurement must come out as a finite, positive figure.
// Small sizes keep it quick; no figure is compared with a fixed time.

async function panel(page: Page, id: string): Promise<Locator> {
  const p = page.locator(`[data-measure="${id}"][data-ready="true"]`);
  await expect(p).toBeVisible();
  return p;
}

async function measure(p: Locator, settings: Record<string, string>): Promise<Record<string, number>> {
  for (const [field, value] of Object.entries(settings)) {
    const input = p.locator(`[data-field="${field}"]`);
    if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
  }
  await p.locator('[data-action="measure"]').click();
  await expect(p).toHaveAttribute('data-phase', 'done', {timeout: 60_000});
  const out: Record<string, number> = {};
  for (const row of await p.locator('tr[data-row]').all()) out[(await row.getAttribute('data-row'))!] = Number(await row.getAttribute('data-value'));
  return out;
}

function allPositive(rows: Record<string, number>): void {
  for (const [row, v] of Object.entries(rows)) {
    expect(Number.isFinite(v), row).toBe(true);
    expect(v, row).toBeGreaterThan(0);
  }
}

for (const locale of LOCALES) {
  test(`${locale.prefix || 'zh'}: every measurement gives a finite positive figure for every row`, async ({page}) => {
    test.setTimeout(120_000);
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/measure`);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);

    const switches = await measure(await panel(page, 'switch-cost'), {samples: '5'});
    expect(Object.keys(switches)).toEqual(['generator', 'await', 'channel', 'postMessage', 'atomics']);
    allPositive(switches);
    const harness = page.locator('[data-measure="switch-cost"] [data-harness]');
    expect(Number(await harness.getAttribute('data-loop-ns'))).toBeGreaterThanOrEqual(0);
    expect(Number(await harness.getAttribute('data-clock-step-us'))).toBeGreaterThan(0);
    await expect(page.locator('[data-measure="switch-cost"] figure[role="img"]')).toHaveCount(1);

    const speedup = await measure(await panel(page, 'speedup'), {total: '100', workers: '3', reps: '1'});
    expect(Object.keys(speedup)).toEqual(['1', '2', '3']);
    allPositive(speedup);
    expect(speedup['1']).toBe(1);

    const startup = await measure(await panel(page, 'worker-startup'), {samples: '3'});
    expect(Object.keys(startup)).toEqual(['minimal', 'runtime', 'compiler']);
    allPositive(startup);

    const buffers = await measure(await panel(page, 'buffers'), {size: '1', samples: '3'});
    expect(Object.keys(buffers)).toEqual(['empty', 'copy', 'transfer', 'share']);
    allPositive(buffers);
    watch.assertClean();
  });
}

test('results copy as a Markdown table for a lab report', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/measure');
  const p = await panel(page, 'worker-startup');
  await measure(p, {samples: '3'});
  await p.locator('[data-action="copy-md"]').click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines[0]).toMatch(/^\| What starts \| Median \|/);
  expect(lines[1]).toMatch(/^\| --- \|/);
  expect(lines).toHaveLength(5);
  await p.locator('[data-action="copy-csv"]').click();
  expect((await page.evaluate(() => navigator.clipboard.readText())).split('\r\n')[0]).toMatch(/^What starts,Median,/);
});

test('Stop ends a measurement at once, even while its workers start, and the panel runs again', async ({page}) => {
  const watch = watchPage(page);
  await page.goto('/en/measure');
  const p = await panel(page, 'speedup');
  await p.locator('[data-field="total"]').fill('3000');
  await p.locator('[data-field="reps"]').fill('9');
  await p.locator('[data-action="measure"]').click();
  // Right away: most likely before the bench workers have said they are ready.
  await p.locator('[data-action="stop"]').click();
  await expect(p).toHaveAttribute('data-phase', 'stopped');
  await expect(p.locator('[role="status"]')).toHaveText('Stopped; every worker it used was terminated.');
  const again = await measure(p, {total: '100', workers: '2', reps: '1'});
  expect(Object.keys(again)).toEqual(['1', '2']);
  allPositive(again);
  watch.assertClean();
});
