import {expect, test} from '@playwright/test';
import {CHAPTERS, LOCALES, watchPage} from './helpers';

for (const locale of LOCALES) {
  for (const route of ['', ...CHAPTERS.map((c) => `/${c}`)]) {
    const url = `${locale.prefix}${route}` || '/';
    test(`${url} loads with no console errors and no request off localhost`, async ({page}) => {
      const watch = watchPage(page);
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('article')).not.toContainText(':::'); // an admonition that did not parse
      await expect(page.locator('html')).toHaveAttribute('lang', locale.prefix ? 'en' : 'zh-Hans');
      await page.waitForLoadState('networkidle');
      watch.assertClean();
    });
  }
}

test('the sidebar lists the chapters in the order of the source notes', async ({page}) => {
  await page.goto('/process');
  const links = await page.locator('.theme-doc-sidebar-menu a').evaluateAll((as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  // The five chapters in order, after the home page; pages beyond the source notes may follow.
  expect(links.slice(0, 6)).toEqual(['/', ...CHAPTERS.map((c) => `/${c}`)]);
});

test('pages are cross-origin isolated, so shared memory works', async ({page}) => {
  await page.goto('/process');
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
});

for (const [prefix, word, chapter] of [
  ['', '共享内存', '线程'],
  ['/en', 'shared memory', 'Thread'],
]) {
  test(`${prefix || 'zh'}: local search finds "${word}" offline`, async ({page}) => {
    const watch = watchPage(page);
    await page.goto(`${prefix}/`);
    await page.locator('.navbar__search-input').fill(word);
    const results = page.getByRole('listbox').getByRole('option');
    await expect(results.first()).toBeVisible();
    await expect(page.getByRole('listbox')).toContainText(chapter);
    watch.assertClean();
  });
}

test('the language switch keeps the page and the anchor', async ({page}) => {
  await page.goto('/process#own-memory');
  await page.locator('.navbar__items--right .dropdown').hover();
  await page.getByRole('link', {name: 'English'}).click();
  await expect(page).toHaveURL(/\/en\/process#own-memory$/);
  await expect(page.locator('#own-memory')).toBeInViewport();
});

for (const [url, lang, heading] of [
  ['/no-such-page', 'zh-Hans', '找不到页面'],
  ['/en/no-such-page', 'en', 'Page Not Found'],
  ['/en/process/no-such-section', 'en', 'Page Not Found'],
]) {
  test(`${url} is a 404 page in its own language`, async ({page}) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toContainText(heading);
  });
}
