import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {AddressInfo} from 'node:net';
import {expect, test, type BrowserContext, type Page} from '@playwright/test';
import handler from 'serve-handler';
import {codeLink, readyExample, runAndWait, watchPage} from './helpers';

// After one visit the whole site (both languages, the editor, the runtime, search) works with
// the network off, served from the service worker's precache. The same worker adds the
// isolation headers, so a host that sends none still gets SharedArrayBuffer after one reload.
test.use({serviceWorkers: 'allow'});
test.describe.configure({timeout: 180_000});

interface OfflineState {
  controlled: boolean;
  scopes: string[];
  allActive: boolean;
}

/** Which workers are registered, and whether every one has finished precaching (is active). */
function offlineState(page: Page): Promise<OfflineState> {
  return page.evaluate(async () => {
    const registrations = await navigator.serviceWorker.getRegistrations();
    return {
      controlled: navigator.serviceWorker.controller !== null,
      scopes: registrations.map((r) => new URL(r.scope).pathname).sort(),
      allActive: registrations.every((r) => r.active?.state === 'activated' && !r.installing && !r.waiting),
    };
  });
}

/** Waits until this page is controlled and both languages' workers have precached the site. */
async function waitUntilAvailableOffline(page: Page) {
  await expect
    .poll(() => offlineState(page).catch(() => null), {timeout: 120_000, intervals: [250]})
    .toEqual({controlled: true, scopes: ['/', '/en/'], allActive: true});
}

const BUILD = path.resolve(__dirname, '../../build');

const isolated = (page: Page) => page.evaluate(() => window.crossOriginIsolated);

/** scripts/serve.mjs's server for build/ (an ES module: loaded as one, not through the test transpiler). */
async function siteServer(isolatedHeaders: boolean): Promise<http.Server> {
  const {createServer} = await import(pathToFileURL(path.resolve(__dirname, '../../scripts/serve.mjs')).href);
  return createServer(BUILD, {isolated: isolatedHeaders});
}

/**
 * The built site on its own server, so the test can take the network away for real: it closes
 * the server (`setOffline` need not reach a service worker's own requests) and empties the HTTP
 * cache, so whatever still loads came from the service worker's cache.
 */
