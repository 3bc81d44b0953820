#!/usr/bin/env node
// `npm test`: typecheck, unit tests, a production build of both locales, then end-to-end
// tests in Debian's Chromium against that build. With --budgets (what .ci/run uses) it then
// checks the performance budgets against the same build (`npm run bench -- --budget`), each
// budget counted as a test. Ends with one line: "N passed, N failed".
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, {recursive: true});
let passed = 0;
let failed = 0;
/** Names of what failed, printed again just above the last line (CI shows a log's tail). */
const failures = [];
/** e2e tests that failed once and passed on CI's one retry: counted as passed, and named. */
const flaky = [];

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}});
  return r.status === 0;
}

/** Playwright's JSON report: the title path of every test whose outcome was `wanted`. */
function e2eTests(report, wanted) {
  const out = [];
  const walk = (suite, titles) => {
    const here = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (wanted.includes(t.status)) {
          const last = t.results?.find((r) => r.error) ?? t.results?.at(-1);
          const why = (last?.error?.message ?? '').split('\n')[0].replace(/\x1b\[[0-9;]*m/g, '').slice(0, 160);
          out.push(`e2e ${t.status} [${t.projectName}]: ${[...here, spec.title].join(' › ')}${why ? ` — ${why}` : ''}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Types of the site, sandbox/, tests and every example.
if (run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])) passed++;
else {
  failed++;
  failures.push('typecheck');
}

// 2. Unit tests.
const unitFile = path.join(results, 'unit.json');
fs.rmSync(unitFile, {force: true});
const unitOk = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitFile}`]);
const unit = readJson(unitFile);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  for (const file of unit.testResults ?? []) {
    const where = path.relative(root, file.name ?? '');
    for (const t of file.assertionResults ?? []) if (t.status !== 'passed') failures.push(`unit ${t.status}: ${where} › ${t.fullName}`);
    if (file.status === 'failed' && !(file.assertionResults ?? []).length) failures.push(`unit: ${where} did not load`);
  }
  if (!unitOk && unit.numFailedTests === 0) failed++; // a suite that failed to load
} else {
  failed++;
  failures.push('unit: no report');
}

// 3. Build, then 4. end-to-end tests against the build.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!run('build', 'npx', ['docusaurus', 'build'])) {
  failed++;
  failures.push('build');
  console.error('The build failed, so the end-to-end tests could not run.');
} else if (!fs.existsSync(chromium)) {
  failed++;
  console.error(`No Chromium at ${chromium}: install Debian's (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`);
} else {
  passed++; // the build itself (it fails on broken links and anchors)
  const e2eFile = path.join(results, 'e2e.json');
  fs.rmSync(e2eFile, {force: true});
  const e2eOk = run('e2e', 'npx', ['playwright', 'test']);
  const e2e = readJson(e2eFile);
  if (e2e?.stats) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected + (e2e.stats.skipped ?? 0);
    failures.push(...e2eTests(e2e, ['unexpected', 'skipped']));
    flaky.push(...e2eTests(e2e, ['flaky']));
    if (!e2eOk && e2e.stats.unexpected === 0) failed++;
  } else {
    failed++;
    failures.push('e2e: no report');
  }
}

// 5. Performance budgets (figures with a budget; timings get 3× slack on noisy machines).
if (process.argv.includes('--budgets')) {
  const budgetFile = path.join(results, 'budgets.json');
  fs.rmSync(budgetFile, {force: true});
  const ok = fs.existsSync(path.join(root, 'build')) && run('budgets', 'node', ['scripts/bench.mjs', '--no-build', '--budget', 'runtime', 'leaks', 'lighthouse']);
  const budgets = readJson(budgetFile);
  if (budgets) {
    passed += budgets.passed;
    failed += budgets.failed;
    if (budgets.failed) failures.push(`budgets: ${budgets.failed} over (see the bench output above)`);
    if (!ok && budgets.failed === 0) failed++;
  } else failed++;
}

if (flaky.length) console.log(`\nPassed only on a second try:\n${flaky.map((f) => `  ${f}`).join('\n')}`);
if (failures.length) console.log(`\nWhat failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
