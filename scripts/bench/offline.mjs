// Issue 5's figures: what one visit precaches for offline use (files and MB, per language, from
// the manifests in build/sw.js and build/en/sw.js) and how long a first visit to /process takes
// until both languages' service workers have precached the site (local server, fresh context).
import fs from 'node:fs';
import path from 'node:path';

const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function precacheManifest(root, prefix) {
  const dir = path.join(root, 'build', prefix);
  const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
  const bytes = urls.reduce((sum, url) => sum + fs.statSync(path.join(dir, url)).size, 0);
  return {count: urls.length, bytes};
}

export default async function bench({browser, baseURL, report, root}) {
  let total = 0;
  for (const prefix of ['', 'en']) {
    const {count, bytes} = precacheManifest(root, prefix);
    total += bytes;
    report(`precache /${prefix}`, bytes / 1024 / 1024, 'MB', `${count} files`);
  }
  report('precache, both languages', total / 1024 / 1024, 'MB', 'what one visit stores');

  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({serviceWorkers: 'allow'});
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${baseURL}/process`);
    await page.evaluate(async () => {
      for (;;) {
        const registrations = await navigator.serviceWorker.getRegistrations();
        const done = registrations.length === 2 && registrations.every((r) => r.active && !r.installing);
        if (done && navigator.serviceWorker.controller) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    times.push(Date.now() - t0);
    await context.close();
  }
  report('first visit → both languages available offline', median(times), 'ms', `median of ${RUNS}, local server: ${times.join(', ')}`);

  // Whether that precache slows a first click on Run: runtime.mjs times the cold and warm
  // clicks with the service worker allowed and blocked, taking turns.
}
