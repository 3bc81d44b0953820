import {expect, test} from '@playwright/test';
import {codeLink, outputLines, readyExample, runAndWait, status} from './helpers';

// Programs readers write by mistake (or on purpose): each gets a clear message, the page lives.
const HOST = 'one-after-another';
const open = async (page: import('@playwright/test').Page, code: string) => {
  await page.goto(codeLink('/en', 'process', HOST, code));
  return readyExample(page, HOST);
};

test('endless recursion is a RangeError with its line, and the example works afterwards', async ({page}) => {
  const ex = await open(page, "console.log('before');\nfunction f(): number { return f() + 1; }\nf();\n");
  await runAndWait(ex, 'Run');
  expect(await status(ex)).toBe('failed');
  await expect(ex.locator('[role="alert"]')).toContainText('RangeError');
  await expect(ex.locator('[role="alert"]')).toContainText('line 2');
  await ex.getByRole('button', {name: 'Reset', exact: true}).click();
  const lines = await runAndWait(ex, 'Run');
  expect(lines.at(-1)).toMatch(/^total: \d+ ms$/);
});

test('a promise that never settles shows as running until Stop', async ({page}) => {
  const ex = await open(page, "console.log('waiting forever');\nawait new Promise(() => {});\n");
  await ex.getByRole('button', {name: 'Run', exact: true}).click();
  await expect(ex.locator('[role="log"]')).toContainText('waiting forever');
  await page.waitForTimeout(500);
  expect(await status(ex)).toBe('running');
  await ex.getByRole('button', {name: 'Stop', exact: true}).click();
  expect(await status(ex)).toBe('stopped');
});

test('a flood of output is capped with a visible notice and the page stays responsive', async ({page}) => {
  const ex = await open(page, "for (let i = 0; i < 1e6; i++) console.log(i);\nconsole.log('x'.repeat(5e7).length);\n");
  await runAndWait(ex, 'Run', 30_000);
  expect(await status(ex)).toBe('done');
  const lines = await outputLines(ex);
  expect(lines).toHaveLength(1000);
  expect(lines[0]).toBe('0');
  await expect(ex.locator('[data-truncated]')).toContainText('999001 more');
  const t0 = Date.now();
  await page.evaluate(() => 1);
  expect(Date.now() - t0).toBeLessThan(1000);
});

test('one very long line is cut with a note of how much', async ({page}) => {
  const ex = await open(page, "console.log('y'.repeat(5_000_000));\n");
  const [line] = await runAndWait(ex, 'Run');
  expect(line.length).toBeLessThan(2_100);
  expect(line).toMatch(/… \(4998000 more characters\)$/);
});

test('spawning workers in a loop hits the cap with a clear error, and every worker ends', async ({page}) => {
  const code = [
    "import {spawn, sleep} from 'lab';",
    'const handles = [];',
    'for (let i = 0; i < 10000; i++) handles.push(spawn(async () => { await sleep(200); return 1; }));',
    'await Promise.all(handles.map((h) => h.result));',
  ].join('\n');
  const ex = await open(page, code);
  await runAndWait(ex, 'Run', 30_000);
  expect(await status(ex)).toBe('failed');
  await expect(ex.locator('[role="alert"]')).toContainText('at most 32 workers');
});

test('code that tries to close its worker or load scripts gets a clear error', async ({page}) => {
  let ex = await open(page, 'self.close();\n');
  await runAndWait(ex, 'Run');
  await expect(ex.locator('[role="alert"]')).toContainText('close() is not available');
  ex = await open(page, "(self as any).importScripts('/x.js');\n");
  await runAndWait(ex, 'Run');
  await expect(ex.locator('[role="alert"]')).toContainText('importScripts() is not available');
});

test('junk posted from reader code never shows up as output', async ({page}) => {
  const code = [
    "(self as any).postMessage({type: 'log', lane: 'main', level: 'log', t: 0, text: 'forged'});",
    "(self as any).postMessage([{type: 'log', text: 'forged'}]);",
    "console.log('real');",
  ].join('\n');
  const ex = await open(page, code);
  expect(await runAndWait(ex, 'Run')).toEqual(['real']);
});

test('rapid clicks on Run leave only the output of the last run', async ({page}) => {
  const ex = await open(page, "import {sleep} from 'lab';\nconsole.log('run');\nawait sleep(300);\n");
  const run = ex.getByRole('button', {name: 'Run', exact: true});
  for (let i = 0; i < 20; i++) await run.click({delay: 0});
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  expect(await outputLines(ex)).toEqual(['run']);
});
