// Issue 4's figures: switch costs measured in the built /measure page next to the same loops
// timed in Node (print both), the quadrant lab's CPU-bound speed-up on 2 workers vs 1 and with
// one core token, its default settings in each quadrant, and the harness's own overhead.
// Figures, not pass/fail.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {transform} from 'sucrase';

const RUNS = 3;
/** The switch figures are cheap to take and jumpy: take more of them. */
const SWITCH_RUNS = 5;
const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const list = (xs, digits = 1) => xs.map((v) => v.toFixed(digits)).join(', ');
const SWITCHES_PER_OP = {generator: 2, await: 1, channel: 1};

/**
 * src/lib/measure/loops.ts, the file the page's bench worker runs, compiled for Node, plus a
 * runner that times it with the same batching (10 ms batches, 25 samples) and subtraction.
 * It runs in a fresh `node` process: this one has Playwright loaded, whose async context
 * tracking (promise hooks) makes every `await` several times slower.
 */
function prepareNodeRun(root) {
  const src = fs.readFileSync(path.join(root, 'src/lib/measure/loops.ts'), 'utf8');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loops-'));
  fs.writeFileSync(path.join(dir, 'loops.mjs'), transform(src, {transforms: ['typescript'], disableESTransforms: true}).code);
  fs.writeFileSync(
    path.join(dir, 'run.mjs'),
    `import * as loops from ${JSON.stringify(pathToFileURL(path.join(dir, 'loops.mjs')).href)};
const median = ${median.toString()};
const PER = ${JSON.stringify(SWITCHES_PER_OP)};
const clock = () => performance.now();
const opts = {clock, samples: 25, targetMs: 10};
const loop = median((await loops.measureBatches(loops.loopBatch, opts)).samplesNs);
const out = {loopNs: loop, clockNs: loops.clockCostNs(clock)};
for (const [kind, fn] of [['generator', loops.generatorBatch], ['await', loops.awaitBatch], ['channel', loops.channelBatch]]) {
  const m = await loops.measureBatches(fn, opts);
  out[kind] = Math.max(0, median(m.samplesNs) - loop) / PER[kind];
}
console.log(JSON.stringify(out));
process.exit(0);
`,
  );
  return () => {
    const r = spawnSync(process.execPath, [path.join(dir, 'run.mjs')], {encoding: 'utf8'});
    if (r.status !== 0) throw new Error(`node loops: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
}

async function panelRun(page, id, settings, timeout = 120_000) {
  const panel = page.locator(`[data-measure="${id}"][data-ready="true"]`);
  await panel.waitFor({timeout: 30_000});
  for (const [field, value] of Object.entries(settings)) await panel.locator(`[data-field="${field}"]`).fill(value);
  await panel.locator('[data-action="measure"]').click();
  await page.waitForFunction((i) => document.querySelector(`[data-measure="${i}"]`)?.getAttribute('data-phase') !== 'running', id, {timeout});
  const phase = await panel.getAttribute('data-phase');
  if (phase !== 'done') throw new Error(`${id}: ${phase}: ${await panel.locator('[role=status]').innerText()}`);
  const rows = {};
  for (const row of await panel.locator('tr[data-row]').all()) rows[await row.getAttribute('data-row')] = Number(await row.getAttribute('data-value'));
  return {panel, rows};
}

async function labRun(page, baseURL, search) {
  await page.goto(`${baseURL}/choosing${search}#quadrant-lab`);
  const lab = page.locator('[data-quadrant-lab][data-ready="true"]');
  await lab.waitFor({timeout: 30_000});
  await lab.locator('[data-action="run-lab"]').click();
  await page.waitForFunction(() => ['done', 'failed', 'cancelled'].includes(document.querySelector('[data-quadrant-lab]')?.getAttribute('data-phase')), null, {timeout: 120_000});
  const phase = await lab.getAttribute('data-phase');
  if (phase !== 'done') throw new Error(`lab ${search}: ${phase}: ${await lab.locator('[role=status]').first().innerText()}`);
  const rows = {};
  for (const tr of await lab.locator('tr[data-model]').all()) {
    rows[await tr.getAttribute('data-model')] = {
      wall: Number(await tr.getAttribute('data-wall')),
      cpuMs: Number(await tr.getAttribute('data-cpu-ms')),
      busy: Number(await tr.getAttribute('data-busy')),
    };
  }
  const slowdown = await lab.locator('[data-slowdown]').getAttribute('data-slowdown', {timeout: 500}).catch(() => null);
  const verdict = lab.locator('[data-outcome]');
  const outcome = await verdict.getAttribute('data-outcome', {timeout: 500}).catch(() => null);
  const switchUs = await verdict.getAttribute('data-switch-us', {timeout: 500}).catch(() => null);
  return {rows, slowdown: slowdown === null ? null : Number(slowdown), outcome, switchUs: switchUs === null ? null : Number(switchUs)};
}

export default async function bench({browser, baseURL, report, root}) {
  const loadAtStart = os.loadavg()[0];
  // 1. Switch costs: the page (a fresh page each run) and Node (a fresh process each run), the
  // same loops, taking turns so both see the machine in the same state.
  const nodeRun = prepareNodeRun(root);
  const node = [];
  const page = {generator: [], await: [], channel: [], postMessage: [], atomics: [], loopNs: [], clockNs: [], stepUs: []};
  for (let i = 0; i < SWITCH_RUNS; i++) {
    node.push(nodeRun());
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${baseURL}/measure`);
    const {panel, rows} = await panelRun(p, 'switch-cost', {samples: '25'});
    for (const k of ['generator', 'await', 'channel', 'postMessage', 'atomics']) page[k].push(rows[k]);
    const h = panel.locator('[data-harness]');
    page.loopNs.push(Number(await h.getAttribute('data-loop-ns')));
    page.clockNs.push(Number(await h.getAttribute('data-clock-ns')));
    page.stepUs.push(Number(await h.getAttribute('data-clock-step-us')));
    await context.close();
  }
  for (const k of ['generator', 'await', 'channel']) {
    const inPage = median(page[k]);
    const inNode = median(node.map((n) => n[k]));
    report(`switch ${k}, page (median of ${SWITCH_RUNS})`, inPage, 'ns', `runs ${list(page[k])}`);
    report(`switch ${k}, Node (median of ${SWITCH_RUNS})`, inNode, 'ns', `runs ${list(node.map((n) => n[k]))}`);
    report(`switch ${k}, page ÷ Node`, inPage / inNode, '×', k === 'channel' ? 'browser task vs Node event loop: no target' : 'target within 2× (0.5–2)');
  }
  report('switch postMessage between workers, page', median(page.postMessage), 'ns', `per switch (round trip ÷ 2); runs ${list(page.postMessage, 0)}`);
  report('switch Atomics wait/notify between workers, page', median(page.atomics), 'ns', `per switch (round trip ÷ 2); runs ${list(page.atomics, 0)}`);
  report('harness: bare loop per iteration, page (subtracted)', median(page.loopNs), 'ns', `Node ${list(node.map((n) => n.loopNs), 2)}`);
  report('harness: one performance.now(), page worker', median(page.clockNs), 'ns', `Node ${list(node.map((n) => n.clockNs), 0)}; read twice per ≥ 10 ms batch`);
  report('harness: smallest clock step seen, page worker', median(page.stepUs), 'µs', 'isolated pages: 5 µs');

  // 2. The quadrant lab, CPU-bound: 8 tasks × 100 ms of calibrated work.
  const lab = await browser.newPage();
  const cpu = '&load=cpu&tasks=8&cpu=100';
  const two = [];
  const twoHybrid = [];
  const one = [];
  const overhead = [];
  const slow = [];
  for (let i = 0; i < RUNS; i++) {
    const a = await labRun(lab, baseURL, `?cores=2${cpu}&threads=2`);
    two.push(a.rows.process.wall / a.rows.threads.wall);
    twoHybrid.push(a.rows.process.wall / a.rows.hybrid.wall);
    overhead.push(a.rows.process.wall - a.rows.process.cpuMs);
    slow.push(a.slowdown ?? 1);
    const b = await labRun(lab, baseURL, `?cores=1${cpu}&threads=2`);
    one.push(b.rows.process.wall / b.rows.threads.wall);
    overhead.push(b.rows.process.wall - b.rows.process.cpuMs);
  }
  await lab.close();
  report('lab CPU-bound, 2 cores: one process ÷ 2 threads', median(two), '×', `target ≥ 1.8; runs ${list(two, 2)}`);
  report('lab CPU-bound, 2 cores: one process ÷ threads × coroutines', median(twoHybrid), '×', `runs ${list(twoHybrid, 2)}`);
  report('lab CPU-bound, 1 core token: one process ÷ 2 threads', median(one), '×', `target ≈ 1; runs ${list(one, 2)}`);
  report('lab harness: one process, wall − computing (8 tasks, 80 slices)', median(overhead), 'ms', `runs ${list(overhead, 2)}`);
  report('lab: runs with the busy-machine warning', slow.filter((s) => s > 1).length, `of ${RUNS}`, `slow-downs ${list(slow, 2)}`);

  // 2b. The lab's default settings, one run per quadrant (the links in the chapter): how far the
  // predicted model is ahead of the fastest other, the verdict, and the per-switch cost it implied.
  const defaults = await browser.newPage();
  const PREDICTED = {'?cores=2&load=cpu': 'threads', '?cores=2&load=io': 'hybrid', '?cores=1&load=cpu': 'process', '?cores=1&load=io': 'coroutines'};
  for (const [search, predicted] of Object.entries(PREDICTED)) {
    const r = await labRun(defaults, baseURL, search);
    const others = Object.entries(r.rows).filter(([m]) => m !== predicted).sort((a, b) => a[1].wall - b[1].wall);
    const [next, nextRow] = others[0];
    const walls = Object.entries(r.rows).map(([m, row]) => `${m} ${row.wall.toFixed(0)}`).join(', ');
    report(`lab defaults ${search}: fastest other ÷ ${predicted}`, nextRow.wall / r.rows[predicted].wall, '×', `${next}; verdict ${r.outcome}${r.switchUs === null ? '' : `, ${r.switchUs} µs per switch implied`}; ms: ${walls}`);
  }
  await defaults.close();

  // 3. The measure page's speed-up, no serial part, 1 and 2 workers.
  const sp = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await browser.newPage();
    await p.goto(`${baseURL}/measure`);
    const {rows} = await panelRun(p, 'speedup', {serial: '0', total: '800', workers: '2', reps: '3'});
    sp.push(rows['2']);
    await p.close();
  }
  report('measure page speed-up, 2 workers vs 1 (no serial part)', median(sp), '×', `runs ${list(sp, 2)}`);
  report('machine load average (1 min), start → end', `${loadAtStart.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`, '', `${os.cpus().length} CPUs; other programs share them`);
}
