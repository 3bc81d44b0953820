import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {expect, test, type FrameLocator, type Page} from '@playwright/test';
import {CHAPTERS, LOCALES, codeLink, readyExample, runAndWait, watchPage} from './helpers';

// A teacher's course page on another origin (127.0.0.1 vs the site's localhost) that pastes
// our <iframe>. `?html=` is the pasted HTML; `&isolated=1` makes the host page itself
// cross-origin isolated.
let host: http.Server;
let hostOrigin = '';

test.beforeAll(async () => {
  host = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const isolated = url.searchParams.get('isolated') === '1';
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(isolated ? {'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp'} : {}),
    });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lecture 3</title></head>
<body style="margin:0;padding:16px;font-family:sans-serif"><h1>Lecture 3: processes</h1>${url.searchParams.get('html') ?? ''}</body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const EMBED = [
  {...LOCALES[0], embed: '嵌入', copied: '已复制嵌入代码', runInFull: '在完整章节中运行它', notFound: '找不到页面'},
  {...LOCALES[1], embed: 'Embed', copied: 'Embed code copied', runInFull: 'Run it in the full chapter', notFound: 'Page Not Found'},
];

/** Opens the host page with `html` pasted in; returns the iframe's content. */
async function openHost(page: Page, html: string, isolated = false): Promise<FrameLocator> {
  await page.goto(`${hostOrigin}/?${isolated ? 'isolated=1&' : ''}html=${encodeURIComponent(html)}`);
  return page.frameLocator('iframe');
}

const iframe = (src: string) => `<iframe src="${src}" title="example" width="100%" height="700" allow="cross-origin-isolated"></iframe>`;

async function frameExample(frame: FrameLocator, id: string) {
  const ex = frame.locator(`[data-example="${id}"][data-ready="true"]`);
  await expect(ex).toBeVisible();
  return ex;
}

/**
 * The attributes of the one <iframe> in `html`, read by the browser's own parser. The snippet is
 * that iframe and, right after it, the script that fits its height to the example.
 */
function iframeAttributes(page: Page, html: string): Promise<Record<string, string>> {
  return page.evaluate((snippet) => {
    const template = document.createElement('template');
    template.innerHTML = snippet;
    const nodes = [...template.content.childNodes];
    if (nodes.length !== 2 || !(nodes[0] instanceof HTMLIFrameElement) || !(nodes[1] instanceof HTMLScriptElement)) {
      throw new Error(`not one iframe and its script: ${snippet}`);
    }
    return Object.fromEntries([...nodes[0].attributes].map((a) => [a.name, a.value]));
  }, html);
}

for (const locale of EMBED) {
  const name = locale.prefix ? 'en' : 'zh';

  test(`${name}: an embed page runs its example inside an iframe on another origin`, async ({page, baseURL}) => {
    const watch = watchPage(page);
    const frame = await openHost(page, iframe(`${baseURL}${locale.prefix}/embed/process/messages-are-copies`));
    const ex = await frameExample(frame, 'messages-are-copies');
    expect(await runAndWait(ex, locale.run)).toEqual(
      locale.prefix
        ? ['child returned: milk, eggs', 'main still has: milk', 'same object? false']
        : ['子 Worker 送回：牛奶、鸡蛋', '主 Worker 手里仍是：牛奶', '是同一个对象吗？false'],
    );
    await expect(ex.locator('figure [data-lane]').first()).toBeVisible();
    // Just the example: no navbar, sidebar or footer; a link back to its section, out of the frame.
    await expect(frame.locator('.navbar, .theme-doc-sidebar-container, .footer')).toHaveCount(0);
    const back = frame.locator('[data-action="open-section"]');
    await expect(back).toHaveAttribute('href', `${locale.prefix}/process#in-the-browser`);
    await expect(back).toHaveAttribute('target', '_blank');
    await expect(frame.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(frame.locator('html')).toHaveAttribute('lang', locale.prefix ? 'en' : 'zh-Hans');
    watch.assertClean();
  });

  test(`${name}: the Embed button copies an iframe that opens the same example`, async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
    await page.goto(`${locale.prefix}/process`);
    const ex = await readyExample(page, 'own-memory');
    await ex.getByRole('button', {name: locale.embed, exact: true}).click();
    await expect(ex.getByRole('status').filter({hasText: locale.copied})).toBeVisible();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const attrs = await iframeAttributes(page, snippet);
    expect(attrs.src).toBe(`${baseURL}${locale.prefix}/embed/process/own-memory`);
    expect(attrs.title).toContain('own-memory');
    expect(attrs).toMatchObject({loading: 'lazy', allow: 'cross-origin-isolated', width: '100%'});
    expect(Number(attrs.height)).toBeGreaterThan(300);

    const frame = await openHost(page, snippet);
    const embedded = await frameExample(frame, 'own-memory');
    expect((await runAndWait(embedded, locale.run)).slice(0, 2)).toEqual(
      locale.prefix ? ['main: score = 100', 'child: score before = undefined'] : ['主 Worker：score = 100', '子 Worker：修改前 score = undefined'],
    );
  });
}

