import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Locator, type Page} from '@playwright/test';
import {LOCALES, outputLines, readyExample, status, watchPage} from './helpers';

// A phone held upright (iPhone 14 size), touch screen as the main pointer.
test.use({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});

const ID = 'messages-are-copies';
/** The example's code as the page in that language shows it. */
const sourceFor = (prefix: string) =>
  fs.readFileSync(path.join(__dirname, `../../docs/process/examples/${ID}.${prefix ? 'en' : 'zh'}.ts`), 'utf8').trimEnd();

const button = (ex: Locator, name: string) => ex.getByRole('button', {name, exact: true});
const lightEditor = (ex: Locator) => ex.locator('.cm-editor');
/** The text in the light editor, line by line as drawn (a short example: every line is drawn). */
const editorText = async (ex: Locator) => (await ex.locator('.cm-line').allTextContents()).join('\n');
const editLabel = (prefix: string) => (prefix ? 'Edit' : '编辑');

/** Taps Run and waits until the run is over; returns the printed text lines. */
async function tapRunAndWait(ex: Locator, runLabel: string): Promise<string[]> {
  await button(ex, runLabel).tap();
  await expect(ex.locator('[data-status]')).not.toHaveAttribute('data-status', /starting|running/, {timeout: 20_000});
  return outputLines(ex);
}

/** Whether anything on the page is wider than the screen (the reader would have to pan sideways). */
async function pageOverflows(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Replaces the whole text of the open light editor with `code`, as typed. */
async function typeOver(page: Page, ex: Locator, code: string): Promise<void> {
  await ex.locator('.cm-content').tap();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(code);
}

for (const locale of LOCALES) {
  const where = locale.prefix || 'zh';

  test(`${where}: Edit opens the light editor with the code; an edit runs, survives a reload, and Reset restores the original`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/process#${ID}`);
    let ex = await readyExample(page, ID);
    const originalLines = await tapRunAndWait(ex, locale.run);
    expect(originalLines.at(-1)).toBe(locale.prefix ? 'same object? false' : '是同一个对象吗？false');

    await button(ex, editLabel(locale.prefix)).tap();
    await expect(lightEditor(ex)).toBeVisible();
    await expect(ex.locator('.monaco-editor')).toHaveCount(0);
    expect(await editorText(ex)).toBe(sourceFor(locale.prefix));
    // iOS zooms the page into any text field under 16 px.
    const fontSize = await ex.locator('.cm-content').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);

    await typeOver(page, ex, "console.log('edited on a phone', 6 * 7);");
    await expect(button(ex, locale.reset)).toBeEnabled();
    expect(await tapRunAndWait(ex, locale.run)).toEqual(['edited on a phone 42']);

    // Saving waits for a pause in typing: reload once the edit is stored.
    await expect
      .poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('edited on a phone'))))
      .toBe(true);
    await page.reload();
    ex = await readyExample(page, ID);
    await expect(ex.locator('[data-notice="restored-edit"]')).toBeVisible();
    await expect(ex.locator('pre')).toContainText("console.log('edited on a phone', 6 * 7);");
    await button(ex, editLabel(locale.prefix)).tap();
    await expect(ex.locator('.cm-content')).toHaveText("console.log('edited on a phone', 6 * 7);");

    await button(ex, locale.reset).tap();
    await expect(ex.locator('.cm-content')).not.toContainText('edited on a phone');
    expect(await editorText(ex)).toBe(sourceFor(locale.prefix));
    expect(await tapRunAndWait(ex, locale.run)).toEqual(originalLines);
    watch.assertClean();
  });

  test(`${where}: Stop ends a long run started from the light editor`, async ({page}) => {
    await page.goto(`${locale.prefix}/process#${ID}`);
    const ex = await readyExample(page, ID);
    await button(ex, editLabel(locale.prefix)).tap();
    await expect(lightEditor(ex)).toBeVisible();
    await typeOver(page, ex, "import {sleep} from 'lab';\nconsole.log('waiting');\nawait sleep(60000);\nconsole.log('never');");
    await button(ex, locale.run).tap();
    await expect(ex.locator('[role="log"]')).toContainText('waiting');
    expect(await status(ex)).toBe('running');
    await button(ex, locale.stop).tap();
    await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'stopped');
    await expect(button(ex, locale.stop)).toBeDisabled();
    await expect(ex.locator('[role="log"]')).not.toContainText('never');
  });

  test(`${where}: the page never pans sideways, before or after a run with a multi-worker timeline`, async ({page}) => {
    const id = 'several-workers';
    await page.goto(`${locale.prefix}/concurrency-vs-parallelism#${id}`);
    const ex = await readyExample(page, id);
    expect(await pageOverflows(page)).toBe(false);

    // Buttons a finger can hit, wrapped onto as many rows as the screen needs.
    for (const box of await ex.locator('[data-action]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
      expect(box.height).toBeGreaterThanOrEqual(40);
      expect(box.right).toBeLessThanOrEqual(390);
    }

    await tapRunAndWait(ex, locale.run);
    expect(await status(ex)).toBe('done');
    const figure = ex.locator('figure');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('[data-lane="w1"] [data-kind="cpu"]').first()).toBeVisible();
    expect(await pageOverflows(page)).toBe(false);
    const figureBox = await figure.boundingBox();
    expect(figureBox!.x + figureBox!.width).toBeLessThanOrEqual(390);

    // Every lane's name is shown whole, not cut off.
    const names = await figure.locator('[data-lane] > :first-child').evaluateAll((els) =>
      els.map((el) => ({text: (el as HTMLElement).innerText, cut: el.scrollWidth > el.clientWidth})),
    );
    expect(names.map((n) => n.text)).toEqual(expect.arrayContaining(['main', expect.stringContaining('w1'), expect.stringContaining('w2')]));
    expect(names.filter((n) => n.cut)).toEqual([]);

    // The time labels under the lanes can be read: none runs into the next or out of the figure.
    const ticks = await figure.evaluate((fig) => {
      const labels = [...fig.querySelectorAll('[data-lane] ~ [aria-hidden="true"] span')].filter((el) => el.getClientRects().length > 0);
      return {figure: fig.getBoundingClientRect().toJSON(), boxes: labels.map((el) => el.getBoundingClientRect().toJSON())};
    });
    expect(ticks.boxes.length).toBeGreaterThanOrEqual(2);
    for (const [i, box] of ticks.boxes.entries()) {
      expect(box.left).toBeGreaterThanOrEqual(ticks.figure.left);
      expect(box.right).toBeLessThanOrEqual(ticks.figure.right);
      if (i > 0) expect(box.left).toBeGreaterThanOrEqual(ticks.boxes[i - 1].right);
    }

    // Output lines wrap inside the log instead of widening it.
    const log = ex.locator('[role="log"]');
    expect(await log.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });
}

