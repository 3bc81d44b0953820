import {expect, test} from '@playwright/test';
import {CHAPTERS, LOCALES} from './helpers';

// A diagram's labels are drawn at least about the size of the text around it (at 1280 px): a
// wide diagram scaled down to the column made them too small to read.
for (const locale of LOCALES) {
  for (const chapter of CHAPTERS) {
    test(`${locale.prefix || 'zh'} /${chapter}: diagram labels are about body-text size`, async ({page}) => {
      await page.setViewportSize({width: 1280, height: 900});
      await page.goto(`${locale.prefix}/${chapter}`);
      const body = await page.locator('article p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      const diagrams = page.locator('[data-diagram]');
      const n = await diagrams.count();
      for (let i = 0; i < n; i++) {
        const d = diagrams.nth(i);
        await d.scrollIntoViewIfNeeded();
        await expect(d).toHaveAttribute('data-diagram', 'rendered');
        await expect(d.locator('svg').first()).toBeVisible();
        // Each label's drawn height, from its box on screen (the SVG's scaling included).
        const sizes = await d.locator('svg').first().evaluate((svg) =>
          [...svg.querySelectorAll('text, foreignObject div, foreignObject span')]
            .filter((el) => (el.textContent ?? '').trim() && !el.querySelector('div, span'))
            .map((el) => {
              const box = (svg as SVGSVGElement).viewBox?.baseVal;
              const scale = svg.getBoundingClientRect().width / (box?.width || svg.getBoundingClientRect().width);
              return {text: (el.textContent ?? '').trim(), px: parseFloat(getComputedStyle(el).fontSize) * scale};
            }),
        );
        expect(sizes.length, `diagram ${i} has labels`).toBeGreaterThan(0);
        const small = sizes.filter((s) => s.px < body * 0.85);
        expect(small, `diagram ${i}: labels smaller than 85 % of the body text (${body} px)`).toEqual([]);
      }
    });
  }
}
