// Issue 6: Lighthouse (12.2.3, the last release that runs on Node 20) scores for /process in
// both languages, with its default mobile settings and with its desktop preset. Figures to
// read, aim ≥ 95: Lighthouse's performance score here is its own simulation of a slow phone.
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const ROUTES = ['/process', '/en/process'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

export default async function bench({baseURL, report, root}) {
  const flags = JSON.parse(fs.readFileSync(path.join(root, 'scripts/chromium-args.json'), 'utf8'));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...flags],
    logLevel: 'silent',
  });
  try {
    for (const route of ROUTES) {
      for (const [form, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
        const result = await lighthouse(
          `${baseURL}${route}`,
          {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES},
          config,
        );
        const {categories, audits, runtimeError} = result.lhr;
        // A metric Lighthouse could not compute makes its category score null (not 0): say why.
        // (Lighthouse 12.2.3 is older than this Chromium: some trace-based audits fail to read its traces.)
        const failedAudits = Object.values(audits).filter((a) => a.scoreDisplayMode === 'error');
        const unmeasured = failedAudits.length
          ? [`${failedAudits.map((a) => a.id).join(', ')} (${[...new Set(failedAudits.map((a) => a.errorMessage))].at(-1)})`]
          : [];
        for (const id of CATEGORIES) {
          const score = categories[id].score;
          if (score === null) report(`Lighthouse ${form} ${route} ${id}`, 'n/a', 'score', runtimeError?.message ?? unmeasured.join('; '));
          else report(`Lighthouse ${form} ${route} ${id}`, Math.round(score * 100), 'score', 'aim ≥ 95');
        }
        if (unmeasured.length) console.log(`    not measured (${form} ${route}): ${unmeasured.join('; ')}`);
        const failing = Object.values(audits)
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a) => a.id);
        if (failing.length) console.log(`    below 0.9 (${form} ${route}): ${failing.join(', ')}`);
      }
    }
  } finally {
    await chrome.kill();
  }
}
