import {expect, test} from '@playwright/test';
import {codeLink, readyExample, LOCALES, outputLines, runAndWait, status, timelineSpans, watchPage} from './helpers';

// Reader code is loaded into a Process example through a share link, as a teacher would.
const HOST = 'one-after-another';
const zh = LOCALES[0];

test('Stop ends while(true){} within a second and the page stays responsive', async ({page}) => {
  await page.goto(codeLink('', 'process', HOST, "console.log('spinning');\nwhile (true) {}\n"));
  const ex = await readyExample(page, HOST);
  await ex.getByRole('button', {name: zh.run, exact: true}).click();
  await expect(ex.locator('[role="log"]')).toContainText('spinning');
  const t0 = Date.now();
  expect(await page.evaluate(() => 6 * 7)).toBe(42); // the main thread is free
  expect(Date.now() - t0).toBeLessThan(500);
  const stopAt = Date.now();
  await ex.getByRole('button', {name: zh.stop, exact: true}).click();
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'stopped', {timeout: 1000});
  expect(Date.now() - stopAt).toBeLessThan(1000);
  await expect(ex.locator('[role="alert"]')).toContainText('停止');
  // The next run works.
  await page.goto(codeLink('', 'process', HOST, "console.log('again');"));
  expect(await runAndWait(await readyExample(page, HOST), zh.run)).toEqual(['again']);
});

test('the time limit ends an endless loop by itself and says so', async ({page}) => {
  test.setTimeout(40_000);
  await page.goto(codeLink('/en', 'process', HOST, 'for (;;);'));
  const ex = await readyExample(page, HOST);
  await runAndWait(ex, 'Run', 20_000);
  expect(await status(ex)).toBe('timeout');
  await expect(ex.locator('[role="alert"]')).toContainText('time limit');
});

test('nothing from a stopped run prints afterwards', async ({page}) => {
  const code = "let i = 0;\nsetInterval(() => console.log('tick', i++), 20);\n";
  await page.goto(codeLink('', 'process', HOST, code));
  const ex = await readyExample(page, HOST);
  await ex.getByRole('button', {name: zh.run, exact: true}).click();
  await expect(ex.locator('[role="log"]')).toContainText('tick 3');
  await ex.getByRole('button', {name: zh.stop, exact: true}).click();
  const after = (await outputLines(ex)).length;
  await page.waitForTimeout(300);
  expect((await outputLines(ex)).length).toBe(after);
});

test('a runtime error names the line in the reader code', async ({page}) => {
  await page.goto(codeLink('/en', 'process', HOST, "const a: any = null;\nconsole.log('before');\na.b.c = 1;\n"));
  const ex = await readyExample(page, HOST);
  expect(await runAndWait(ex, 'Run')).toEqual(['before']);
  expect(await status(ex)).toBe('failed');
  await expect(ex.locator('[role="alert"]')).toContainText('line 3');
  await expect(ex.locator('[role="alert"]')).toContainText('TypeError');
});

test('a syntax error is reported with its line and nothing runs', async ({page}) => {
  await page.goto(codeLink('/en', 'process', HOST, "console.log('no');\nlet x = (;\n"));
  const ex = await readyExample(page, HOST);
  expect(await runAndWait(ex, 'Run')).toEqual([]);
  await expect(ex.locator('[role="alert"]')).toContainText('line 2');
  await expect(ex.locator('[role="alert"]')).toContainText('could not be compiled');
});

test('an unhandled rejection fails the run with its message', async ({page}) => {
  await page.goto(codeLink('/en', 'process', HOST, "Promise.reject(new Error('nobody caught me'));\n"));
  const ex = await readyExample(page, HOST);
  await runAndWait(ex, 'Run');
  expect(await status(ex)).toBe('failed');
  await expect(ex.locator('[role="alert"]')).toContainText('nobody caught me');
});

test('console output is formatted as Node prints it and tagged with its worker', async ({page}) => {
  const code = [
    'const o: any = {n: 1}; o.self = o;',
    "console.log('%s has %d items', 'list', 3);",
    'console.log(o);',
    "console.log(new Map([['k', 1]]), new Set([1]), 10n, -0, NaN, undefined, Symbol('s'));",
    "console.log('<img src=x onerror=alert(1)>');",
  ].join('\n');
  await page.goto(codeLink('/en', 'process', HOST, code));
  const ex = await readyExample(page, HOST);
  const lines = await runAndWait(ex, 'Run');
  expect(lines[0]).toBe('list has 3 items');
  expect(lines[1]).toBe('<ref *1> { n: 1, self: [Circular *1] }');
  expect(lines[2]).toContain("Map(1) { 'k' => 1 }");
  expect(lines[2]).toContain('10n');
  expect(lines[2]).toContain('-0');
  expect(lines[2]).toContain('Symbol(s)');
  expect(lines[3]).toBe('<img src=x onerror=alert(1)>');
  expect(await ex.locator('[role="log"] img').count()).toBe(0);
  await expect(ex.locator('[role="log"] [data-level]').first()).toHaveAttribute('data-lane', 'main');
});

