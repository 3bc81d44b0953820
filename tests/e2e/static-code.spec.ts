import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {LOCALES, readyExample, watchPage} from './helpers';

// Issue 16: the highlighted code of an example nobody has touched is the server's HTML. Hydrating
// a page must not draw it again (Docusaurus's code block re-renders and re-tokenizes every block
// after hydration), so a page's start-up does not grow with the amount of example code.

/**
 * Marks every example's <pre> as the parser made it, before any script runs, and counts what
 * changes inside the code afterwards. `window.__codeChanges` counts nodes added or removed
 * inside example code; `__redrawn()` lists examples whose <pre> is no longer the server's.
 */
async function watchServerCode(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as {__codeChanges: number; __redrawn: () => string[]};
    w.__codeChanges = 0;
    const server = new WeakSet<Element>();
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return; // parsed; deferred scripts have not run yet
      for (const pre of document.querySelectorAll('[data-example] pre')) server.add(pre);
      new MutationObserver((records) => {
        for (const r of records) if ((r.target as Element).closest?.('[data-example] pre')) w.__codeChanges += r.addedNodes.length + r.removedNodes.length;
      }).observe(document.body, {childList: true, subtree: true});
    });
    w.__redrawn = () =>
      [...document.querySelectorAll('[data-example]')]
        .filter((ex) => !ex.querySelector('pre') || !server.has(ex.querySelector('pre')!))
        .map((ex) => ex.getAttribute('data-example') ?? '?');
  });
}

const redrawn = (page: Page) => page.evaluate(() => (window as unknown as {__redrawn: () => string[]}).__redrawn());
const codeChanges = (page: Page) => page.evaluate(() => (window as unknown as {__codeChanges: number}).__codeChanges);

for (const locale of LOCALES) {
  const where = locale.prefix || 'zh';

  test(`${where}: hydrating /thread keeps every example's highlighted code as the server drew it`, async ({page}) => {
    const watch = watchPage(page);
    await watchServerCode(page);
    await page.goto(`${locale.prefix}/thread`);
    const ids = await page.locator('[data-example]').evaluateAll((els) => els.map((el) => el.getAttribute('data-example')));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) await readyExample(page, id!);
    await page.waitForTimeout(500); // effects after hydration (Docusaurus redraws its blocks in one)
    expect(await redrawn(page)).toEqual([]);
    expect(await codeChanges(page)).toBe(0);
    // Still highlighted, and still React's once touched: the code block's own Copy button works.
    const ex = page.locator(`[data-example="${ids[0]}"]`);
    await expect(ex.locator('pre .lc-keyword').first()).toBeVisible();
    watch.assertClean();
  });
}

test('the copy button of an untouched example copies its code', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await watchServerCode(page);
  await page.goto('/process');
  const ex = await readyExample(page, 'one-after-another');
  const code = fs.readFileSync(path.join(__dirname, '../../docs/process/examples/one-after-another.zh.ts'), 'utf8');
  await ex.locator('pre').hover();
  await ex.getByRole('button', {name: '复制代码到剪贴板'}).click();
  await expect(ex.getByRole('button', {name: '复制成功'})).toBeVisible();
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(code.trim());
  expect(await redrawn(page)).toEqual([]);
});

test('dark mode: the server-drawn code has the dark theme colours, without a redraw', async ({browser}) => {
  const context = await browser.newContext({colorScheme: 'dark'});
  const page = await context.newPage();
  await watchServerCode(page);
  await page.goto('/en/process');
  await readyExample(page, 'one-after-another');
  await page.waitForTimeout(300);
  const pre = page.locator('[data-example="one-after-another"] pre');
  await expect(pre).toHaveCSS('background-color', 'rgb(40, 42, 54)'); // dracula's #282A36
  await expect(pre.locator('.lc-keyword').first()).toHaveCSS('color', 'rgb(189, 147, 249)');
  await expect(pre.locator('.lc-comment').first()).toHaveCSS('color', 'rgb(138, 148, 196)'); // #8a94c4
  expect(await redrawn(page)).toEqual([]);
  await context.close();
});

test('without JavaScript an example shows its highlighted code in the light theme', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('/process');
  const pre = page.locator('[data-example="one-after-another"] pre');
  await expect(pre).toContainText("from 'lab'");
  await expect(pre).toHaveCSS('background-color', 'rgb(246, 248, 250)'); // github's #f6f8fa
  await expect(pre.locator('.lc-string').first()).toHaveCSS('color', 'rgb(192, 16, 91)'); // #c0105b
  await context.close();
});

