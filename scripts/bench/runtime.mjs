// Issue 2's figures: JS before interaction on /process vs a plain Docusaurus doc page built
// in the same run, click Run → first output (cold and warm), and a CPU-bound example on two
// workers vs one.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import lz from 'lz-string';
import {readChapters} from '../chapters.mjs';

const RUNS = 5;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Script bytes a fresh page loads before any interaction: as served, and gzipped. */
async function scriptBytes(browser, url, buildDir) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set();
  page.on('requestfinished', (req) => {
    if (req.resourceType() === 'script') scripts.add(new URL(req.url()).pathname);
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForTimeout(500);
  await context.close();
  let raw = 0;
  let gz = 0;
  for (const p of scripts) {
    const file = fs.readFileSync(path.join(buildDir, decodeURIComponent(p)));
    raw += file.length;
    gz += zlib.gzipSync(file, {level: 9}).length;
  }
  return {raw, gz, count: scripts.size};
}

/**
 * Time from a click on Run to the first output line of that run, measured inside the page.
 * The previous run's lines are still on screen at the click: wait for them to go, or change.
 */
export async function clickToOutput(page, id) {
  return (await clickToOutputSplit(page, id)).ms;
}

/**
 * The same, with where the time went, from the run's User Timing marks
 * (sandbox/client/run-marks.ts), all on the page's clock: click → sent to the frame (the page),
 * → the frame started the run (page → frame), → the worker printed the first line (the worker
 * taken, compiled, run), → that line reached the page (worker → frame → page), → drawn.
 */
export async function clickToOutputSplit(page, id) {
  return page.evaluate(async (exampleId) => {
    const ex = document.querySelector(`[data-example="${exampleId}"][data-ready="true"]`);
    const button = ex.querySelector('[data-action="run"]');
    const log = () => ex.querySelector('[role="log"]');
    const lines = () => ex.querySelectorAll('[role="log"] [data-level]').length;
    // The new run's first line may replace the last run's output directly (the page draws
    // nothing before it if it comes quickly), or after the output was cleared.
    const before = log()?.textContent ?? '';
    let cleared = lines() === 0;
    const t0 = performance.now();
    const drawn = await new Promise((resolve, reject) => {
      const check = () => {
        if (!cleared) cleared = lines() === 0;
        if (lines() > 0 && (cleared || log().textContent !== before)) {
          observer.disconnect();
          resolve(performance.now());
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(ex, {childList: true, subtree: true, characterData: true});
      setTimeout(() => reject(new Error('no output within 10 s')), 10_000);
      button.click();
      check();
    });
    const sent = performance.getEntriesByName('lab:run-sent').at(-1);
    const first = performance.getEntriesByName('lab:first-line').at(-1);
    const split =
      sent && first && sent.startTime >= t0
        ? {
            page: sent.startTime - t0,
            toFrame: first.detail.frameStarted - sent.startTime,
            worker: first.detail.printed - first.detail.frameStarted,
            back: first.startTime - first.detail.printed,
            draw: drawn - first.startTime,
          }
        : null;
    return {ms: drawn - t0, split};
  }, id);
}

const SPLIT_PARTS = ['page', 'toFrame', 'worker', 'back', 'draw'];
/** The median of each part of the split over some runs, as one note. */
function splitNote(splits) {
  const known = splits.filter(Boolean);
  if (known.length === 0) return 'no marks';
  const parts = SPLIT_PARTS.map((part) => `${part} ${median(known.map((s) => s[part])).toFixed(1)}`);
  return `split (median ms): ${parts.join(' → ')}`;
}

export async function waitDone(page, id) {
  await page.waitForFunction(
    (exampleId) => {
      const s = document.querySelector(`[data-example="${exampleId}"] [data-status]`)?.getAttribute('data-status');
      return s && s !== 'running' && s !== 'starting';
    },
    id,
    {timeout: 30_000},
  );
}

const HOST = 'one-after-another';
/**
 * JS before interaction, as a multiple of the plain Docusaurus page. 1.25 until this round; the
 * English coroutine chapter's own text grew from 17.5 to 20.2 KB of MDX (accuracy fixes and the
 * rewritten C2 section), compiled into its page chunk (13.8 KB gz), and took it to just over
 * 1.25. Raised to 1.27 for now; winning it back is part of the page-load issue. Raised again to
 * 1.32 when the lessons of issue 14 went in: the thread chapter's text grew from 20.7 to 30.8 KB
 * of MDX (join, the condition variable, the lost wakeup, an exercise), its page chunk to 20 KB gz
 * (/thread 202 → 211 KiB, /en/thread 205 → 213 KiB before interaction; the exercise itself adds
 * about 1 KiB: its working part loads when the reader comes near). The site's own code did not grow.
 */
const JS_RATIO_BUDGET = 1.32;
const CHAPTERS = readChapters().lessons;
const CHAPTER_ROUTES = ['', '/en'].flatMap((prefix) => CHAPTERS.map((c) => `${prefix}/${c}`));
const link = (baseURL, code) => `${baseURL}/process#${HOST}/code/${lz.compressToEncodedURIComponent(code)}`;

export default async function bench({browser, baseURL, report, root, plainSite}) {
  // 1. JS before interaction.
  const plainPage = await plainSite();
  const plain = await scriptBytes(browser, plainPage.url, plainPage.buildDir);
  for (const route of CHAPTER_ROUTES) {
    const lab = await scriptBytes(browser, `${baseURL}${route}`, path.join(root, 'build'));
    report(`JS before interaction ${route}`, lab.gz / 1024, 'KiB gz', `${lab.count} files, ${Math.round(lab.raw / 1024)} KiB raw`);
    report(`JS ratio ${route} / plain page`, lab.gz / plain.gz, '×', `budget ≤ ${JS_RATIO_BUDGET}`, {max: JS_RATIO_BUDGET});
  }
  report('JS before interaction, plain Docusaurus page', plain.gz / 1024, 'KiB gz', `${plain.count} files`);

  // 2. Click Run → first output, unedited example. Cold: fresh page, first click; warm: the
  // next click. A first visit as a reader has it (service worker allowed: the page precaches
  // the site meanwhile, see offline.mjs), and beside it the same with the worker blocked; the
  // two take turns, so the machine's noise falls on both alike.
  const clicks = {allow: {cold: [], warm: []}, block: {cold: [], warm: []}};
  for (let i = 0; i < RUNS; i++) {
    for (const serviceWorkers of ['allow', 'block']) {
      const context = await browser.newContext({serviceWorkers});
      const page = await context.newPage();
      await page.goto(`${baseURL}/process`, {waitUntil: 'networkidle'});
      await page.waitForSelector(`[data-example="${HOST}"][data-ready="true"]`);
      clicks[serviceWorkers].cold.push(await clickToOutputSplit(page, HOST));
      await waitDone(page, HOST);
      await page.waitForTimeout(300); // the next spare worker boots after a run
      clicks[serviceWorkers].warm.push(await clickToOutputSplit(page, HOST));
      await waitDone(page, HOST);
      await context.close();
    }
  }
  for (const [serviceWorkers, {cold, warm}] of Object.entries(clicks)) {
    const who = serviceWorkers === 'allow' ? 'first visit' : 'service worker blocked';
    const budget = (max) => (serviceWorkers === 'allow' ? {max, noisy: true} : undefined);
    const runs = (xs) => `runs ${xs.map((x) => x.ms.toFixed(1)).join(', ')}; ${splitNote(xs.map((x) => x.split))}`;
    const limit = (max) => (serviceWorkers === 'allow' ? `budget ≤ ${max}; ` : '');
    report(`click Run → first output, cold, ${who} (median)`, median(cold.map((x) => x.ms)), 'ms', `${limit(250)}${runs(cold)}`, budget(250));
    report(`click Run → first output, warm, ${who} (median)`, median(warm.map((x) => x.ms)), 'ms', `${limit(16)}${runs(warm)}`, budget(16));
  }

  // 3. CPU-bound: the same fixed amount of computation (not work(ms), which spins on the
  // clock and would look parallel even on one core) on one worker vs split over two.
  const N = 400_000_000;
  const code = (parallel) =>
    [
      "import {spawn, sharedInts, now} from 'lab';",
      'function crunch(n: number, gate: Int32Array, parties: number) {',
      '  Atomics.add(gate, 0, 1);',
      '  while (Atomics.load(gate, 0) < parties) {} // start together: start-up is not measured',
      '  const t0 = now();',
      '  let x = 0;',
      '  for (let i = 0; i < n; i++) x = (x * 31 + i) | 0;',
      '  return {t0, t1: now(), x};',
      '}',
      'const gate = sharedInts(1);',
      parallel
        ? `const r = await Promise.all([spawn(crunch, ${N / 2}, gate, 2).result, spawn(crunch, ${N / 2}, gate, 2).result]);`
        : `const r = [await spawn(crunch, ${N}, gate, 1).result];`,
      "console.log('elapsed', Math.round(Math.max(...r.map((v) => v.t1)) - Math.min(...r.map((v) => v.t0))));",
    ].join('\n');
  const elapsed = {one: [], two: []};
  const page = await browser.newPage({serviceWorkers: 'block'});
  for (let i = 0; i < 3; i++) {
    for (const [key, parallel] of [['one', false], ['two', true]]) {
      await page.goto(link(baseURL, code(parallel)));
      await page.waitForSelector(`[data-example="${HOST}"][data-ready="true"]`);
      await page.click(`[data-example="${HOST}"] [data-action="run"]`);
      await waitDone(page, HOST);
      const text = await page.locator(`[data-example="${HOST}"] [role="log"]`).innerText();
      elapsed[key].push(Number(/elapsed (\d+)/.exec(text)?.[1]));
    }
  }
  await page.close();
  const one = median(elapsed.one);
  const two = median(elapsed.two);
  report(`CPU-bound ${N / 1e6}M iterations on 1 worker (median)`, one, 'ms', elapsed.one.join(', '));
  report(`the same split over 2 workers (median)`, two, 'ms', elapsed.two.join(', '));
  report('speed-up 2 workers vs 1', one / two, '×', 'target ≥ 1.8 on 2 cores');
}
