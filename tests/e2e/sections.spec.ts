import {expect, test, type Page} from '@playwright/test';
import {CHAPTERS, LOCALES, readyExample, watchPage} from './helpers';

// Issue 16: a chapter's `##` parts far from the viewport skip style and layout at load
// (content-visibility), their heights estimated until drawn. A reader must not notice: a link to
// a heading lands on it, the text around stays still while parts are drawn, and every part is
// drawn once the browser is idle.

/** Where `id`'s heading is from the top of the viewport, and where a jump to it should put it. */
const place = (page: Page, id: string) =>
  page.locator(`[id="${id}"]`).evaluate((el) => ({top: Math.round(el.getBoundingClientRect().top), aim: Math.round(parseFloat(getComputedStyle(el).scrollMarginTop))}));

/** A phone too busy to be idle: no part is drawn by the idle pass, only those the reader nears. */
const neverIdle = (page: Page) => page.addInitScript(() => Object.assign(window, {requestIdleCallback: () => 0}));

for (const locale of LOCALES) {
  const where = locale.prefix || 'zh';

  test(`${where}: every chapter's ## heading opens a part of its own, and every part is drawn once the page is idle`, async ({page}) => {
    const watch = watchPage(page);
    for (const chapter of CHAPTERS) {
      await page.goto(`${locale.prefix}/${chapter}`);
      const parts = await page.locator('.markdown h2').evaluateAll((hs) =>
        hs.map((h) => (h.parentElement?.matches('.markdown > .lab-section') && h.parentElement.firstElementChild === h ? 'first' : `${h.id}: ${h.parentElement?.className}`)),
      );
      expect(parts.length, chapter).toBeGreaterThan(2);
      expect(parts.filter((p) => p !== 'first'), chapter).toEqual([]);
      // At load, the last part (far below) waits to be drawn; a few idle moments later all are.
      await expect(page.locator('.markdown > .lab-section:not([data-drawn])')).toHaveCount(0, {timeout: 15_000});
    }
    watch.assertClean();
  });

  test(`${where}: a link to a heading lands on it, though the parts before it were never drawn`, async ({page}) => {
    await neverIdle(page);
    await page.setViewportSize({width: 1280, height: 850});
    await page.goto(`${locale.prefix}/thread`);
    await readyExample(page, 'editor-one-thread');
    expect(await page.locator('.markdown > .lab-section:not([data-drawn])').count()).toBeGreaterThan(4);
    for (const id of ['what-threads-share', 'waiting-for-each-other', 'exercises']) {
      await page.locator(`.table-of-contents a[href="#${id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      await page.waitForTimeout(300); // parts near the target are drawn in the frames after the jump
      const {top, aim} = await place(page, id);
      expect(Math.abs(top - aim), `${id} at ${top}, not ${aim}`).toBeLessThanOrEqual(1);
    }
  });

  test(`${where}: a page opened at a heading stays on it while the parts above are drawn`, async ({page}) => {
    const watch = watchPage(page);
    await page.setViewportSize({width: 1280, height: 850});
    await page.goto(`${locale.prefix}/thread#what-threads-share`);
    await expect(page.locator('.markdown > .lab-section:not([data-drawn])')).toHaveCount(0, {timeout: 15_000});
    const {top, aim} = await place(page, 'what-threads-share');
    expect(Math.abs(top - aim), `at ${top}, not ${aim}`).toBeLessThanOrEqual(1);
    watch.assertClean();
  });

  test(`${where}: a link whose #anchor is not valid percent-encoding opens the chapter as usual`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${locale.prefix}/thread#%E0%A4%A`);
    const ex = await readyExample(page, 'editor-one-thread');
    await expect(ex.getByRole('button', {name: locale.run, exact: true})).toBeEnabled();
    watch.assertClean();
  });
}
