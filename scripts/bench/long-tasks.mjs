// The worst main-thread task of the lesson page seen across the hardening specs
// (tests/e2e/responsive.spec.ts, fuzz.spec.ts), which keep what they measured in
// test-results/long-tasks.json. Run those specs first; this only reads their figures.
import fs from 'node:fs';
import path from 'node:path';

export default async function bench({report, root}) {
  const file = path.join(root, 'test-results/long-tasks.json');
  if (!fs.existsSync(file)) {
    report('worst long task across the hardening specs', 'not measured', '', 'run: npx playwright test tests/e2e/responsive.spec.ts tests/e2e/fuzz.spec.ts');
    return;
  }
  const figures = JSON.parse(fs.readFileSync(file, 'utf8'));
  const [worst, ms] = Object.entries(figures).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  report('worst long task across the hardening specs', ms, 'ms', `${worst}; budget 200`, {max: 200, noisy: true});
}