for (const locale of EMBED) {
  test(`${locale.prefix ? 'en' : 'zh'}: pasted with its script, the copied iframe grows with the output after Run; without it, it keeps its height`, async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
    await page.goto(`${locale.prefix}/process`);
    const ex = await readyExample(page, 'one-after-another');
    await ex.getByRole('button', {name: locale.embed, exact: true}).click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const {height} = await iframeAttributes(page, snippet);
    const frameHeight = () => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
    /** How far the embed's own document scrolls inside the frame (0: all of it is shown). */
    const scrollsInside = () =>
      page.frames()[1].evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);

    // With the script, as copied: the frame fits the example before a run and grows after it.
    let frame = await openHost(page, snippet);
    let embedded = await frameExample(frame, 'one-after-another');
    await expect.poll(scrollsInside).toBeLessThanOrEqual(1);
    const before = await frameHeight();
    await runAndWait(embedded, locale.run);
    await expect(embedded.locator('figure [data-lane="main"]')).toBeVisible();
    await expect.poll(frameHeight).toBeGreaterThan(before + 100);
    await expect.poll(scrollsInside).toBeLessThanOrEqual(1);

    // The iframe alone (a host that strips scripts): the fixed height it was copied with.
    frame = await openHost(page, snippet.slice(0, snippet.indexOf('<script')));
    embedded = await frameExample(frame, 'one-after-another');
    await runAndWait(embedded, locale.run);
    await expect(embedded.locator('figure [data-lane="main"]')).toBeVisible();
    expect(await page.locator('iframe').getAttribute('height')).toBe(height);
    expect(Math.round(await frameHeight())).toBe(Number(height) + 2); // its 1px border, top and bottom
  });
}

test('edited code travels in the copied iframe and is shown, not run, until Run', async ({page, context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
  const code = "// a teacher's variant\nconsole.log('variant', 1 + 1);";
  await page.goto(codeLink('', 'process', 'messages-are-copies', code));
  const ex = await readyExample(page, 'messages-are-copies');
  await ex.getByRole('button', {name: '嵌入', exact: true}).click();
  const {src} = await iframeAttributes(page, await page.evaluate(() => navigator.clipboard.readText()));
  expect(src).toMatch(new RegExp(`^${baseURL}/embed/process/messages-are-copies#messages-are-copies/code/`));

  const frame = await openHost(page, iframe(src));
  const embedded = await frameExample(frame, 'messages-are-copies');
  await expect(embedded.locator('[data-notice="from-link"]')).toBeVisible();
  await expect(embedded.locator('pre')).toContainText("console.log('variant', 1 + 1);");
  await expect(embedded.locator('[role="log"]')).toHaveCount(0);
  expect(await runAndWait(embedded, '运行')).toEqual(['variant 2']);
});

test('in a host page that is not isolated, a shared-memory example explains why and links to the full page, where it runs', async ({page, context, baseURL}) => {
  const frame = await openHost(page, iframe(`${baseURL}/en/embed/thread/shared-or-copied`));
  const ex = await frameExample(frame, 'shared-or-copied');
  expect(await page.frames()[1].evaluate(() => window.crossOriginIsolated)).toBe(false);
  const note = ex.getByRole('note');
  await expect(note).toContainText('This embed is not cross-origin isolated');
  const [full] = await Promise.all([context.waitForEvent('page'), note.getByRole('link', {name: EMBED[1].runInFull}).click()]);
  await expect(full).toHaveURL(`${baseURL}/en/thread#shared-or-copied`);
  expect(await full.evaluate(() => window.crossOriginIsolated)).toBe(true);
  const there = await readyExample(full, 'shared-or-copied');
  expect(await runAndWait(there, 'Run')).toEqual(['ordinary array, as main sees it: 0', 'shared array, as main sees it:   42']);
});

test('in a cross-origin isolated host page, the embed is isolated too and shared memory runs', async ({page, baseURL}) => {
  const watch = watchPage(page);
  const frame = await openHost(page, iframe(`${baseURL}/embed/thread/shared-or-copied`), true);
  const ex = await frameExample(frame, 'shared-or-copied');
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  expect(await page.frames()[1].evaluate(() => window.crossOriginIsolated)).toBe(true);
  await expect(ex.getByRole('note')).toHaveCount(0);
  expect(await runAndWait(ex, '运行')).toEqual(['普通数组，在主 Worker 看来：0', '共享数组，在主 Worker 看来：42']);
  watch.assertClean();
});

/** Every example in the chapters, read from the MDX and the docs folders (not from the site's own registry). */
function examplesInDocs(lang: 'zh' | 'en') {
  const root = path.resolve(__dirname, '../..');
  const ids = CHAPTERS.flatMap((chapter) => {
    const mdx = fs.readFileSync(path.join(root, 'docs', chapter, 'index.mdx'), 'utf8');
    return [...mdx.matchAll(/<Example\b[^>]*\bid="([^"]+)"/g)].map((m) => ({chapter, id: m[1]}));
  });
  const files = CHAPTERS.flatMap((chapter) => {
    const dir = path.join(root, 'docs', chapter, 'examples');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(`.${lang}.ts`)).map((f) => `docs/${chapter}/examples/${f}`) : [];
  });
  return {ids, files};
}

