import {expect, test} from '@playwright/test';
import {codeLink, outputLines, readyExample, runAndWait, status} from './helpers';
import {expectAlive, LONG_TASK_MS, longestTaskSince, recordLongTasks} from './long-tasks';

const HOST = 'one-after-another';

test.beforeEach(async ({context}) => recordLongTasks(context));

test('a run waits for work scheduled with postTask, scheduler.yield, Atomics.waitAsync, requestAnimationFrame and fetch', async ({page}) => {
  const code = [
    'const s = (self as any).scheduler;',
    "s.postTask(() => console.log('postTask'), {delay: 300});",
    "s.yield().then(() => console.log('yield'));",
    'const ia = new Int32Array(new SharedArrayBuffer(4));',
    "(Atomics as any).waitAsync(ia, 0, 0, 400).value.then(() => console.log('waitAsync'));",
    "requestAnimationFrame(() => console.log('frame'));",
    "fetch('/').then((r) => console.log('fetch', r.ok));",
    "console.log('top');",
  ].join('\n');
  await page.goto(codeLink('/en', 'process', HOST, code));
  const ex = await readyExample(page, HOST);
  const since = await page.evaluate(() => performance.now());
  const lines = await runAndWait(ex, 'Run');
  expect(await status(ex)).toBe('done');
  expect([...lines].sort()).toEqual(['fetch true', 'frame', 'postTask', 'top', 'waitAsync', 'yield']);
  await expectAlive(page);
  expect(await longestTaskSince(page, since)).toBeLessThan(LONG_TASK_MS);
});

test('a click on Run from first paint to hydration runs the code of the link, or is refused visibly; never lost', async ({context}) => {
  const code = "console.log('from the link');\n";
  for (const delay of [0, 30, 100, 250, 600, 1200]) {
    const page = await context.newPage();
    // A reader's click, `delay` ms after the Run button first appears in the document.
    await page.addInitScript((ms) => {
      const selector = '[data-example="one-after-another"] button[data-action="run"]';
      const seen = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        seen.disconnect();
        setTimeout(() => {
          const b = document.querySelector<HTMLButtonElement>(selector)!;
          (window as unknown as {__early: unknown}).__early = {disabled: b.disabled};
          b.click();
        }, ms);
      });
      seen.observe(document, {childList: true, subtree: true});
    }, delay);
    await page.goto(codeLink('/en', 'process', HOST, code));
    await page.waitForFunction(() => (window as unknown as {__early?: unknown}).__early !== undefined);
    const {disabled} = await page.evaluate(() => (window as unknown as {__early: {disabled: boolean}}).__early);
    const ex = page.locator(`[data-example="${HOST}"]`);
    const why = `clicked ${delay} ms after the button appeared (${disabled ? 'disabled' : 'enabled'})`;
    console.log(why);
    if (disabled) {
      // Refused visibly: nothing ran, and Run works as soon as it is enabled.
      await expect(ex.locator('[data-status]'), why).toHaveCount(0);
      await ex.getByRole('button', {name: 'Run', exact: true}).click();
    }
    await expect(ex.locator('[data-status]'), why).toHaveAttribute('data-status', 'done');
    expect(await outputLines(ex), why).toEqual(['from the link']);
    await page.close();
  }
});
