import fs from 'node:fs';
import path from 'node:path';
import {expect, type BrowserContext, type Page} from '@playwright/test';

/** The bound on any main-thread task of the lesson page that reader code or a link causes. */
export const LONG_TASK_MS = 200;

type Entries = Array<{start: number; duration: number}>;

/** Records every long task of every page of `context` (PerformanceObserver 'longtask'). */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as {__longTasks: Entries};
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({start: e.startTime, duration: e.duration});
    }).observe({type: 'longtask', buffered: true});
  });
}

/** The longest task of the page that ended after `since` (ms, the page's performance.now()). */
export async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (t) => Math.max(0, ...(window as unknown as {__longTasks: Entries}).__longTasks.filter((e) => e.start + e.duration > t).map((e) => e.duration)),
    since,
  );
}

/** The page answers within a second (it did not crash or freeze). */
export async function expectAlive(page: Page): Promise<void> {
  const t0 = Date.now();
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  expect(Date.now() - t0).toBeLessThan(1000);
}

const FIGURES = path.join(__dirname, '../../test-results/long-tasks.json');

/** Keeps a measured longest task for `npm run bench` (scripts/bench/long-tasks.mjs), by test name. */
export function keepFigure(name: string, longestMs: number): void {
  let figures: Record<string, number> = {};
  try {
    figures = JSON.parse(fs.readFileSync(FIGURES, 'utf8'));
  } catch {
    // none kept yet
  }
  figures[name] = Math.round(longestMs);
  fs.mkdirSync(path.dirname(FIGURES), {recursive: true});
  fs.writeFileSync(FIGURES, `${JSON.stringify(figures, null, 2)}\n`);
}
