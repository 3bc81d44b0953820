#!/usr/bin/env node
// `npm run bench`: builds the site (skip with --no-build), serves it with isolation headers,
// opens Debian's Chromium and runs every scripts/bench/*.mjs in name order. Each exports
// `default async function bench({browser, baseURL, report, root, plainSite, budgetMode})`;
// `report(name, value, unit, note?, budget?)` records a figure; `await plainSite()` builds and
// serves the plain Docusaurus page to compare with (once per run). Prints a table at the end. Figures, not pass/fail:
// run it twice and compare medians, this machine is noisy.
// With --budget (what .ci/run uses, through `npm test -- --budgets`) every figure that has a
// budget is also checked: sizes against their budget as is, timings against 3× theirs (CI
// machines are noisy), and test-results/budgets.json records the verdicts.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {chromium} from '@playwright/test';
import {startPlainSite} from './plain-site.mjs';
import {createServer} from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const budgetMode = args.includes('--budget');
/** Timings are checked against this multiple of their budget in budget mode. */
const NOISY_SLACK = 3;

if (!args.includes('--no-build')) {
  const r = spawnSync('npx', ['docusaurus', 'build'], {cwd: root, stdio: 'inherit'});
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const chromiumArgs = JSON.parse(fs.readFileSync(path.join(root, 'scripts/chromium-args.json'), 'utf8'));

const server = createServer(path.join(root, 'build'));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseURL = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs});
const figures = [];
const verdicts = [];
/** `budget`: {max} or {min}, plus `noisy: true` for timings (checked against 3× in budget mode). */
const report = (name, value, unit, note = '', budget = null) => {
  figures.push({name, value, unit, note});
  console.log(`  ${name}: ${typeof value === 'number' ? round(value) : value} ${unit}${note ? `  (${note})` : ''}`);
  if (!budgetMode || !budget) return;
  const slack = budget.noisy ? NOISY_SLACK : 1;
  const ok = budget.max !== undefined ? value <= budget.max * slack : value >= budget.min / slack;
  const limit = budget.max !== undefined ? `≤ ${round(budget.max * slack)}` : `≥ ${round(budget.min / slack)}`;
  verdicts.push({name, value, limit, ok});
  console.log(`    budget ${limit} ${unit}: ${ok ? 'PASS' : 'FAIL'}`);
};

const files = fs
  .readdirSync(path.join(root, 'scripts/bench'))
  .filter((f) => f.endsWith('.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
// The plain Docusaurus page chapter pages are compared with: built once, on first use.
let plain = null;
const plainSite = () => (plain ??= startPlainSite(root));
let failed = false;
for (const file of files) {
  console.log(`\n== ${file}`);
  try {
    const mod = await import(pathToFileURL(path.join(root, 'scripts/bench', file)).href);
    await mod.default({browser, baseURL, report, root, plainSite, budgetMode});
  } catch (err) {
    failed = true;
    verdicts.push({name: `${file} ran to the end`, value: String(err?.message ?? err), limit: '', ok: false});
    console.error(`  ${file} failed: ${err?.stack ?? err}`);
  }
}
await browser.close();
server.close();
if (plain) (await plain.catch(() => null))?.close();

console.log('\n| figure | value | unit | note |\n| --- | --- | --- | --- |');
for (const f of figures) console.log(`| ${f.name} | ${typeof f.value === 'number' ? round(f.value) : f.value} | ${f.unit} | ${f.note} |`);
if (budgetMode) {
  const passed = verdicts.filter((v) => v.ok).length;
  const broken = verdicts.filter((v) => !v.ok);
  fs.mkdirSync(path.join(root, 'test-results'), {recursive: true});
  fs.writeFileSync(path.join(root, 'test-results/budgets.json'), JSON.stringify({passed, failed: broken.length, verdicts}, null, 2));
  console.log(`\nbudgets: ${passed} passed, ${broken.length} failed`);
  for (const v of broken) console.log(`  FAIL ${v.name}: ${typeof v.value === 'number' ? round(v.value) : v.value} (budget ${v.limit})`);
  failed ||= broken.length > 0;
}
process.exit(failed ? 1 : 0);

function round(v) {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
}