test('two workers doing CPU work at once draw overlapping spans', async ({page}) => {
  const code = [
    "import {spawn, work} from 'lab';",
    'function crunch(n: number) {',
    "  work(400, 'crunch ' + n);",
    '  return n * 10;',
    '}',
    'const a = spawn(crunch, 1);',
    'const b = spawn(crunch, 2);',
    "console.log('sum', (await a.result) + (await b.result));",
  ].join('\n');
  await page.goto(codeLink('', 'process', HOST, code));
  const ex = await readyExample(page, HOST);
  expect(await runAndWait(ex, zh.run)).toEqual(['sum 30']);
  const spans = await timelineSpans(ex);
  const w1 = spans.find((s) => s.lane === 'w1' && s.kind === 'cpu');
  const w2 = spans.find((s) => s.lane === 'w2' && s.kind === 'cpu');
  expect(w1 && w2).toBeTruthy();
  const overlap = Math.min(w1!.end, w2!.end) - Math.max(w1!.start, w2!.start);
  expect(overlap).toBeGreaterThan(100);
  // The main worker waited for the results meanwhile.
  expect(spans.some((s) => s.lane === 'main' && s.kind === 'wait')).toBe(true);
});

test('coroutines on one worker draw alternating spans in one lane', async ({page}) => {
  const code = [
    "import {sleep, work} from 'lab';",
    'async function task(name: string) {',
    '  for (let i = 0; i < 3; i++) {',
    '    work(30, name);',
    '    await sleep(1);',
    '  }',
    '}',
    "await Promise.all([task('A'), task('B')]);",
  ].join('\n');
  await page.goto(codeLink('/en', 'process', HOST, code));
  const ex = await readyExample(page, HOST);
  await runAndWait(ex, 'Run');
  const cpu = (await timelineSpans(ex)).filter((s) => s.kind === 'cpu');
  expect(cpu.every((s) => s.lane === 'main')).toBe(true);
  const labels = await ex.locator('figure [data-lane="main"] [data-kind="cpu"]').allInnerTexts();
  expect(labels).toEqual(['A', 'B', 'A', 'B', 'A', 'B']);
  for (let i = 1; i < cpu.length; i++) expect(cpu[i].start).toBeGreaterThanOrEqual(cpu[i - 1].end - 0.01);
});

test('a spawned function that reaches for an outer variable is told why', async ({page}) => {
  const code = ["import {spawn} from 'lab';", 'const secret = 42;', 'const h = spawn(() => secret);', 'await h.result;'].join('\n');
  await page.goto(codeLink('/en', 'process', HOST, code));
  const ex = await readyExample(page, HOST);
  await runAndWait(ex, 'Run');
  const alert = ex.locator('[role="alert"]');
  await expect(alert).toContainText('secret is not defined');
  await expect(alert).toContainText('only its arguments and lab');
  await expect(alert).toContainText('line 3');
  await expect(ex.locator('figure [data-lane="w1"]')).toContainText('✕');
});

test('a failing child nobody awaits still fails the run and says why', async ({page}) => {
  const code = ["import {spawn, sleep} from 'lab';", "spawn(() => { throw new RangeError('child broke'); });", 'await sleep(300);'].join('\n');
  await page.goto(codeLink('/en', 'process', HOST, code));
  const ex = await readyExample(page, HOST);
  await runAndWait(ex, 'Run');
  expect(await status(ex)).toBe('failed');
  await expect(ex.locator('[role="alert"]')).toContainText('RangeError: child broke');
  await expect(ex.locator('[role="alert"]')).toContainText('line 2');
});

test('importing anything but lab is refused with a clear message', async ({page}) => {
  await page.goto(codeLink('/en', 'process', HOST, "import fs from 'fs';\nfs.readFileSync('x');\n"));
  const ex = await readyExample(page, HOST);
  await runAndWait(ex, 'Run');
  await expect(ex.locator('[role="alert"]')).toContainText('can only import from "lab"');
});

for (const locale of LOCALES) {
  test(`${locale.prefix || 'zh'}: a share link shows its code without running it`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(codeLink(locale.prefix, 'process', HOST, "console.log('from a link');"));
    const ex = await readyExample(page, HOST);
    await expect(ex).toBeInViewport();
    await expect(ex.locator('[data-notice="from-link"]')).toBeVisible();
    await expect(ex.locator('pre')).toContainText("console.log('from a link');");
    await page.waitForTimeout(500);
    await expect(ex.locator('[role="log"]')).toHaveCount(0);
    expect(await runAndWait(ex, locale.run)).toEqual(['from a link']);
    watch.assertClean();
  });

  test(`${locale.prefix || 'zh'}: a mangled share link shows the original and a notice`, async ({page}) => {
    await page.goto(`${locale.prefix}/process#${HOST}/code/@@not-a-valid-value`);
    const ex = await readyExample(page, HOST);
    await expect(ex.locator('[data-notice="mangled-link"]')).toBeVisible();
    await expect(ex.locator('pre')).not.toContainText('@@not');
    await expect(ex.getByRole('button', {name: locale.reset, exact: true})).toBeDisabled();
  });
}

test('Copy link carries edited code; the link opens the same code without running it', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const code = "// a teacher's variant\nconsole.log('variant', 1 + 1);";
  await page.goto(codeLink('/en', 'process', HOST, code));
  const ex = await readyExample(page, HOST);
  await ex.getByRole('button', {name: 'Copy link', exact: true}).click();
  await expect(ex.getByRole('status').filter({hasText: 'Copied'})).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/en/process#${HOST}/code/`));

  const other = await context.newPage();
  await other.goto(copied);
  const opened = await readyExample(other, HOST);
  await expect(opened.locator('pre')).toContainText("console.log('variant', 1 + 1);");
  await expect(opened.locator('[role="log"]')).toHaveCount(0);
  expect(await runAndWait(opened, 'Run')).toEqual(['variant 2']);
});

test('Copy link on an unedited example copies its anchor', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/process');
  const ex = await readyExample(page, 'own-memory');
  await ex.getByRole('button', {name: zh.copyLink, exact: true}).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/process#own-memory$/);
});