test('Tab leaves the light editor without changing the code, and Ctrl+Enter runs it', async ({page}) => {
  await page.goto(`/en/process#${ID}`);
  const ex = await readyExample(page, ID);
  await button(ex, 'Edit').tap();
  await expect(lightEditor(ex)).toBeVisible();
  await typeOver(page, ex, "console.log('typed', 6 * 7);");
  await expect(ex.getByText('Tab leaves the editor')).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await ex.locator('.cm-editor').evaluate((el) => el.contains(document.activeElement))).toBe(false);
  await expect(ex.locator('.cm-content')).toHaveText("console.log('typed', 6 * 7);");

  await ex.locator('.cm-content').tap();
  await page.keyboard.press('Control+Enter');
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  await expect(ex.locator('[role="log"]')).toContainText('typed 42');
  await expect(ex.locator('.cm-content')).toHaveText("console.log('typed', 6 * 7);");
});

test('the light editor follows the site into dark mode while it is open', async ({page}) => {
  await page.emulateMedia({colorScheme: 'light'});
  await page.goto(`/en/process#${ID}`);
  const ex = await readyExample(page, ID);
  await button(ex, 'Edit').tap();
  await expect(lightEditor(ex)).toBeVisible();
  const background = () => lightEditor(ex).evaluate((el) => getComputedStyle(el).backgroundColor);
  const light = await background();

  // The site follows the system's colour scheme (respectPrefersColorScheme).
  await page.emulateMedia({colorScheme: 'dark'});
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(light);
  const text = await ex.locator('.cm-content').evaluate((el) => getComputedStyle(el).color);
  // Light text on the dark background: the red channel of the text is high.
  expect(Number(/\d+/.exec(text)![0])).toBeGreaterThan(200);
});

test.describe('a narrow desktop window (mouse, no touch)', () => {
  test.use({viewport: {width: 560, height: 900}, isMobile: false, hasTouch: false});

  test('also gets the light editor', async ({page}) => {
    await page.goto(`/en/process#${ID}`);
    const ex = await readyExample(page, ID);
    await button(ex, 'Edit').click();
    await expect(lightEditor(ex)).toBeVisible();
    await expect(ex.locator('.monaco-editor')).toHaveCount(0);
  });
});
