import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Locator, type Page} from '@playwright/test';
import {codeLink, untilQuiet, watchPage} from './helpers';

// The exercises the page checks: the solution, the starting code and a plausible wrong answer are
// loaded into the exercise (through a code link, as a reader's shared link would), Check runs them
// for real in the runner, and the verdict says which property failed, in the page's language.

const root = path.resolve(__dirname, '../..');
const code = (chapter: string, id: string, file: string) =>
  fs.readFileSync(path.join(root, 'docs', chapter, 'exercises', id, file), 'utf8').trimEnd();

const LOCALES = [
  {lang: 'zh', prefix: '', check: '检查', solution: '看答案', pass: '通过！', fail: '没有通过：'},
  {lang: 'en', prefix: '/en', check: 'Check', solution: 'Show a solution', pass: 'Passed!', fail: 'Not yet:'},
] as const;

const EXERCISES = [
  {
    chapter: 'thread',
    id: 'remove-lost-updates',
    start: {property: 'total', text: {zh: '有更新丢失了', en: 'Updates were lost'}},
    wrong: {property: 'total', text: {zh: '有更新丢失了', en: 'Updates were lost'}},
    passed: {zh: '计数器每次都正好是 6,000,000', en: 'the counter read exactly 6,000,000 every time'},
  },
  {
    chapter: 'concurrency-vs-parallelism',
    id: 'use-every-core',
    start: {property: 'workers', text: {zh: '计算全都在一个 Worker', en: 'all the computation ran on one worker'}},
    wrong: {property: 'together', text: {zh: '这些 Worker 从来没有同时运行', en: 'The workers never ran at the same time'}},
    passed: {zh: '几个 Worker 同时在计算', en: 'Several workers computed at the same time'},
  },
  {
    chapter: 'coroutine',
    id: 'overlap-downloads',
    start: {property: 'overlap', text: {zh: '四个下载从来没有同时进行', en: 'The four downloads never ran at the same time'}},
    // Promise.all with an await on every item: still one download at a time.
    wrong: {property: 'overlap', text: {zh: '四个下载从来没有同时进行', en: 'The four downloads never ran at the same time'}},
    passed: {zh: '四个下载在一个 Worker 上同时等待', en: 'The four downloads waited at the same time on one worker'},
  },
  {
    chapter: 'choosing',
    id: 'responsive-coroutines',
    start: {property: 'cpu-on-main', text: {zh: '在 main 上计算了约', en: 'on main. While main computes, none of its coroutines can run'}},
    // The computation moved to a worker, but its result is awaited before the coroutines start.
    wrong: {property: 'during', text: {zh: '协程没有和计算同时进行', en: 'the coroutines did not run beside it'}},
    passed: {zh: '三个协程同时在 main 上等 I/O', en: 'while the three coroutines waited on main'},
  },
  {
    chapter: 'process',
    id: 'round-robin',
    start: {property: 'turns', text: {zh: 'A 连续运行了 5 个时间片', en: 'A ran 5 time slices in a row'}},
    // An unfinished process is not put back into the ready queue.
    wrong: {property: 'slices', text: {zh: 'A 只运行了 1 个时间片，它需要 5 个', en: 'A ran only 1 time slice of the 5 it needs'}},
    passed: {zh: '三个进程轮流运行，每次一个时间片', en: 'The three processes took turns, one time slice each'},
  },
] as const;

const shots = path.join(root, 'test-results', 'exercises');

async function openWith(page: Page, prefix: string, chapter: string, id: string, source: string): Promise<Locator> {
  await page.goto(codeLink(prefix, chapter, `exercise-${id}`, source));
  const ex = page.locator(`[data-exercise="${id}"][data-ready="true"]`);
  await expect(ex).toBeVisible();
  return ex;
}

/** Clicks Check and waits for the verdict; returns its state ("pass" or "fail") and property. */
async function check(ex: Locator, label: string): Promise<{verdict: string | null; property: string | null}> {
  await ex.getByRole('button', {name: label, exact: true}).click();
  const box = ex.locator('[data-verdict]');
  await expect(box).toHaveAttribute('data-verdict', /^(pass|fail)$/, {timeout: 60_000});
  return {verdict: await box.getAttribute('data-verdict'), property: await box.getAttribute('data-property')};
}

