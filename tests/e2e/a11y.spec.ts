import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Locator, type Page} from '@playwright/test';
import {LOCALES, readyExample, runAndWait, timelineSpans} from './helpers';

/** Every page of the built site in both languages, read from the sitemaps the build writes. */
function builtRoutes(): string[] {
  const root = path.join(__dirname, '../..');
  const routes = ['build/sitemap.xml', 'build/en/sitemap.xml'].flatMap((file) => {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) throw new Error(`${file} is missing: build the site before the a11y tests`);
    const xml = fs.readFileSync(full, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  });
  return [...new Set(routes)].sort();
}

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** Opens `url` with the system set to `theme`; the site follows prefers-color-scheme. */
async function openIn(page: Page, url: string, theme: Theme) {
  await page.emulateMedia({colorScheme: theme});
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Draws what only draws near the viewport (diagrams), so the scan sees the whole page. */
async function revealLazyParts(page: Page) {
  // Diagrams in a closed <details> or hidden tab stay unrendered (and hidden from axe too).
  const waiting = page.locator('[data-diagram="waiting"]:visible');
  // As a reader would: scroll to each diagram, and again if one that rendered above it pushed it
  // back out of view before it was seen.
  await expect(async () => {
    for (const diagram of await waiting.all()) await diagram.scrollIntoViewIfNeeded();
    await expect(waiting).toHaveCount(0, {timeout: 2_000});
  }).toPass({timeout: 45_000}); // the thread chapter is long: its diagrams are far apart
  await expect(page.locator('[data-diagram="rendered"]:not(:has(svg)):visible')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
}

/** Serious and critical axe violations, one readable line per offending element. */
async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  // Colours as they settle: a button enabled at hydration fades in over ~200 ms (Infima's
  // transition), and a scan in the middle of that fade read half-way colours (CI, 2.9:1).
  await page.addStyleTag({content: '*, *::before, *::after { transition: none !important; animation: none !important; }'});
  let axe = new AxeBuilder({page});
  if (within) axe = axe.include(within);
  const {violations} = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

const ROUTES = builtRoutes();

test('the sitemaps list the chapters in both languages', () => {
  for (const route of ['/', '/process', '/thread', '/en/', '/en/process', '/en/thread']) {
    expect(ROUTES).toContain(route);
  }
});

for (const route of ROUTES) {
  test(`${route}: no serious or critical axe violations, light and dark`, async ({page}) => {
    test.setTimeout(120_000); // two full scans of a long page
    await openIn(page, route, 'light');
    await revealLazyParts(page);
    expect(await seriousViolations(page), `${route} in light`).toEqual([]);
    // The site follows a change of the system theme without a reload (no theme was picked).
    await page.emulateMedia({colorScheme: 'dark'});
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await revealLazyParts(page);
    expect(await seriousViolations(page), `${route} in dark`).toEqual([]);
  });
}

const EXAMPLE = {chapter: 'process', id: 'one-after-another'};

for (const locale of LOCALES) {
  for (const theme of THEMES) {
    const where = `${locale.prefix || 'zh'} ${theme}`;
    test(`${where}: an example that ran (output, timeline, table) and one being edited pass axe`, async ({page}) => {
      await openIn(page, `${locale.prefix}/${EXAMPLE.chapter}#${EXAMPLE.id}`, theme);
      const ex = await readyExample(page, EXAMPLE.id);
      await runAndWait(ex, locale.run);
      await ex.locator('[data-timeline-table] > summary').click();
      await expect(ex.locator('[data-timeline-table] table')).toBeVisible();
      expect(await seriousViolations(page, `[data-example="${EXAMPLE.id}"]`), 'after a run').toEqual([]);

      await ex.locator('[data-action="edit"]').click();
      await expect(ex.locator('.monaco-editor')).toBeVisible();
      expect(await seriousViolations(page, `[data-example="${EXAMPLE.id}"]`), 'while editing').toEqual([]);
    });
  }
}

/** WCAG relative luminance of a computed `rgb(...)`/`rgba(...)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

for (const locale of LOCALES) {
  test(`${locale.prefix || 'zh'} dark: an example's secondary buttons (Copy link, Embed, …) are dark, with readable text`, async ({page}) => {
    await openIn(page, `${locale.prefix}/${EXAMPLE.chapter}#${EXAMPLE.id}`, 'dark');
    const ex = await readyExample(page, EXAMPLE.id);
    await runAndWait(ex, locale.run); // Stop is disabled again, like before the run
    await expect(ex.getByRole('button', {name: locale.copyLink, exact: true})).toBeVisible();
    const buttons = await ex.locator('button.button--secondary').evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return {name: el.textContent ?? '', background: style.backgroundColor, color: style.color, disabled: (el as HTMLButtonElement).disabled};
      }),
    );
    const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(buttons.map((b) => b.name)).toEqual(expect.arrayContaining([locale.copyLink, locale.prefix ? 'Embed' : '嵌入']));
    for (const b of buttons) {
      // A dark face, near the page's own dark background, not a light grey block.
      expect(luminance(b.background), `${b.name}: ${b.background}`).toBeLessThan(0.1);
      expect(contrast(luminance(b.background), luminance(pageBackground)), b.name).toBeLessThan(2);
      if (!b.disabled) expect(contrast(luminance(b.color), luminance(b.background)), `${b.name}: ${b.color} on ${b.background}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(await seriousViolations(page, `[data-example="${EXAMPLE.id}"]`)).toEqual([]);
  });
}

for (const locale of LOCALES) {
  test(`${locale.prefix || 'zh'}: the timeline has a summary and a table with every drawn span`, async ({page}) => {
    await page.goto(`${locale.prefix}/${EXAMPLE.chapter}#${EXAMPLE.id}`);
    const ex = await readyExample(page, EXAMPLE.id);
    await runAndWait(ex, locale.run);
    const drawn = await timelineSpans(ex);
    const figure = ex.getByRole('figure');
    const lanes = await ex.locator('figure [data-lane]').count();
    // The summary is the figure's accessible description: lanes, spans and total time.
    const summary = (await ex.locator('[data-timeline-summary]').innerText()).trim();
    await expect(figure).toHaveAccessibleDescription(summary);
    const numbers = summary.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
    expect(numbers.slice(0, 2)).toEqual([lanes, drawn.length]);
    expect(summary).toMatch(/\d (ms|s)/);

    // The drawing is one tab stop; the arrow keys walk its spans and the caption reads each one.
    const bars = ex.locator('figure [data-kind]');
    await expect(ex.locator('figure [data-kind][tabindex="0"]')).toHaveCount(1);
    await bars.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(bars.nth(1)).toBeFocused();
    await expect(ex.locator('figcaption')).toHaveText((await bars.nth(1).getAttribute('aria-label')) ?? 'missing label');
    await page.keyboard.press('End');
    await expect(bars.last()).toBeFocused();
    await expect(ex.locator('figure [data-kind][tabindex="0"]')).toHaveCount(1);

    const table = ex.getByRole('table');
    await expect(table).toBeHidden();
    await ex.getByText(locale.prefix ? 'Show as table' : '以表格查看').click();
    await expect(table).toBeVisible();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers).toEqual(
      locale.prefix
        ? ['Lane', 'Kind', 'Label', 'Start (ms)', 'End (ms)', 'Duration (ms)', 'Of which ready (ms)']
        : ['泳道', '类型', '标签', '开始 (ms)', '结束 (ms)', '时长 (ms)', '其中等待 CPU (ms)'],
    );
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(rows).toHaveLength(drawn.length);
    // Same spans as drawn (the table rounds to 0.1 ms, the drawing's data to 0.001 ms).
    const byStart = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1];
    const fromTable = rows.map((r) => [Number(r[3]), Number(r[4])]).sort(byStart);
    const fromDrawing = drawn.map((s) => [s.start, s.end]).sort(byStart);
    fromTable.forEach(([start, end], i) => {
      expect(Math.abs(start - fromDrawing[i][0])).toBeLessThanOrEqual(0.051);
      expect(Math.abs(end - fromDrawing[i][1])).toBeLessThanOrEqual(0.051);
    });
    for (const r of rows) expect(Number(r[5])).toBeCloseTo(Number(r[4]) - Number(r[3]), 0);
    // The example labels its work "A" and "B": both show in the label column.
    expect(rows.map((r) => r[2])).toEqual(expect.arrayContaining(['A', 'B']));
  });
}

/**
 * Presses Tab until `target` has focus; fails if focus stays put (a trap) or never gets there.
 * Focus may stay put once: on a loaded machine the search box can be swapped for the loaded
 * search just as Tab is pressed. A trap holds focus press after press.
 */
async function tabTo(page: Page, target: Locator, maxPresses = 150) {
  let previous: unknown = null;
  let stayed = 0;
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
    const here = await page.evaluateHandle(() => document.activeElement);
    const stuck = previous !== null && (await page.evaluate(([a, b]) => a === b && a !== document.body, [here, previous]));
    stayed = stuck ? stayed + 1 : 0;
    expect(stayed, `Tab presses up to ${i + 1} left focus where it was`).toBeLessThan(2);
    previous = here;
  }
  throw new Error(`Tab did not reach the target in ${maxPresses} presses`);
}

for (const locale of LOCALES) {
  test(`${locale.prefix || 'zh'}: keyboard only: Tab to Edit, type, leave the editor with Esc then Tab, run with Enter`, async ({page}) => {
    await page.goto(`${locale.prefix}/${EXAMPLE.chapter}`);
    const ex = await readyExample(page, EXAMPLE.id);
    await page.waitForLoadState('networkidle');
    const edit = ex.locator('[data-action="edit"]');
    await tabTo(page, edit);
    await expect(edit).toBeFocused();

    await page.keyboard.press('Enter');
    const editor = ex.locator('.monaco-editor');
    await expect(editor).toBeVisible();
    await expect(editor.locator(':focus')).toHaveCount(1);
    const hint = ex.getByText(locale.prefix ? 'Press Esc then Tab to leave the editor' : '按 Esc 然后 Tab 离开编辑器');
    await expect(hint).toBeVisible();

    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type("console.log('typed at the keyboard');");
    // Tab alone indents: focus stays in the editor.
    await page.keyboard.press('Tab');
    await expect(editor.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');

    await page.keyboard.press('Escape');
    await expect(ex.getByText(locale.prefix ? 'Now press Tab to leave the editor' : '现在按 Tab 离开编辑器')).toBeVisible();
    await page.keyboard.press('Tab');
    const run = ex.getByRole('button', {name: locale.run, exact: true});
    await expect(run).toBeFocused();
    await expect(editor.locator(':focus')).toHaveCount(0);

    await page.keyboard.press('Enter');
    await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done', {timeout: 20_000});
    await expect(ex.getByRole('log')).toContainText('typed at the keyboard');

    // Back into the editor with Shift+Tab, and out backwards the same way.
    await page.keyboard.press('Shift+Tab');
    await expect(editor.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    await expect(editor.locator(':focus')).toHaveCount(0);
    await expect(page.locator('body')).not.toBeFocused();
  });
}

for (const locale of LOCALES) {
  test(`${locale.prefix || 'zh'}: the heading button copies the section's link, which opens at that heading`, async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${locale.prefix}/thread`);
    await readyExample(page, 'editor-one-thread');
    const heading = page.locator('h2#what-threads-share');
    const button = heading.getByRole('button', {name: locale.prefix ? 'Copy link to this section' : '复制本节链接'});
    await expect(button).toHaveCSS('opacity', '0');
    await heading.hover();
    await expect(button).toHaveCSS('opacity', '1');
    await button.click();
    await expect(heading.getByRole('status')).toHaveText(locale.prefix ? 'Copied' : '已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${locale.prefix}/thread#what-threads-share`);

    await page.goto('about:blank');
    await page.goto(copied);
    await expect(page.locator('h2#what-threads-share')).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // Keyboard: the button is a tab stop of its own, next to the heading's # link.
    const other = page.locator('h2#robustness');
    await other.locator('.hash-link').focus();
    await page.keyboard.press('Tab');
    await expect(other.locator('[data-action="copy-section-link"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(other.getByRole('status')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${locale.prefix}/thread#robustness`);

    await page.emulateMedia({media: 'print'});
    await expect(other.locator('[data-action="copy-section-link"]')).toBeHidden();
  });
}

test('the language switch keeps the anchor from English to Chinese too', async ({page}) => {
  await page.goto('/en/thread#what-threads-share');
  await page.locator('.navbar__items--right .dropdown').hover();
  await page.getByRole('link', {name: '中文'}).click();
  await expect(page).toHaveURL(/\/thread#what-threads-share$/);
  expect(new URL(page.url()).pathname).toBe('/thread');
  await expect(page.locator('h2#what-threads-share')).toBeInViewport();
});