for (const locale of EMBED) {
  const name = locale.prefix ? 'en' : 'zh';

  test(`${name}: the examples page lists every example with links that resolve`, async ({page, request}) => {
    const watch = watchPage(page);
    const {ids, files} = examplesInDocs(name);
    await page.goto(`${locale.prefix}/process`);
    await page.locator('.navbar').getByRole('link', {name: locale.prefix ? 'All examples' : '示例一览'}).click();
    await expect(page).toHaveURL(new RegExp(`${locale.prefix}/examples$`));

    const rows = page.locator('[data-example-row]');
    await expect(rows).toHaveCount(ids.length);
    const listed = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-example-row') ?? '',
        chapter: tr.closest('[data-chapter]')?.getAttribute('data-chapter') ?? '',
        file: tr.querySelector('td:nth-child(2) div')?.textContent ?? '',
        hrefs: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      })),
    );
    expect(listed.map(({chapter, id}) => ({chapter, id}))).toEqual(ids);
    expect(listed.map((r) => r.file).sort()).toEqual(files.sort());

    for (const row of listed) {
      const [section, example, embed] = row.hrefs;
      expect(section).toMatch(new RegExp(`^${locale.prefix}/${row.chapter}#[\\w-]+$`));
      expect(example).toBe(`${locale.prefix}/${row.chapter}#${row.id}`);
      expect(embed).toBe(`${locale.prefix}/embed/${row.chapter}/${row.id}`);
      expect((await request.get(embed)).status()).toBe(200);
    }
    // Each anchor exists in its chapter.
    for (const chapter of new Set(listed.map((r) => r.chapter))) {
      await page.goto(`${locale.prefix}/${chapter}`);
      for (const row of listed.filter((r) => r.chapter === chapter)) {
        for (const href of row.hrefs.slice(0, 2)) await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toHaveCount(1);
      }
    }
    watch.assertClean();
  });
}

