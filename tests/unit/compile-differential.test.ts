import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {compile, compileExample, sucrase} from '../../sandbox/worker/compile/compile';
import {transpileWithTypeScript} from '../../sandbox/worker/compile/compile-ts';

// Every example of the site and a set of TypeScript features, compiled by our compile path
// and by TypeScript's own transpileModule, run in Node: both must print the same. The lists
// are read from disk, so a new example or fixture is in the test by being there.
const root = path.resolve(__dirname, '../..');
const examples = fs
  .readdirSync(path.join(root, 'docs'), {recursive: true, encoding: 'utf8'})
  .filter((f) => /(^|\/)examples\/[^/]+\.ts$/.test(f))
  .sort()
  .map((f) => ({file: `docs/${f}`, source: fs.readFileSync(path.join(root, 'docs', f), 'utf8')}));
const featureDir = path.join(__dirname, 'fixtures/ts-features');
const features = fs
  .readdirSync(featureDir)
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .map((f) => ({file: `fixtures/ts-features/${f}`, source: fs.readFileSync(path.join(featureDir, f), 'utf8')}));

const labUrl = pathToFileURL(path.join(__dirname, 'fixtures/lab-stub.mjs')).href;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-differential-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

let runs = 0;
/** What Node prints running `js` (stdout, stderr, exit status). */
function run(js: string): string {
  const file = path.join(tmp, `p${runs++}.mjs`);
  fs.writeFileSync(file, js);
  const r = spawnSync(process.execPath, [file], {encoding: 'utf8', timeout: 20_000});
  const stderr = r.stderr.replaceAll(pathToFileURL(file).href, 'PROGRAM').replace(/^Node\.js v.*$/m, '');
  return `${r.stdout}${stderr ? `\n[stderr]\n${stderr}` : ''}\n[exit ${r.status}]`;
}

const reference = (source: string) => run(compile(source, labUrl, transpileWithTypeScript).js);

describe.each([
  ['example', examples],
  ['TypeScript feature', features],
])('%s programs print the same compiled as tsc would', (_kind, programs) => {
  it('finds them', () => {
    expect(programs.length).toBeGreaterThan(8);
  });
  for (const {file, source} of programs) {
    it(file, {timeout: 60_000}, async () => {
      const ours = await compileExample(source, labUrl, async () => transpileWithTypeScript);
      const printed = run(ours.js);
      expect(printed).toMatch(/\[exit 0\]$/);
      const expected = reference(source);
      if (printed === expected) return;
      // A program whose own output varies from run to run (threads racing: lost updates, the
      // order two workers print in) may print differently by chance: run both builds again.
      // Equal once is enough; output that varied is held to its tsc build up to what varies
      // (the numbers and the order of lines); output that never varied must be equal.
      const ourRuns = new Set([printed]);
      const refRuns = new Set([expected]);
      for (let i = 0; i < 3; i++) {
        ourRuns.add(run(ours.js));
        refRuns.add(reference(source));
        if ([...ourRuns].some((o) => refRuns.has(o))) return;
      }
      if (ourRuns.size === 1 && refRuns.size === 1) expect(printed).toBe(expected);
      const loosely = (text: string) => text.replace(/\d+/g, '#').split('\n').sort();
      for (const o of ourRuns) expect(loosely(o)).toEqual(loosely(expected));
    });
  }
});

describe('the fast path', () => {
  it('compiles every example of the site (no TypeScript download for them)', async () => {
    for (const {file, source} of examples) {
      const {compiler} = await compileExample(source, labUrl, async () => transpileWithTypeScript);
      expect({file, compiler}).toEqual({file, compiler: 'sucrase'});
    }
  });

  it('is left for every feature sucrase alone gets wrong', {timeout: 60_000}, async () => {
    for (const {file, source} of features) {
      let alone: string;
      try {
        alone = run(compile(source, labUrl, sucrase).js);
      } catch (err) {
        alone = `compile error: ${(err as Error).message}`;
      }
      if (alone === reference(source)) continue;
      const {compiler} = await compileExample(source, labUrl, async () => transpileWithTypeScript);
      expect({file, compiler}).toEqual({file, compiler: 'typescript'});
    }
  });
});
