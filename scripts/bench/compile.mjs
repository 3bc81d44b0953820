// Issue 17's figures: what TypeScript's own compiler (the fallback for programs sucrase must
// not compile, sandbox/worker/compile/compile.ts) costs: its chunk's bytes, and click Run → first output for
// a program that needs it against the same program on the fast path, on a fresh page (first
// run: the worker loads the chunk) and again (each run has a fresh worker: warm = chunk cached).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import lz from 'lz-string';
import {clickToOutput, waitDone} from './runtime.mjs';

const RUNS = 5;
const HOST = 'one-after-another';
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const FAST = "class Greeter {\n  hi(n: string) { return `hi ${n}`; }\n}\nconsole.log(new Greeter().hi('you'));\n";
const NEEDS_TSC = "function logged(fn: Function, ctx: ClassMethodDecoratorContext) { return fn; }\nclass Greeter {\n  @logged hi(n: string) { return `hi ${n}`; }\n}\nconsole.log(new Greeter().hi('you'));\n";

export default async function bench({browser, baseURL, report, root}) {
  const dir = path.join(root, 'build/runner-assets');
  const chunk = fs.readdirSync(dir).find((f) => f.startsWith('typescript.'));
  if (chunk) {
    const bytes = fs.readFileSync(path.join(dir, chunk));
    report("TypeScript's compiler chunk (runner only)", bytes.length / 1024, 'KiB', `${Math.round(zlib.gzipSync(bytes, {level: 9}).length / 1024)} KiB gzipped`);
  }
  for (const [name, code] of [['fast path (sucrase)', FAST], ["TypeScript's compiler", NEEDS_TSC]]) {
    const first = [];
    const again = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({serviceWorkers: 'block'});
      const page = await context.newPage();
      await page.goto(`${baseURL}/en/process#${HOST}/code/${lz.compressToEncodedURIComponent(code)}`, {waitUntil: 'networkidle'});
      await page.waitForSelector(`[data-example="${HOST}"][data-ready="true"]`);
      first.push(await clickToOutput(page, HOST));
      await waitDone(page, HOST);
      await page.waitForTimeout(1000); // the next spare worker boots after a run
      again.push(await clickToOutput(page, HOST));
      await waitDone(page, HOST);
      const text = await page.locator(`[data-example="${HOST}"] [role="log"]`).innerText();
      if (!text.includes('hi you')) throw new Error(`${name}: unexpected output ${text}`);
      await context.close();
    }
    report(`${name}: click Run → first output, first run (median)`, median(first), 'ms', first.map(Math.round).join(', '));
    report(`${name}: click Run → first output, next run (median)`, median(again), 'ms', again.map(Math.round).join(', '));
  }
}
