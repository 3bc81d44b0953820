import fs from 'node:fs';
import path from 'node:path';
import {defineConfig} from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Debian's Chromium (no browser download works here) with the flags this machine needs. */
export const chromiumArgs: string[] = JSON.parse(fs.readFileSync(path.join(__dirname, 'scripts/chromium-args.json'), 'utf8'));

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: {timeout: 10_000},
  fullyParallel: false,
  workers: 1,
  // On CI (a shared two-core machine) a test gets one more try; test-all lists every test that
  // needed it, so a flaky one is seen and not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', {outputFile: 'test-results/e2e.json'}]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs},
    trace: 'off',
    // The offline worker precaches the whole site (tens of MB) on a first visit; only
    // tests/e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
  },
  projects: [
    {name: 'chromium', testIgnore: /one-core\.spec\.ts/},
    {
      // The same Chromium pinned to one core: what vanishes here was real parallelism.
      name: 'one-core',
      testMatch: /one-core\.spec\.ts/,
      use: {launchOptions: {executablePath: path.join(__dirname, 'scripts/chromium-one-core.sh'), args: chromiumArgs}},
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