test('a chapter reached by client-side navigation draws its examples on the client', async ({page}) => {
  const watch = watchPage(page);
  await page.goto('/process');
  await readyExample(page, 'one-after-another');
  await page.locator('.menu__link[href="/thread"]').click();
  await expect(page).toHaveURL(/\/thread$/);
  const first = page.locator('[data-example]').first();
  await expect(first.locator('pre .lc-keyword').first()).toBeVisible();
  expect((await first.locator('pre').innerText()).length).toBeGreaterThan(50);
  watch.assertClean();
});

// A plain code fence (not an example) is kept as the server drew it too: the page does not load
// Prism at start-up, only when a block must be drawn in the browser.
/** A chapter's plain code fences, in the text or in one of its `##` parts. */
const FENCE = '.markdown > .lab-code-island, .markdown > .lab-section > .lab-code-island';
test('a plain code block keeps its server HTML, and its copy button works once the reader comes to it', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = watchPage(page);
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      (window as unknown as {__fence: Element | null}).__fence = document.querySelector('.markdown > .lab-code-island pre, .markdown > .lab-section > .lab-code-island pre');
    });
  });
  await page.goto('/thread');
  await readyExample(page, (await page.locator('[data-example]').first().getAttribute('data-example'))!);
  const fence = page.locator(FENCE).first();
  await fence.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => (window as unknown as {__fence: Element | null}).__fence === document.querySelector('.markdown > .lab-code-island pre, .markdown > .lab-section > .lab-code-island pre'))).toBe(true);
  await expect(fence.locator('pre .lc-keyword').first()).toBeVisible();
  // Drawn once near the viewport (content-visibility), the block reads as its code.
  const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
  await expect.poll(async () => lines(await fence.locator('pre').innerText()).length).toBeGreaterThan(5);
  const text = await fence.locator('pre').innerText();
  await fence.locator('pre').hover();
  await fence.getByRole('button', {name: '复制代码到剪贴板'}).click();
  await expect(fence.getByRole('button', {name: '复制成功'})).toBeVisible();
  expect(lines(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(lines(text));
  watch.assertClean();
});

test('a plain code block on a chapter reached by client-side navigation is drawn highlighted', async ({page}) => {
  const watch = watchPage(page);
  await page.goto('/process');
  await readyExample(page, 'one-after-another');
  await page.locator('.menu__link[href="/thread"]').click();
  await expect(page).toHaveURL(/\/thread$/);
  const fence = page.locator(FENCE).first();
  await fence.scrollIntoViewIfNeeded();
  await expect(fence.locator('pre .lc-keyword').first()).toBeVisible();
  watch.assertClean();
});

// Off-screen code skips layout until the reader nears it (content-visibility); a teacher's link
// to an example far down the page must still land on it, and stay there while the page starts.
test('a link to an example far down a chapter lands on it', async ({page}) => {
  await page.goto('/thread');
  const ids = await page.locator('[data-example]').evaluateAll((els) => els.map((el) => el.id));
  const last = ids.at(-1)!;
  await page.goto('about:blank');
  await page.goto(`/thread#${last}`);
  const target = page.locator(`[id="${last}"]`);
  await expect(target).toBeInViewport();
  await page.waitForTimeout(1000);
  const top = await target.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
});

test('off-screen code is given its own height before it is drawn, so drawing it moves nothing (desktop)', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 720});
  await page.goto('/thread');
  // Every block whose lines do not wrap: its estimated height is its real height.
  const blocks = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.lab-code-island')].map((el) => {
      const estimate = parseFloat(getComputedStyle(el).containIntrinsicBlockSize.split(' ').pop()!);
      el.style.contentVisibility = 'visible';
      const lines = [...el.querySelectorAll('.token-line')];
      const wraps = lines.some((l) => l.getBoundingClientRect().height > 30);
      const real = el.getBoundingClientRect().height;
      el.style.contentVisibility = '';
      return {id: el.closest('[data-example]')?.getAttribute('data-example') ?? 'fence', estimate, real, wraps};
    }),
  );
  // An example's code is drawn with the page: nothing moves when a reader jumps to it and clicks Run.
  const examples = await page.locator('[data-example] .lab-code-island').evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility));
  expect(examples.length).toBeGreaterThan(5);
  expect(new Set(examples)).toEqual(new Set(['visible']));
  const unwrapped = blocks.filter((b) => !b.wraps);
  expect(unwrapped.length).toBeGreaterThan(5);
  for (const b of unwrapped) expect(Math.abs(b.real - b.estimate), `${b.id}: estimated ${b.estimate}, drawn ${b.real}`).toBeLessThan(1);
});
