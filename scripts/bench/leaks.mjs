// A long session: 500 runs in one page (normal, stopped and failing, mixed), then the number of
// live workers and the JS heap after GC, against the same figures after a warm-up (the first
// runs load code and fill caches once: that is not a leak).
const RUNS = 500;
const WARM_UP = 30;
const EXAMPLES = {
  'one-after-another': "console.log('ok');",
  'switch-on-io': "console.log('spin');\nwhile (true) {}",
  'own-memory': "throw new Error('fails on purpose');",
};

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** The runs themselves live in the runner frame (another process): its heap counts too. */
async function runnerSession(context, page) {
  const frame = page.frames().find((f) => /\/runner$/.test(new URL(f.url()).pathname));
  if (!frame) throw new Error('no runner frame on the page');
  return context.newCDPSession(frame);
}

/** One run of each kind, through the page's own buttons. */
async function cycle(page, i) {
  const ids = Object.keys(EXAMPLES);
  const id = ids[i % ids.length];
  await page.evaluate(
    async ({id, stop}) => {
      const ex = document.querySelector(`[data-example="${id}"]`);
      const status = () => ex.querySelector('[data-status]')?.getAttribute('data-status');
      ex.querySelector('[data-action="run"]').click();
      const t0 = performance.now();
      while (!['done', 'failed', 'stopped', 'timeout'].includes(status()) || performance.now() - t0 < 1) {
        if (stop && ex.querySelector('[role="log"] [data-level]')) ex.querySelector('[data-action="stop"]').click();
        await new Promise((r) => setTimeout(r, 5));
        if (performance.now() - t0 > 15_000) throw new Error(`run ${id} did not end`);
      }
    },
    {id, stop: id === 'switch-on-io'},
  );
}

export default async function bench({browser, baseURL, report}) {
  // No service worker: its first-visit precache would compete with the runs.
  const context = await browser.newContext({serviceWorkers: 'block'});
  await context.addInitScript((edits) => {
    for (const [id, code] of Object.entries(edits)) {
      localStorage.setItem(`concurrency-lab:edit:${id}`, JSON.stringify({code, base: 'x', savedAt: 0}));
    }
  }, EXAMPLES);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${baseURL}/process`, {waitUntil: 'networkidle'});
  await page.waitForSelector('[data-example="own-memory"][data-ready="true"]');
  for (let i = 0; i < WARM_UP; i++) await cycle(page, i);
  await page.waitForTimeout(500);
  const workersBefore = page.workers().length;
  const runner = await runnerSession(context, page);
  const pageBefore = await heapAfterGc(cdp);
  const runnerBefore = await heapAfterGc(runner);
  const heapBefore = pageBefore + runnerBefore;
  const t0 = Date.now();
  for (let i = 0; i < RUNS; i++) await cycle(page, i);
  const seconds = (Date.now() - t0) / 1000;
  await page.waitForTimeout(1000);
  const workersAfter = page.workers().length;
  const pageAfter = await heapAfterGc(cdp);
  const runnerAfter = await heapAfterGc(runner);
  const heapAfter = pageAfter + runnerAfter;
  await context.close();
  report('long session: runs', RUNS, 'runs', `${Math.round(seconds)} s, a third each normal, stopped, failing`);
  report('live workers before → after', `${workersBefore} → ${workersAfter}`, 'workers', 'the spare worker and the page’s own count as live');
  report('live workers left over by 500 runs', workersAfter - workersBefore, 'workers', 'budget 0', {max: 0});
  const mib = (b) => (b / 1048576).toFixed(2);
  report('JS heap after GC, before', heapBefore / 1048576, 'MiB', `page ${mib(pageBefore)} + runner frame ${mib(runnerBefore)}`);
  report('JS heap after GC, after 500 runs', heapAfter / 1048576, 'MiB', `page ${mib(pageAfter)} + runner frame ${mib(runnerAfter)}`);
  report('JS heap growth over 500 runs', ((heapAfter - heapBefore) / heapBefore) * 100, '%', 'budget within 10 %', {max: 10});
}
