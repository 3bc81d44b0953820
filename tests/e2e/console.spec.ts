import {expect, test} from '@playwright/test';
import {codeLink, readyExample, runAndWait, status, watchPage} from './helpers';

// Programs as readers paste them from Node tutorials and the TypeScript handbook: the built site
// prints what Node prints (the unit tests hold each shape to Node's own output).
const HOST = 'one-after-another';

test('the console namespace prints the shapes of Node', async ({page}) => {
  const watch = watchPage(page);
  const code = [
    "console.group('outer');",
    "console.count(); console.count('apples'); console.count();",
    'console.assert(1 + 1 === 3, "math is %s", "hard");',
    'console.groupEnd();',
    "console.log('%c styled %s', 'color: red', 'text');",
    "console.log(new Map([['a', 1]]), new Set([1, 2]), new Uint8Array([5, 6, 7]), new Array(3));",
    'console.log(Promise.resolve(33));',
    "console.log(new Error('outer', {cause: new Error('inner')}));",
    "console.table([{a: 1, b: 'Y'}]);",
    "console.time('t'); console.timeEnd('t');",
    'console.log(spawn(() => 1).result);',
    "import {spawn} from 'lab';",
  ].join('\n');
  await page.goto(codeLink('/en', 'process', HOST, code));
  const ex = await readyExample(page, HOST);
  const lines = await runAndWait(ex, 'Run');
  expect(await status(ex)).toBe('done');
  expect(lines.slice(0, 7)).toEqual([
    'outer',
    '  default: 1',
    '  apples: 1',
    '  default: 2',
    '  Assertion failed: math is hard',
    ' styled text',
    "Map(1) { 'a' => 1 } Set(2) { 1, 2 } Uint8Array(3) [ 5, 6, 7 ] [ <3 empty items> ]",
  ]);
  await expect(ex.locator('[role="log"] [data-level="warn"]')).toHaveCount(1);
  expect(lines[7]).toBe('Promise { <state unknown> }');
  // An error prints its stack (the reader's lines, as example.ts) and its cause.
  expect(lines[8]).toMatch(/^Error: outer\n {4}at .*example\.ts:8:\d+/);
  expect(lines[8]).toMatch(/\[cause\]: Error: inner\n/);
  expect(lines[8]).not.toContain('runner-assets');
  expect(lines[9]).toBe(
    ['┌─────────┬───┬─────┐', '│ (index) │ a │ b   │', '├─────────┼───┼─────┤', "│ 0       │ 1 │ 'Y' │", '└─────────┴───┴─────┘'].join('\n'),
  );
  expect(lines[10]).toMatch(/^t: \d+(\.\d+)?ms$/);
  expect(lines[11]).toBe('Promise { <state unknown> }');
  watch.assertClean();
});

test('TypeScript the fast compiler gets wrong runs as tsc compiles it', async ({page}) => {
  const watch = watchPage(page);
  const code = [
    'namespace Validation { export const letters = /^[A-Za-z]+$/ }',
    'namespace Validation { export const ok = (s: string) => letters.test(s) }',
    'function logged(fn: Function, ctx: ClassMethodDecoratorContext) {',
    '  return function (this: unknown, ...args: unknown[]) { console.log(`call ${String(ctx.name)}`); return fn.apply(this, args) }',
    '}',
    'class Greeter { @logged hi(n: string) { return `hi ${n}` } }',
    'type Pair = [number, number]',
    '[1, 2].forEach((n) => console.log(`item ${n}`))',
    'console.log(Validation.ok("abc"), new Greeter().hi("you"))',
  ].join('\n');
  await page.goto(codeLink('/en', 'process', HOST, code));
  const ex = await readyExample(page, HOST);
  expect(await runAndWait(ex, 'Run')).toEqual(['item 1', 'item 2', 'call hi', 'true hi you']);
  expect(await status(ex)).toBe('done');
  // An error at run time names the reader's line, though the compiler wrote more lines.
  await page.goto(codeLink('/en', 'process', HOST, `${code.split('\n').slice(2, 6).join('\n')}\nconst none: any = null;\nnone.field;\n`));
  const failing = await readyExample(page, HOST);
  await runAndWait(failing, 'Run');
  expect(await status(failing)).toBe('failed');
  await expect(failing.locator('[role="alert"]')).toContainText('line 6');
  // A syntax error is reported with its line, in the words of TypeScript's compiler.
  await page.goto(codeLink('/en', 'process', HOST, 'namespace N {}\nlet x = (;\n'));
  const broken = await readyExample(page, HOST);
  await runAndWait(broken, 'Run');
  expect(await status(broken)).toBe('failed');
  await expect(broken.locator('[role="alert"]')).toContainText('line 2');
  watch.assertClean();
});

test("TypeScript's compiler is in each language's offline copy", async ({page}) => {
  for (const prefix of ['', '/en']) {
    const sw = await (await page.request.get(`${prefix}/sw.js`)).text();
    expect(sw).toMatch(/runner-assets\/typescript\.[0-9a-f]+\.js/);
  }
});