test.describe.configure({timeout: 120_000});

for (const loc of LOCALES) {
  for (const exercise of EXERCISES) {
    const file = (kind: string) => code(exercise.chapter, exercise.id, `${kind}.${loc.lang}.ts`);

    test(`${loc.lang} ${exercise.id}: the solution passes, and the solution can be shown only after a Check`, async ({page}) => {
      const watch = watchPage(page);
      const ex = await openWith(page, loc.prefix, exercise.chapter, exercise.id, file('solution'));
      await expect(ex.getByRole('button', {name: loc.solution})).toBeDisabled();
      await expect(ex).toHaveAttribute('data-passed', 'false');
      // A speed-up (or timers on time) needs a quiet machine: up to three Checks while it is busy (as
      // for the examples' speed-ups); what every Check must show (the total, the overlap) still fails at once.
      const result = await untilQuiet(3, () => check(ex, loc.check), (r) => !['speedup', 'speed', 'late'].includes(r.property ?? ''));
      const box = ex.locator('[data-verdict]');
      expect(result, await box.innerText()).toEqual({verdict: 'pass', property: null});
      await expect(box).toContainText(loc.pass);
      await expect(box).toContainText(exercise.passed[loc.lang]);
      await expect(ex).toHaveAttribute('data-passed', 'true');
      await ex.screenshot({path: path.join(shots, `${loc.lang}-${exercise.id}-pass.png`)});

      // After a Check the solution may be shown, and put into the editor.
      await ex.getByRole('button', {name: loc.solution}).click();
      await expect(ex.locator(`[data-solution="${exercise.id}"]`)).toBeVisible();

      // Progress is kept in this browser, per language. (An exercise comes alive when it comes near.)
      await page.goto(`${loc.prefix}/${exercise.chapter}`);
      await page.locator(`[data-exercise="${exercise.id}"]`).scrollIntoViewIfNeeded();
      await expect(page.locator(`[data-exercise="${exercise.id}"][data-ready="true"]`)).toHaveAttribute('data-passed', 'true');
      const other = LOCALES.find((l) => l.lang !== loc.lang)!;
      await page.goto(`${other.prefix}/${exercise.chapter}`);
      await page.locator(`[data-exercise="${exercise.id}"]`).scrollIntoViewIfNeeded();
      await expect(page.locator(`[data-exercise="${exercise.id}"][data-ready="true"]`)).toHaveAttribute('data-passed', 'false');
      watch.assertClean();
    });

    for (const kind of ['start', 'wrong'] as const) {
      test(`${loc.lang} ${exercise.id}: the ${kind} code fails with "${exercise[kind].property}"`, async ({page}) => {
        const watch = watchPage(page);
        const ex = await openWith(page, loc.prefix, exercise.chapter, exercise.id, file(kind));
        const result = await check(ex, loc.check);
        const box = ex.locator('[data-verdict]');
        expect(result, await box.innerText()).toEqual({verdict: 'fail', property: exercise[kind].property});
        await expect(box).toContainText(loc.fail);
        await expect(box.locator('[data-message]')).toContainText(exercise[kind].text[loc.lang]);
        await expect(box.locator('[data-hint]')).not.toBeEmpty();
        await expect(ex).toHaveAttribute('data-passed', 'false');
        await expect(ex.getByRole('button', {name: loc.solution})).toBeEnabled();
        await ex.screenshot({path: path.join(shots, `${loc.lang}-${exercise.id}-${kind}.png`)});
        watch.assertClean();
      });
    }
  }
}

for (const loc of LOCALES) {
  test(`${loc.lang} /examples lists the exercises with links to them`, async ({page}) => {
    await page.goto(`${loc.prefix}/examples`);
    for (const exercise of EXERCISES) {
      const link = page.locator(`[data-chapter="${exercise.chapter}"] [data-exercise-row="${exercise.id}"]`);
      await expect(link).toHaveAttribute('href', `${loc.prefix}/${exercise.chapter}#exercise-${exercise.id}`);
    }
  });
}