test('the examples page copies an embed URL and an iframe with the real origin', async ({page, context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
  await page.goto('/en/examples');
  const row = page.locator('[data-example-row="race-lock"]');
  await row.getByRole('button', {name: 'Copy URL'}).click();
  await expect(row.getByRole('status')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/embed/thread/race-lock`);
  await row.getByRole('button', {name: 'Copy iframe'}).click();
  const attrs = await iframeAttributes(page, await page.evaluate(() => navigator.clipboard.readText()));
  expect(attrs).toMatchObject({src: `${baseURL}/en/embed/thread/race-lock`, allow: 'cross-origin-isolated', loading: 'lazy'});
  await row.locator('[data-action="open-embed"]').click();
  await readyExample(page, 'race-lock');
  await expect(page.locator('.navbar')).toHaveCount(0);
});

for (const url of ['/embed/process/no-such-example', '/en/embed/no-such-chapter/own-memory', '/embed/process']) {
  test(`${url} is the site's 404, in its language`, async ({page}) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText(EMBED[url.startsWith('/en/') ? 1 : 0].notFound);
    await expect(page.locator('.navbar')).toBeVisible();
  });
}

// Exercises embed like examples: the task, the code and Check, in the frame; an edited attempt
// rides in the copied iframe's hash and is shown, never run or checked until clicked.
const EXERCISE_EMBED = [
  {...EMBED[0], check: '检查', task: '用上每一个核心。', fail: '没有通过：', start: '计算全都在一个 Worker', section: '练习'},
  {...EMBED[1], check: 'Check', task: 'Use every core.', fail: 'Not yet:', start: 'all the computation ran on one worker', section: 'Exercises'},
];

for (const locale of EXERCISE_EMBED) {
  const name = locale.prefix ? 'en' : 'zh';

  test(`${name}: an exercise's Embed button copies an iframe with its task and its Check; an edit rides along, unchecked`, async ({page, context, baseURL}) => {
    const watch = watchPage(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
    const lang = locale.prefix ? 'en' : 'zh';
    const start = fs.readFileSync(`docs/concurrency-vs-parallelism/exercises/use-every-core/start.${lang}.ts`, 'utf8').trimEnd();
    // A reader's attempt: the starting code with a line of their own.
    const attempt = `${start}\nconsole.log('attempt 1');`;
    await page.goto(codeLink(locale.prefix, 'concurrency-vs-parallelism', 'exercise-use-every-core', attempt));
    const ex = page.locator('[data-exercise="use-every-core"][data-ready="true"]');
    await expect(ex).toBeVisible();
    await ex.getByRole('button', {name: locale.embed, exact: true}).click();
    await expect(ex.getByRole('status').filter({hasText: locale.copied})).toBeVisible();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const attrs = await iframeAttributes(page, snippet);
    expect(attrs.src).toMatch(new RegExp(`^${baseURL}${locale.prefix}/embed/concurrency-vs-parallelism/exercise-use-every-core#exercise-use-every-core/code/`));

    const frame = await openHost(page, snippet);
    const embedded = frame.locator('[data-exercise="use-every-core"][data-ready="true"]');
    await expect(embedded).toBeVisible();
    await expect(embedded).toContainText(locale.task);
    await expect(embedded.locator('pre').first()).toContainText("console.log('attempt 1');");
    // Shown, not run: no verdict, no output until the reader clicks.
    await expect(embedded.locator('[data-verdict]')).toBeHidden();
    await expect(embedded.locator('[role="log"]')).toHaveCount(0);
    const back = frame.locator('[data-action="open-section"]');
    await expect(back).toHaveAttribute('href', `${locale.prefix}/concurrency-vs-parallelism#exercises`);
    await expect(back).toContainText(locale.section);

    // Check runs it for real inside the frame: one worker does it all, and the verdict says so.
    await embedded.getByRole('button', {name: locale.check, exact: true}).click();
    const box = embedded.locator('[data-verdict]');
    await expect(box).toHaveAttribute('data-verdict', 'fail', {timeout: 60_000});
    await expect(box).toHaveAttribute('data-property', 'workers');
    await expect(box).toContainText(locale.fail);
    await expect(box).toContainText(locale.start);
    watch.assertClean();
  });
}

test('/examples lists each exercise with its embed page, which opens on its own', async ({page}) => {
  await page.goto('/en/examples');
  const row = page.locator('[data-chapter="thread"] tr[data-exercise="remove-lost-updates"]');
  await expect(row.locator('[data-action="open-embed"]')).toHaveAttribute('href', '/en/embed/thread/exercise-remove-lost-updates');
  await row.locator('[data-action="open-embed"]').click();
  const ex = page.locator('[data-exercise="remove-lost-updates"][data-ready="true"]');
  await expect(ex).toBeVisible();
  await expect(ex).toContainText('Remove the lost updates.');
  await expect(page.locator('nav.navbar')).toHaveCount(0);
});
