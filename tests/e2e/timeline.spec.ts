import {expect, test} from '@playwright/test';
import {LOCALES, readyExample, runAndWait} from './helpers';

const ID = 'one-after-another';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (a: Box, b: Box) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;

for (const [device, viewport] of [
  ['desktop', {width: 1280, height: 900}],
  ['phone', {width: 390, height: 844}],
] as const) {
  for (const locale of LOCALES) {
    test(`${locale.prefix || 'zh'} ${device}: every label on the timeline can be read, none cut off or run into another`, async ({page}) => {
      await page.setViewportSize(viewport);
      await page.goto(`${locale.prefix}/process#${ID}`);
      const ex = await readyExample(page, ID);
      await runAndWait(ex, locale.run);
      const figure = ex.locator('figure');
      // Each worker's start-up is drawn at the head of its own lane; no lane holds only that.
      await expect(figure.locator('[data-lane="main"] [data-kind="setup"]').first()).toBeAttached();
      await expect(figure.locator('[data-lane="page"]')).toHaveCount(0);

      const drawn = await figure.evaluate((fig) => {
        const box = (el: Element) => {
          const {left, right, top, bottom} = el.getBoundingClientRect();
          return {left, right, top, bottom};
        };
        const spans = [...fig.querySelectorAll('[data-lane] [data-kind]')].map((bar) => {
          const label = bar.querySelector('span');
          return {title: bar.getAttribute('title') ?? '', bar: box(bar), label: label ? {text: label.textContent ?? '', box: box(label)} : null};
        });
        const laneNames = [...fig.querySelectorAll('[data-lane] > :first-child')].map(box);
        const ticks = [...fig.querySelectorAll('[data-lane] ~ [aria-hidden="true"] span')].filter((el) => el.getClientRects().length > 0).map(box);
        return {spans, laneNames, ticks, figure: box(fig)};
      });

      const labelled = drawn.spans.filter((s) => s.label);
      // The CPU bars have their labels ("A", "B").
      expect(labelled.length).toBeGreaterThanOrEqual(2);
      const shown = labelled.filter((s) => overlap(s.label!.box, s.bar));
      for (const s of labelled) {
        // Whole inside its bar, or not in the bar at all (hidden): never a cut-off "start ma".
        if (overlap(s.label!.box, s.bar)) expect(inside(s.label!.box, s.bar), `label "${s.label!.text}" is cut off`).toBe(true);
        // Hidden or not, the full label is in the bar's tooltip (and its accessible name).
        expect(s.title).toContain(s.label!.text);
      }
      expect(shown.map((s) => s.label!.text)).toEqual(expect.arrayContaining(['A', 'B']));
      // No shown label runs into a lane's name or another label.
      for (const [i, s] of shown.entries()) {
        for (const name of drawn.laneNames) expect(overlap(s.label!.box, name)).toBe(false);
        for (const other of shown.slice(i + 1)) expect(overlap(s.label!.box, other.label!.box)).toBe(false);
      }
      // The time labels under the lanes do not run into each other or out of the figure.
      expect(drawn.ticks.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < drawn.ticks.length; i++) expect(drawn.ticks[i].left).toBeGreaterThanOrEqual(drawn.ticks[i - 1].right);
      for (const tick of drawn.ticks) expect(inside(tick, {...drawn.figure, top: tick.top, bottom: tick.bottom})).toBe(true);

      // A label the bar hides is still in the table.
      await ex.locator('[data-timeline-table] > summary').click();
      const table = ex.locator('[data-timeline-table] table');
      for (const s of labelled) await expect(table).toContainText(s.label!.text);
    });
  }
}
