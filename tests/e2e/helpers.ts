import {expect, type Locator, type Page} from '@playwright/test';
import {compressToEncodedURIComponent} from 'lz-string';
import chapters from '../../src/chapters.json';

export const CHAPTERS: string[] = chapters.lessons;
export const LOCALES = [
  {prefix: '', run: '运行', stop: '停止', reset: '重置', copyLink: '复制链接'},
  {prefix: '/en', run: 'Run', stop: 'Stop', reset: 'Reset', copyLink: 'Copy link'},
];

/** Fails the test on console errors, page errors and any request that leaves localhost. */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    const local = ['localhost', '127.0.0.1'].includes(url.hostname);
    if (!local && !['blob:', 'data:'].includes(url.protocol)) problems.push(`request left localhost: ${req.url()}`);
  });
  return {
    assertClean() {
      expect(problems, problems.join('\n')).toEqual([]);
    },
  };
}

export function example(page: Page, id: string): Locator {
  return page.locator(`[data-example="${id}"]`);
}

/** The example once React has taken over the server-rendered HTML (clicks before that are lost). */
export async function readyExample(page: Page, id: string): Promise<Locator> {
  const ex = page.locator(`[data-example="${id}"][data-ready="true"]`);
  await expect(ex).toBeVisible();
  return ex;
}

/** A link that opens `chapter` with `code` loaded into example `id`. */
export function codeLink(prefix: string, chapter: string, id: string, code: string): string {
  return `${prefix}/${chapter}#${id}/code/${compressToEncodedURIComponent(code)}`;
}

/** Clicks Run and waits until the run is over; returns the printed text lines. */
export async function runAndWait(ex: Locator, runLabel: string, timeout = 20_000): Promise<string[]> {
  await ex.getByRole('button', {name: runLabel, exact: true}).click();
  try {
    await expect(ex.locator('[data-status]')).not.toHaveAttribute('data-status', /starting|running/, {timeout});
  } catch (err) {
    // Say what the reader would have seen, so a failure far away (in CI) can be told apart.
    const seen = await ex.evaluate((el) => ({
      status: el.querySelector('[data-status]')?.getAttribute('data-status'),
      text: (el.querySelector('[data-status]')?.textContent ?? '').slice(0, 200),
      output: (el.querySelector('[role="log"]')?.textContent ?? '').slice(-300),
      runners: [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-lab-runner]')].map((f) => f.src),
    })).catch(() => null);
    throw new Error(`The run did not end within ${timeout} ms; the example showed ${JSON.stringify(seen)}`, {cause: err});
  }
  return outputLines(ex);
}

export async function outputLines(ex: Locator): Promise<string[]> {
  return ex.locator('[role="log"] [data-level] > span:last-child').allInnerTexts();
}

export async function status(ex: Locator): Promise<string | null> {
  return ex.locator('[data-status]').getAttribute('data-status');
}

export interface DrawnSpan {
  lane: string;
  kind: string;
  start: number;
  end: number;
}

/** The spans the timeline drew, read back from the DOM (with the title a reader sees in the tooltip). */
export function timelineSpans(ex: Locator): Promise<(DrawnSpan & {title: string})[]> {
  return labelledSpans(ex);
}

/** The drawn spans with their titles (the label and times a reader sees in the tooltip). */
export async function labelledSpans(ex: Locator): Promise<(DrawnSpan & {title: string})[]> {
  return ex.locator('figure [data-lane]').evaluateAll((rows) =>
    rows.flatMap((row) =>
      [...row.querySelectorAll('[data-kind]')].map((el) => ({
        lane: row.getAttribute('data-lane') ?? '',
        kind: el.getAttribute('data-kind') ?? '',
        start: Number(el.getAttribute('data-start')),
        end: Number(el.getAttribute('data-end')),
        title: el.getAttribute('title') ?? '',
      })),
    ),
  );
}

/** The number in the first printed line matching `pattern` (its first group); fails if none does. */
export function numberIn(lines: string[], pattern: RegExp): number {
  const line = lines.find((l) => pattern.test(l));
  expect(line, `a line matching ${pattern}\n${lines.join('\n')}`).toBeDefined();
  return Number(pattern.exec(line!)![1]);
}

/**
 * A figure that needs a quiet machine (a speed-up, a short total, a short pause) gets up to
 * `tries` runs: returns the first run for which `quiet` holds, or else the last one. The caller
 * asserts on the run that comes back, so what must hold every time (the output, the order) is
 * still checked, and a figure that can never be reached (parallelism on one core) still fails.
 */
export async function untilQuiet<T>(tries: number, attempt: () => Promise<T>, quiet: (result: T) => boolean | Promise<boolean>): Promise<T> {
  let last!: T;
  for (let i = 0; i < tries; i++) {
    last = await attempt();
    if (await quiet(last)) return last;
  }
  return last;
}
