import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {expect, test} from '@playwright/test';
import handler from 'serve-handler';
import {codeLink, readyExample, runAndWait} from './helpers';

// The same build served without COOP/COEP, as on a host that cannot set headers.
let server: http.Server;
let base = '';

test.beforeAll(async () => {
  const publicDir = path.resolve(__dirname, '../../build');
  server = http.createServer((req, res) => handler(req, res, {public: publicDir, cleanUrls: true, trailingSlash: false}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('without isolation, shared memory fails with a clear message and other code still runs', async ({page}) => {
  await page.goto(`${base}/en/process`);
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
  const plain = await readyExample(page, 'messages-are-copies');
  expect(await runAndWait(plain, 'Run')).toContain('same object? false');

  const code = "import {sharedInts} from 'lab';\nconst counter = sharedInts(1);\nconsole.log(counter[0]);\n";
  await page.goto(`${base}${codeLink('/en', 'process', 'one-after-another', code)}`);
  const ex = await readyExample(page, 'one-after-another');
  await runAndWait(ex, 'Run');
  await expect(ex.locator('[role="alert"]')).toContainText('not cross-origin isolated');
  await expect(ex.locator('[role="alert"]')).toContainText('line 2');
});