async function startServer(isolatedHeaders: boolean) {
  const server = await siteServer(isolatedHeaders);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://localhost:${(server.address() as AddressInfo).port}`,
    async goOffline(context: BrowserContext, page: Page) {
      await context.setOffline(true);
      await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

test('served with headers: after one visit, both languages, examples, shared memory, the editor and search work offline', async ({
  page,
  context,
}) => {
  const {base, goOffline} = await startServer(true);
  const watch = watchPage(page);
  await page.goto(`${base}/process`);
  await waitUntilAvailableOffline(page);
  await goOffline(context, page);

  // A page not visited before, from the cache, still cross-origin isolated.
  const response = await page.goto(`${base}/thread`);
  expect(response?.status()).toBe(200);
  expect(response?.fromServiceWorker()).toBe(true);
  expect(await isolated(page)).toBe(true);
  const copied = await readyExample(page, 'shared-or-copied');
  expect(await runAndWait(copied, '运行')).toEqual([
    '普通数组，在主 Worker 看来：0',
    '共享数组，在主 Worker 看来：42',
  ]);
  const atomics = await readyExample(page, 'race-atomics');
  expect(await runAndWait(atomics, '运行')).toContain('5 轮共丢失 0 次更新');

  // The editor (Monaco and its TypeScript worker) loads from the cache and reports a type error.
  await atomics.getByRole('button', {name: '编辑', exact: true}).click();
  await expect(atomics.locator('.monaco-editor')).toBeVisible();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nconst n: number = "not a number";');
  await expect(atomics.locator('.monaco-editor .squiggly-error').first()).toBeAttached({timeout: 30_000});

  // The other language, never visited, with an ordinary example and search.
  await page.goto(`${base}/en/coroutine`);
  expect(await isolated(page)).toBe(true);
  const generators = await readyExample(page, 'generator-round-robin');
  expect((await runAndWait(generators, 'Run')).at(-1)).toBe('11 resumes on one worker, none through the OS');
  await page.locator('.navbar__search-input').fill('shared memory');
  await expect(page.getByRole('listbox')).toContainText('Thread');

  // The language switch, offline.
  await page.keyboard.press('Escape');
  await page.locator('.navbar__items--right .dropdown').hover();
  await page.getByRole('link', {name: '中文'}).click();
  await expect(page).toHaveURL(/\/coroutine$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const plain = await readyExample(page, 'generator-round-robin');
  expect((await runAndWait(plain, '运行')).at(-1)).toBe('在一个 Worker 上恢复 11 次，都没经过操作系统');
  watch.assertClean();
});

test('each language is an installable app with its own name and icons', async ({page, context}) => {
  for (const [prefix, name] of [
    ['', '并发实验室 · Concurrency Lab'],
    ['/en', 'Concurrency Lab · 并发实验室'],
  ]) {
    await page.goto(`${prefix}/process`);
    await waitUntilAvailableOffline(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data!);
    expect(data.name).toBe(name);
    expect(data.start_url).toBe(`${prefix}/`);
    expect(data.icons.map((i: {sizes: string; purpose: string}) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of data.icons) expect((await page.request.get(icon.src)).status()).toBe(200);
    // Chromium's own install check; a test browser context is always incognito, which it reports.
    const {installabilityErrors} = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
  }
});

test.describe('served without headers (a host like GitHub Pages)', () => {
  test('the first visit reloads once into isolation; shared memory then works, online and offline', async ({
    page,
    context,
  }) => {
    const {base, goOffline} = await startServer(false);
    let loads = 0;
    page.on('load', () => loads++);
    const first = await page.goto(`${base}/en/process`);
    expect(first?.headers()['cross-origin-embedder-policy']).toBeUndefined();
    await waitUntilAvailableOffline(page);
    await expect.poll(() => isolated(page).catch(() => false), {timeout: 30_000}).toBe(true);
    await page.waitForLoadState('load');
    expect(loads).toBe(2); // the visit and one reload, no more

    const code = "import {sharedInts} from 'lab';\nconst n = sharedInts(1);\nAtomics.add(n, 0, 7);\nconsole.log(`shared: ${n[0]}`);\n";
    await page.goto(`${base}${codeLink('/en', 'thread', 'shared-or-copied', code)}`);
    const ex = await readyExample(page, 'shared-or-copied');
    expect(await runAndWait(ex, 'Run')).toEqual(['shared: 7']);

    await goOffline(context, page);
    await page.goto(`${base}/thread`);
    expect(await isolated(page)).toBe(true);
    const copied = await readyExample(page, 'shared-or-copied');
    expect(await runAndWait(copied, '运行')).toEqual([
      '普通数组，在主 Worker 看来：0',
      '共享数组，在主 Worker 看来：42',
    ]);
    expect(loads).toBe(4); // the link and the offline page needed no reload of their own
  });
});

test('where the host has one 404 page for the whole site, an unknown English page still gets the English one', async ({page}) => {
  // Like GitHub Pages: every unknown path gets the root 404.html, the Chinese one.
  const server = http.createServer((req, res) => handler(req, res, {public: BUILD, cleanUrls: true, trailingSlash: false, directoryListing: false}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://localhost:${(server.address() as AddressInfo).port}`;
  try {
    expect(await (await page.request.get(`${base}/en/no-such-page`)).text()).toContain('找不到页面');
    await page.goto(`${base}/en/process`);
    await waitUntilAvailableOffline(page);
    for (const [url, lang, heading] of [
      ['/en/no-such-page', 'en', 'Page Not Found'],
      ['/no-such-page', 'zh-Hans', '找不到页面'],
    ]) {
      const response = await page.goto(`${base}${url}`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toContainText(heading);
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

for (const {prefix, message, refresh} of [
  {prefix: '', message: '有可用的新版本', refresh: '刷新'},
  {prefix: '/en', message: 'New version available', refresh: 'Refresh'},
]) {
  test(`${prefix || 'zh'}: a new deployment is offered with a reload, which switches to it`, async ({page}) => {
    // The site's own server, except that the service worker changes once `deployed` is set.
    const site = await siteServer(true);
    let deployed = false;
    const server = http.createServer((req, res) => {
      if (deployed && req.url?.startsWith(`${prefix}/sw.js`)) {
        const sw = fs.readFileSync(path.join(BUILD, prefix, 'sw.js'), 'utf8');
        res.writeHead(200, {'Content-Type': 'text/javascript', 'Cache-Control': 'no-cache'});
        res.end(`${sw}\n// the next deployment\n`);
        return;
      }
      site.emit('request', req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://localhost:${(server.address() as AddressInfo).port}`;
    try {
      await page.goto(`${base}${prefix}/process`);
      await waitUntilAvailableOffline(page);
      deployed = true;
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      const popup = page.locator('#pwa-popup-container');
      await expect(popup).toContainText(message, {timeout: 60_000});
      const reloaded = page.waitForEvent('load');
      await popup.getByRole('button', {name: refresh, exact: true}).click();
      await reloaded;
      const state = await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        return {waiting: registration.waiting !== null, controlled: navigator.serviceWorker.controller !== null};
      });
      expect(state).toEqual({waiting: false, controlled: true});
      await expect(popup).toHaveCount(0);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
}
